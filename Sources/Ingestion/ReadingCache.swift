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
    var clock = 0
    var bytes = 0
  }

  /// Bytes of normalized text kept at most.
  let budget: Int
  private let state = Mutex(State())

  init(budget: Int) {
    self.budget = budget
  }

  /// Keeps `readings` (the papers of a batch) as the most recent.
  func insert(_ readings: [PaperReading]) {
    state.withLock { state in
      for reading in readings { Self.insert(reading, into: &state) }
      evict(&state)
    }
  }

  subscript(version: String) -> PaperReading? {
    get {
      state.withLock { state in
        guard let found = state.readings[version] else { return nil }
        state.clock += 1
        state.readings[version]?.used = state.clock
        return found.reading
      }
    }
    set {
      guard let newValue else { return }
      state.withLock { state in
        Self.insert(newValue, into: &state)
        evict(&state)
      }
    }
  }

  private static func insert(_ reading: PaperReading, into state: inout State) {
    let version = reading.document.source.contentID
    state.clock += 1
    if state.readings.updateValue((reading, state.clock), forKey: version) == nil {
      state.bytes += reading.document.text.text.utf8.count
    }
  }

  /// Drops the least recently used readings down to three quarters of the budget, so that
  /// eviction (a sort) runs rarely.
  private func evict(_ state: inout State) {
    guard state.bytes > budget else { return }
    let oldestFirst = state.readings.sorted { $0.value.used < $1.value.used }
    for (version, entry) in oldestFirst where state.bytes > budget * 3 / 4 {
      state.readings[version] = nil
      state.bytes -= entry.reading.document.text.text.utf8.count
    }
  }
}
