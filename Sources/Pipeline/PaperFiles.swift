import DocumentModel
import Foundation

/// Finding paper files in folders (by `InboxFilter`'s rule) and reading them.
public enum PaperFiles {
  /// The candidate files below the given paths (files are taken as they are, folders
  /// recursively), sorted, each once. `Walk` gives them one at a time.
  public static func collect(_ paths: [String]) throws(ReadError) -> [String] {
    Array(try Walk(paths))
  }

  /// The candidate files below the given paths, in `collect`'s order, found as they are
  /// taken: a walk holds the listing of the folders it is in, not the whole tree, so that
  /// ingesting millions of files does not first hold millions of paths.
  ///
  /// Folders are listed with `readdir` and the entry types it gives (FileManager's
  /// enumerator and a `fileExists` per entry took half a second of a 20,000-file ingest
  /// before its first paper was read). Links to folders are not followed (no cycles); a
  /// link to a file is a file. A subfolder removed (or closed to us) while the walk goes on
  /// is left out.
  public struct Walk: Sequence, IteratorProtocol, Sendable {
    private struct Root: Sendable {
      var path: String
      var isFolder: Bool
    }

    /// The candidates of one folder, sorted, and how many were taken. A folder's entry is
    /// its name and "/".
    private struct Listing: Sendable {
      var prefix: String
      var entries: [String]
      var taken = 0
    }

    private let roots: [Root]
    private let excluded: Set<String>
    private let givesFolders: Bool
    private var nextRoot = 0
    private var open: [Listing] = []
    /// Paths given already; kept only when the given paths overlap (a folder and a file or
    /// folder inside it), the one case where a path could come twice.
    private var seen: Set<String>?

    /// Checks that each path exists, and that each folder among them can be listed.
    /// - Parameters:
    ///   - excluded: paths (without a trailing "/") never entered or given: the daemon's
    ///     failed folder and outbox when they lie inside its inbox.
    ///   - folders: whether to give each folder too, as its path and "/", when the walk
    ///     enters it (before what it holds); the daemon watches them.
    public init(_ paths: [String], excluding excluded: Set<String> = [], folders: Bool = false)
      throws(ReadError)
    {
      var roots: [Root] = []
      for path in paths {
        var info = stat()
        guard stat(path, &info) == 0 else {
          throw ReadError(path: path, reason: .io("no such file or folder"), code: errno)
        }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        if isFolder {
          guard let directory = opendir(path) else {
            throw ReadError(path: path, reason: .io("cannot list the folder"), code: errno)
          }
          closedir(directory)
        }
        roots.append(Root(path: path, isFolder: isFolder))
      }
      self.roots = roots
      self.excluded = excluded
      givesFolders = folders
      if Self.overlap(paths) { seen = [] }
    }

    public mutating func next() -> String? {
      while true {
        if let last = open.indices.last {
          guard open[last].taken < open[last].entries.count else {
            open.removeLast()
            continue
          }
          let entry = open[last].entries[open[last].taken]
          open[last].taken += 1
          let path = open[last].prefix + entry
          if entry.hasSuffix("/") {
            if let folder = enter(path) { return folder }
          } else if !excluded.contains(path), isNew(path) {
            return path
          }
          continue
        }
        guard nextRoot < roots.count else { return nil }
        let root = roots[nextRoot]
        nextRoot += 1
        if root.isFolder {
          if let folder = enter(root.path) { return folder }
        } else if isNew(root.path) {
          return root.path
        }
      }
    }

    /// Lists the folder `path` for the walk to go on in; returns it (ending in "/") when
    /// folders are given.
    private mutating func enter(_ path: String) -> String? {
      let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      guard !excluded.contains(trimmed), let listing = Self.list(path) else { return nil }
      open.append(listing)
      return givesFolders ? listing.prefix : nil
    }

    private mutating func isNew(_ path: String) -> Bool {
      guard seen != nil else { return true }
      return seen!.insert(path).inserted
    }

    /// Whether one path is another or lies inside another.
    private static func overlap(_ paths: [String]) -> Bool {
      let trimmed = paths.map { path in
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
      }
      for (i, a) in trimmed.enumerated() {
        let inside = a == "/" ? a : a + "/"
        for (j, b) in trimmed.enumerated() where i != j && (a == b || b.hasPrefix(inside)) {
          return true
        }
      }
      return false
    }

    /// The candidates in the folder `path`, in the order of their paths: a folder is listed
    /// as its name and "/", so that walking folder by folder gives the paths sorted whole.
    private static func list(_ path: String) -> Listing? {
      guard let directory = opendir(path) else { return nil }
      defer { closedir(directory) }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      var entries: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard name != ".", name != ".." else { continue }
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
          // A removed file is simply not there any more.
          var info = stat()
          guard stat(prefix + name, &info) == 0 else { continue }
          let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
          if isFolder && type == Int32(DT_LNK) { continue }
          type = isFolder ? Int32(DT_DIR) : Int32(DT_REG)
        }
        if type == Int32(DT_DIR) {
          if InboxFilter.isWatchedDirectory(name: name) { entries.append(name + "/") }
        } else if InboxFilter.isCandidate(name: name) {
          entries.append(name)
        }
      }
      entries.sort()
      return Listing(prefix: prefix, entries: entries)
    }
  }

  /// The failure of the last system call (`errno`), in the system's words ("No such file
  /// or directory", "Too many open files").
  private static func systemError(_ path: String) -> ReadError {
    let code = errno
    return ReadError(path: path, reason: .io(String(cString: strerror(code))), code: code)
  }

  /// The size of the file at `path` (links followed); 0 when it cannot be read, which its
  /// reading then reports.
  public static func size(of path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return Int(info.st_size)
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
