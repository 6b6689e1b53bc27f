import Pipeline

#if canImport(Glibc)
  import Glibc
#endif

/// Walks a folder of the inbox one entry at a time, so a caller can take a few thousand
/// entries, do other work, and go on where it stopped.
///
/// It holds one open directory and the paths of the directories found and not yet entered,
/// never the list of files: an inbox of a million papers costs no more to walk than one of
/// ten. Which entries count follows `InboxScanner`: candidate files (`InboxFilter`) and
/// symbolic links to files; directories that are watched and not excluded, never followed
/// through a symbolic link (no loops).
///
/// A directory is reported when it is entered, before its files. Files added or removed
/// while the walk is under way may or may not be seen (as with `readdir`); the next walk
/// sees them.
final class InboxWalk {
  /// What the walk found.
  enum Entry: Equatable {
    /// A directory, reported when the walk enters it (the root first).
    case directory(String)
    /// A candidate file, with its stamp at the moment it was found.
    case file(String, FileStamp)
  }

  private let excluded: Set<String>
  private let filesWanted: Bool
  private var waiting: [String]
  private var current: (path: String, handle: OpaquePointer)?

  /// - Parameters:
  ///   - root: where the walk starts; reported as the first directory.
  ///   - excluded: paths never entered or reported.
  ///   - files: whether to report files; without them the walk never stats a file.
  init(root: String, excluded: Set<String>, files: Bool = true) {
    self.excluded = excluded
    filesWanted = files
    waiting = [root]
  }

  deinit {
    if let current { closedir(current.handle) }
  }

  /// The next entry, or nil when the walk is over. A directory that cannot be opened is
  /// reported and then passed over.
  func next() -> Entry? {
    while true {
      guard let (directory, handle) = current else {
        guard let directory = waiting.popLast() else { return nil }
        if let handle = opendir(directory) { current = (directory, handle) }
        return .directory(directory)
      }
      guard let entry = readdir(handle) else {
        closedir(handle)
        current = nil
        continue
      }
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      let path = directory == "/" ? "/" + name : directory + "/" + name
      var type = entry.pointee.d_type
      if type == UInt8(DT_UNKNOWN) {
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: type = UInt8(DT_DIR)
        case S_IFREG: type = UInt8(DT_REG)
        case S_IFLNK: type = UInt8(DT_LNK)
        default: continue
        }
      }
      if type == UInt8(DT_DIR) {
        if InboxFilter.isWatchedDirectory(name: name), !excluded.contains(path) {
          waiting.append(path)
        }
      } else if filesWanted, type == UInt8(DT_REG) || type == UInt8(DT_LNK) {
        if InboxFilter.isCandidate(name: name), !excluded.contains(path),
          let stamp = FileStamp.of(path)
        {
          return .file(path, stamp)
        }
      }
    }
  }

  /// Every directory from `root` down, walked to the end.
  func remainingDirectories() -> [String] {
    var directories: [String] = []
    while let entry = next() {
      if case .directory(let path) = entry { directories.append(path) }
    }
    return directories
  }
}
