import Pipeline

#if canImport(Glibc)
  import Glibc
#endif

/// Watches the inbox and its subdirectories with inotify (Dispatch has no file-system event
/// source on Linux). Non-blocking: the loop polls `pollDescriptor` and calls `readChanges()`.
final class InotifyWatcher: ChangeSource {
  /// Why inotify cannot watch the inbox.
  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  let root: String
  var scanner: InboxScanner
  private let fd: Int32
  private var pathByWatch: [Int32: String] = [:]
  private var watchByPath: [String: Int32] = [:]
  private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
  /// Directories that could not be watched since the last `readChanges()`.
  private var failures: [Change] = []
  /// Reported once each, not at every rescan.
  private var reportedFailures: Set<String> = []

  static let directoryMask =
    UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
    | UInt32(IN_MODIFY)
    | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

  /// Sets up watches on `root` and every directory below it.
  init(root: String, scanner: InboxScanner) throws {
    self.root = root
    self.scanner = scanner
    let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
    guard descriptor >= 0 else {
      throw Unavailable(description: "inotify_init1 failed: \(String(cString: strerror(errno)))")
    }
    fd = descriptor
    if let failure = addWatch(root) {
      close(fd)
      throw Unavailable(description: "cannot watch \(root): \(failure)")
    }
    for directory in scanner.directories(root) where directory != root {
      _ = addWatch(directory)
    }
  }

  deinit { close(fd) }

  var pollDescriptor: Int32? { fd }
  var name: String { "inotify" }

  /// Watches one directory; returns the reason on failure (e.g. the watch limit).
  @discardableResult
  private func addWatch(_ path: String) -> String? {
    let wd = inotify_add_watch(fd, path, InotifyWatcher.directoryMask)
    guard wd >= 0 else {
      let reason = String(cString: strerror(errno))
      if path != root, reportedFailures.insert(path).inserted {
        failures.append(.unwatched(directory: path, reason: reason))
      }
      return reason
    }
    if let old = pathByWatch[wd], old != path { watchByPath[old] = nil }
    pathByWatch[wd] = path
    watchByPath[path] = wd
    return nil
  }

  func readChanges() -> [Change] {
    var changes = failures
    failures = []
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        break  // EAGAIN: drained
      }
      if count == 0 { break }
      buffer.withUnsafeBytes { raw in
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
          let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
          let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
          let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          var name = ""
          if length > 0, offset + header + length <= count {
            let bytes = raw[(offset + header)..<(offset + header + length)]
            let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
            name = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
          }
          handle(wd: wd, mask: mask, name: name, into: &changes)
          offset += header + length
        }
      }
    }
    return changes
  }

  private func handle(wd: Int32, mask: UInt32, name: String, into changes: inout [Change]) {
    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
    if has(IN_Q_OVERFLOW) {
      changes.append(.rescan(reason: "event queue overflow"))
      return
    }
    guard let directory = pathByWatch[wd] else { return }
    if has(IN_IGNORED) {
      pathByWatch[wd] = nil
      if watchByPath[directory] == wd { watchByPath[directory] = nil }
      if directory == root { changes.append(.rescan(reason: "the inbox's watch ended")) }
      return
    }
    if has(IN_DELETE_SELF) || has(IN_MOVE_SELF) {
      // A moved subdirectory is re-added under its new name by the parent's IN_MOVED_TO;
      // stale watches are pruned by the next rescan. The inbox itself moving is a rescan.
      if directory == root { changes.append(.rescan(reason: "the inbox itself moved")) }
      return
    }
    guard !name.isEmpty else { return }
    let path = directory + "/" + name
    if has(IN_ISDIR) {
      if has(IN_CREATE) || has(IN_MOVED_TO), InboxFilter.isWatchedDirectory(name: name),
        !scanner.excluded.contains(path)
      {
        // Watch first, then walk for the files (the loop does, as it has room): files
        // written in between are seen either way.
        for subdirectory in scanner.directories(path) { addWatch(subdirectory) }
        changes.append(.newDirectory(path))
      }
      return
    }
    guard InboxFilter.isCandidate(name: name), !scanner.excluded.contains(path) else { return }
    if has(IN_CLOSE_WRITE) || has(IN_MOVED_TO) {
      changes.append(.completed(path))
    } else if has(IN_CREATE) || has(IN_MODIFY) {
      // Written since its last close (a writer that closes and reopens, or pauses longer
      // than the quiet time): wait for the next close.
      changes.append(.writing(path))
    } else if has(IN_DELETE) || has(IN_MOVED_FROM) {
      changes.append(.removed(path))
    }
  }

  func refresh(directories: [String]) {
    let present = Set(directories)
    for directory in directories where watchByPath[directory] == nil {
      addWatch(directory)
    }
    for (path, wd) in watchByPath where !present.contains(path) {
      inotify_rm_watch(fd, wd)
      watchByPath[path] = nil
      pathByWatch[wd] = nil
    }
  }
}
