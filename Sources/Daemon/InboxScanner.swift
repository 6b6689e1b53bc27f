import Pipeline

#if canImport(Glibc)
  import Glibc
#endif

/// Walks the inbox: candidate files (see `InboxFilter`) and the directories below it.
/// Symbolic links to files count; symbolic links to directories are not followed (no loops).
struct InboxScanner {
  /// Paths never entered or reported (the failed folder and the outbox when configured
  /// inside the inbox).
  var excluded: Set<String>

  struct Result {
    var files: [String: FileStamp] = [:]
    var directories: [String] = []
  }

  /// Scans `root` and everything below it.
  func scan(_ root: String) -> Result {
    var result = Result()
    var stack = [root]
    while let directory = stack.popLast() {
      result.directories.append(directory)
      guard let handle = opendir(directory) else { continue }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
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
            stack.append(path)
          }
        } else if type == UInt8(DT_REG) || type == UInt8(DT_LNK) {
          if InboxFilter.isCandidate(name: name), !excluded.contains(path),
            let stamp = FileStamp.of(path)
          {
            result.files[path] = stamp
          }
        }
      }
    }
    return result
  }
}
