/// The inbox files the loop has handled (committed, or failed in place), each at the stamp
/// it had then, so a walk passes over a file that has not changed since.
///
/// Held compactly because the inbox keeps every stored paper: a 64-bit hash of the path
/// maps to a 64-bit digest of the stamp and the walk that last saw the file, about 40 bytes
/// a file, where the paths and stamps themselves took about 150. (The hashes are Swift's
/// `Hasher`, seeded per process; nothing is persisted.)
///
/// What a collision would cost: two of a million paths share a hash with a chance of about
/// 3 in 100 million; then each of the two looks changed whenever the other was handled last,
/// and is read again and found stored (never lost). A changed file whose new stamp has the
/// old stamp's digest (a chance of 2⁻⁶⁴ a change) would wait for its next change or restart.
struct HandledFiles {
  private struct Entry {
    var stamp: Int
    /// The full walk that last saw the file, or the walk under way when it was handled.
    var walk: UInt32
  }

  private var entries: [Int: Entry] = [:]

  var count: Int { entries.count }

  /// Whether `path` was handled at exactly `stamp`.
  func contains(_ path: String, at stamp: FileStamp) -> Bool {
    entries[Self.key(path)]?.stamp == stamp.hashValue
  }

  /// `path` was handled at `stamp`, during (or after) the full walk numbered `walk`.
  mutating func record(_ path: String, at stamp: FileStamp, walk: UInt32) {
    entries[Self.key(path)] = Entry(stamp: stamp.hashValue, walk: walk)
  }

  /// Whether `path` was handled at `stamp`; if so, notes that the full walk numbered `walk`
  /// saw it, so `removeAll(notSeenSince:)` keeps it.
  mutating func see(_ path: String, at stamp: FileStamp, walk: UInt32) -> Bool {
    let key = Self.key(path)
    guard let entry = entries[key], entry.stamp == stamp.hashValue else { return false }
    if entry.walk != walk { entries[key]?.walk = walk }
    return true
  }

  mutating func remove(_ path: String) {
    entries[Self.key(path)] = nil
  }

  /// Forgets the files that no full walk has seen since the one numbered `walk`: they left
  /// the inbox.
  mutating func removeAll(notSeenSince walk: UInt32) {
    let gone = entries.compactMap { $0.value.walk < walk ? $0.key : nil }
    for key in gone { entries[key] = nil }
  }

  private static func key(_ path: String) -> Int {
    var hasher = Hasher()
    hasher.combine(path)
    return hasher.finalize()
  }
}
