import DocumentModel
import Foundation

/// Finding paper files in folders (by `InboxFilter`'s rule) and reading them.
public enum PaperFiles {
  /// The candidate files below the given paths (files are taken as they are, folders
  /// recursively), sorted, each once.
  public static func collect(_ paths: [String]) throws(ReadError) -> [String] {
    var result: [String] = []
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        throw ReadError(path: path, reason: .io("no such file or folder"), code: errno)
      }
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        result.append(path)
        continue
      }
      var found: [String] = []
      try walk(path, isRoot: true, into: &found)
      result += found.sorted()
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }

  /// Adds the candidate files below the folder `path` to `found`. With `readdir` and the
  /// entry types it gives: FileManager's enumerator and a `fileExists` per entry took half a
  /// second of a 20,000-file ingest before its first paper was read. Links to folders are
  /// not followed (no cycles); a link to a file is a file.
  private static func walk(_ path: String, isRoot: Bool, into found: inout [String])
    throws(ReadError)
  {
    guard let directory = opendir(path) else {
      // A subfolder removed (or closed to us) while the folder is walked is left out.
      guard isRoot else { return }
      throw ReadError(path: path, reason: .io("cannot list the folder"), code: errno)
    }
    defer { closedir(directory) }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != ".." else { continue }
      let full = prefix + name
      var type = Int32(entry.pointee.d_type)
      if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
        // A removed file is simply not there any more.
        var info = stat()
        guard stat(full, &info) == 0 else { continue }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        if isDirectory && type == Int32(DT_LNK) { continue }
        type = isDirectory ? Int32(DT_DIR) : Int32(DT_REG)
      }
      if type == Int32(DT_DIR) {
        if InboxFilter.isWatchedDirectory(name: name) {
          try walk(full, isRoot: false, into: &found)
        }
        continue
      }
      if InboxFilter.isCandidate(name: name) { found.append(full) }
    }
  }

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
