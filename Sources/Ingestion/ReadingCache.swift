import Claims
import Synchronization

/// The papers read most recently, by version (`source.contentID`), shared by the cores
/// comparing in parallel and kept from one link call to the next.
///
/// A paper's partners are mostly papers that came shortly before it: an answer follows its
/// question, and a paper most often cites papers a few numbers older. Keeping the latest
/// readings (their sentences, and their claims once taken) saves reading such a partner
/// again from the store's bytes; a paper cited by many in a batch is read once. A reading
/// of a version never changes, so nothing is ever stale. Memory stays bounded by
/// `budget`, counted in bytes of normalized text (a reading takes several times that).
final class ReadingCache: Sendable {
  private struct State {
    var readings: [String: (reading: PaperReading, used: Int)] = [:]
    /// Versions in the order they were last used, oldest first, with the use they were
    /// queued for; an entry whose version was used again later is skipped.
    var order: [(version: String, used: Int)] = []
    var head = 0
    var clock = 0
    var bytes = 0

    mutating func use(_ version: String) -> Int {
      clock += 1
      order.append((version, clock))
      // Every use queues an entry, and eviction, which drops them, may never come (a
      // daemon whose papers fit the budget): past twice the readings, keep the live ones.
      if order.count - head > 2 * readings.count + 1024 {
        // The entry just queued is kept: its reading is stamped with it after this.
        order = order[head...].filter {
          $0.used == clock || readings[$0.version]?.used == $0.used
        }
        head = 0
      }
      return clock
    }
  }

  /// Entries in the use queue (for tests: it stays bounded by the readings kept).
  var queued: Int { state.withLock { $0.order.count - $0.head } }

  /// Bytes of normalized text kept at most.
  let budget: Int
  private let state = Mutex(State())

  init(budget: Int) {
    self.budget = budget
  }

  /// Keeps `readings` (the papers of a batch) as the most recent.
  func insert(_ readings: [PaperReading]) {
    var evicted = state.withLock { state in
      for reading in readings { Self.insert(reading, into: &state) }
      return evict(&state)
    }
    Disposal.release(&evicted, paperBytes: Self.textBytes(evicted))
  }

  subscript(version: String) -> PaperReading? {
    get {
      state.withLock { state in
        guard let found = state.readings[version] else { return nil }
        let used = state.use(version)
        state.readings[version]?.used = used
        return found.reading
      }
    }
    set {
      guard let newValue else { return }
      var evicted = state.withLock { state in
        Self.insert(newValue, into: &state)
        return evict(&state)
      }
      Disposal.release(&evicted, paperBytes: Self.textBytes(evicted))
    }
  }

  /// What a reading counts for in the budget: its normalized text.
  private static func textBytes(_ reading: PaperReading) -> Int {
    reading.document.text.text.utf8.count
  }

  private static func textBytes(_ readings: [PaperReading]) -> Int {
    readings.reduce(0) { $0 + textBytes($1) }
  }

  private static func insert(_ reading: PaperReading, into state: inout State) {
    let version = reading.document.source.contentID
    let used = state.use(version)
    if state.readings.updateValue((reading, used), forKey: version) == nil {
      state.bytes += textBytes(reading)
    }
  }

  /// Drops the least recently used readings down to three quarters of the budget, so that
  /// eviction runs rarely; returns them, for `Disposal` to free away from the caller
  /// (freeing a batch's worth of sentences and claims took a few percent of the writer).
  /// The caller's array must be the only one left holding them, or the last release, and
  /// the freeing, happens on the caller's thread after all.
  private func evict(_ state: inout State) -> [PaperReading] {
    guard state.bytes > budget else { return [] }
    var evicted: [PaperReading] = []
    while state.bytes > budget * 3 / 4, state.head < state.order.count {
      let (version, used) = state.order[state.head]
      state.head += 1
      guard let entry = state.readings[version], entry.used == used else { continue }
      state.readings[version] = nil
      state.bytes -= Self.textBytes(entry.reading)
      evicted.append(entry.reading)
    }
    if state.head > 1024, state.head * 2 > state.order.count {
      state.order.removeFirst(state.head)
      state.head = 0
    }
    return evicted
  }
}
