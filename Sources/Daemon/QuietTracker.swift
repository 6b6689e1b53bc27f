/// Files that are finished by their events but not yet quiet: each becomes ready once its
/// stamp (size, mtime, inode) is unchanged for the quiet time. Files being written (created
/// or modified since their last close) are remembered so neither a quiet pause of the writer
/// nor a rescan takes them half-written.
struct QuietTracker {
  private struct Entry {
    var stamp: FileStamp
    var due: Double
    var foundByWalk: Bool
  }

  var quietTime: Double
  /// How to stat a file (injected for tests).
  var stamp: (String) -> FileStamp?

  private var entries: [String: Entry] = [:]
  /// (due, path) in the order added; stale items are skipped (lazy deletion). With one quiet
  /// time the dues are non-decreasing, so the front is always the next one due.
  private var queue: [(due: Double, path: String)] = []
  private var head = 0
  /// Files created and not yet closed (inotify only).
  private(set) var beingWritten: Set<String> = []

  init(quietTime: Double, stamp: @escaping (String) -> FileStamp? = FileStamp.of) {
    self.quietTime = quietTime
    self.stamp = stamp
  }

  var pendingCount: Int { entries.count }
  var isEmpty: Bool { entries.isEmpty }
  func isPending(_ path: String) -> Bool { entries[path] != nil }

  /// The time the next file is due, if any.
  var nextDue: Double? {
    var index = head
    while index < queue.count {
      let item = queue[index]
      if let entry = entries[item.path], entry.due == item.due { return item.due }
      index += 1
    }
    return nil
  }

  /// A file was created or written to: it is not complete, whatever came before, and scans
  /// leave it alone until it is closed.
  mutating func writing(_ path: String) {
    beingWritten.insert(path)
    entries[path] = nil
  }

  /// A file is finished by an event (closed, moved in) or found by a walk of the inbox
  /// (`foundByWalk`). Walks do not override a file known to be still open for writing, and
  /// pass the stamp they have just taken (`known`), so the file is not stat'ed twice.
  mutating func note(
    _ path: String, now: Double, foundByWalk: Bool = false, stamp known: FileStamp? = nil
  ) {
    if foundByWalk {
      if beingWritten.contains(path) { return }
    } else {
      beingWritten.remove(path)
    }
    guard let current = known ?? stamp(path) else {
      entries[path] = nil
      return
    }
    schedule(path, Entry(stamp: current, due: now + quietTime, foundByWalk: foundByWalk))
  }

  /// The file is gone.
  mutating func forget(_ path: String) {
    entries[path] = nil
    beingWritten.remove(path)
  }

  /// Files that stayed unchanged for the quiet time, with the stamp they were stable at and
  /// whether a walk of the inbox (not an event) noted them last.
  mutating func takeReady(now: Double) -> [(path: String, stamp: FileStamp, foundByWalk: Bool)] {
    var ready: [(path: String, stamp: FileStamp, foundByWalk: Bool)] = []
    var rescheduled: [(String, Entry)] = []
    while head < queue.count, queue[head].due <= now {
      let item = queue[head]
      head += 1
      guard let entry = entries[item.path], entry.due == item.due else { continue }
      guard let current = stamp(item.path) else {
        entries[item.path] = nil  // vanished
        continue
      }
      if current == entry.stamp {
        entries[item.path] = nil
        // An empty file is not a paper yet: writers often create it, close it, and reopen
        // it to write. Its next close (or a rescan) brings it back.
        if current.size > 0 { ready.append((item.path, current, entry.foundByWalk)) }
      } else {
        var later = entry
        later.stamp = current
        later.due = now + quietTime
        rescheduled.append((item.path, later))
      }
    }
    for (path, entry) in rescheduled { schedule(path, entry) }
    if head > 1024, head * 2 > queue.count {
      queue.removeFirst(head)
      head = 0
    }
    return ready
  }

  private mutating func schedule(_ path: String, _ entry: Entry) {
    entries[path] = entry
    queue.append((entry.due, path))
    if head < queue.count - 1, queue[queue.count - 2].due > entry.due {
      // A shorter quiet time after a reload: keep the queue sorted.
      let pending = queue[head...].sorted { $0.due < $1.due }
      queue = Array(pending)
      head = 0
    }
  }
}
