import DocumentModel
import Foundation

/// Finding paper files in folders (by `InboxFilter`'s rule) and reading them.
public enum PaperFiles {
  /// The candidate files below the given paths (files are taken as they are, folders
  /// recursively), sorted, each once.
  public static func collect(_ paths: [String]) throws(ReadError) -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ReadError(path: path, reason: .io("no such file or folder"))
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      guard let walker = manager.enumerator(atPath: path) else {
        throw ReadError(path: path, reason: .io("cannot list the folder"))
      }
      var found: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        let full = (path as NSString).appendingPathComponent(relative)
        var childIsDirectory: ObjCBool = false
        // A file removed while the folder is walked is simply not there any more.
        guard manager.fileExists(atPath: full, isDirectory: &childIsDirectory) else { continue }
        if childIsDirectory.boolValue {
          if !InboxFilter.isWatchedDirectory(name: name) { walker.skipDescendants() }
          continue
        }
        if InboxFilter.isCandidate(name: name) { found.append(full) }
      }
      result += found.sorted()
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }

  /// The bytes of a file, or a `ReadError` naming it.
  ///
  /// Read with `open`/`fstat`/`read` straight into the array: `FileManager.contents(atPath:)`
  /// and the copy out of its `Data` cost more than the analysis of a small paper's header.
  /// The failure of the last system call (`errno`), in the system's words ("No such file
  /// or directory", "Too many open files").
  private static func systemError(_ path: String) -> ReadError {
    let code = errno
    return ReadError(path: path, reason: .io(String(cString: strerror(code))), code: code)
  }

  public static func bytes(of path: String) throws(ReadError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw systemError(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw systemError(path) }
    guard (info.st_mode & S_IFMT) != S_IFDIR else {
      throw ReadError(path: path, reason: .io("it is a folder, not a file"), code: EISDIR)
    }
    // The size is a hint: a file that grows or shrinks while it is read is read to its end.
    var capacity = max(Int(info.st_size), 0) + 1
    var result: [UInt8] = []
    while true {
      var failed = false
      var atEnd = false
      let chunk = [UInt8](unsafeUninitializedCapacity: capacity - result.count) {
        buffer, count in
        count = 0
        while count < buffer.count, let base = buffer.baseAddress {
          let n = read(fd, base + count, buffer.count - count)
          if n < 0 {
            if errno == EINTR { continue }
            failed = true
            return
          }
          if n == 0 {
            atEnd = true
            return
          }
          count += n
        }
      }
      guard !failed else { throw systemError(path) }
      if result.isEmpty { result = chunk } else { result += chunk }
      if atEnd { return result }
      capacity *= 2
    }
  }
}
