import Pipeline

/// Walks a folder of the inbox one entry at a time, so the loop can take a few thousand
/// entries, do other work, and go on where it stopped.
///
/// It is `ingest`'s walk (`PaperFiles.Walk`: the same files, in the order of their paths
/// sorted whole, so a catch-up stores an Antrag before its Neudruck as `ingest` does),
/// with the daemon's exclusions, each folder as the walk enters it, and each file's stamp.
/// It holds the sorted listings of the folders it is in, never the tree's list of files.
/// Files added or removed while the walk is under way may or may not be seen; the next
/// walk sees them.
struct InboxWalk: IteratorProtocol {
  /// What the walk found.
  enum Entry: Equatable {
    /// A folder, reported when the walk enters it (the root first).
    case directory(String)
    /// A candidate file, with its stamp at the moment it was found.
    case file(String, FileStamp)
  }

  private var paths: PaperFiles.Walk?
  private let filesWanted: Bool

  /// - Parameters:
  ///   - root: where the walk starts; reported as the first folder. A root that is gone
  ///     (or cannot be listed) gives nothing.
  ///   - excluded: paths never entered or reported.
  ///   - files: whether to report files; without them the walk stats no file.
  init(root: String, excluded: Set<String>, files: Bool = true) {
    paths = try? PaperFiles.Walk([root], excluding: excluded, folders: true)
    filesWanted = files
  }

  /// The next entry, or nil when the walk is over.
  mutating func next() -> Entry? {
    while let path = paths?.next() {
      if path.hasSuffix("/") {
        return .directory(path.count > 1 ? String(path.dropLast()) : path)
      }
      // A file removed since its folder was listed is passed over.
      if filesWanted, let stamp = FileStamp.of(path) { return .file(path, stamp) }
    }
    return nil
  }

  /// Every folder from here down, walked to the end.
  mutating func remainingDirectories() -> [String] {
    var directories: [String] = []
    while let entry = next() {
      if case .directory(let path) = entry { directories.append(path) }
    }
    return directories
  }
}
