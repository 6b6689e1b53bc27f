import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Plays systemd's side of sd_notify: a bound AF_UNIX datagram socket (a path, or an abstract
/// name when `abstract` is set) whose `name` goes into NOTIFY_SOCKET.
final class NotifyListener: @unchecked Sendable {
  let name: String
  private let fd: Int32
  private let lock = NSLock()
  private var received: [String] = []

  init(directory: URL, abstract: Bool = false) throws {
    let token = String(UUID().uuidString.prefix(8))
    let path =
      abstract ? "@fundstelle-test-\(token)" : directory.appendingPathComponent("n-\(token)").path
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    var bytes = Array(path.utf8)
    if abstract { bytes[0] = 0 }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in bytes.enumerated() { raw[index] = byte }
    }
    let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard result == 0 else {
      close(fd)
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EADDRINUSE)
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    self.fd = fd
    name = path
  }

  deinit { close(fd) }

  /// Every datagram received so far.
  var messages: [String] {
    drain()
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  /// Whether some datagram has a line equal to `line` (e.g. `READY=1`).
  func hasLine(_ line: String) -> Bool {
    messages.contains { $0.split(separator: "\n").contains { $0 == line } }
  }

  /// Lines starting with `prefix`, in order.
  func lines(startingWith prefix: String) -> [String] {
    messages.flatMap { $0.split(separator: "\n").map(String.init) }.filter { $0.hasPrefix(prefix) }
  }

  private func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return }
      let text = String(decoding: buffer[0..<count], as: UTF8.self)
      lock.lock()
      received.append(text)
      lock.unlock()
    }
  }
}
