import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The corrections feed: JSON lines appended with one `write` on an `O_APPEND` descriptor and
/// `fsync`ed, so a reader tailing the file never sees half a paper's lines from a crash
/// unless the disk itself tore the write.
struct Outbox {
  var url: URL

  /// Appends the lines (newlines inside a line are turned into spaces: one object per line).
  func append(_ lines: [String]) throws {
    guard !lines.isEmpty else { return }
    var text = ""
    for line in lines {
      text += line.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(
        of: "\n", with: " ")
      text += "\n"
    }
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Outbox.error(url.path) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(fd, $0.baseAddress! + written, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw Outbox.error(url.path)
      }
      written += count
    }
    guard fsync(fd) == 0 else { throw Outbox.error(url.path) }
  }

  private static func error(_ path: String) -> POSIXError {
    POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
  }
}
