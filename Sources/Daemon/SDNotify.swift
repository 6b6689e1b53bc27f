#if canImport(Glibc)
  import Glibc
#endif

/// sd_notify without libsystemd: one datagram per message to `$NOTIFY_SOCKET`
/// (a path, or an abstract socket name starting with `@`).
public final class SDNotify: Sendable {
  private let fd: Int32
  private let address: sockaddr_un
  private let addressLength: socklen_t
  /// The socket name as given.
  public let socketName: String

  /// Opens a datagram socket for `socketName`; `nil` if there is none (not under systemd)
  /// or the name cannot be a unix socket address.
  public init?(socketName: String?) {
    guard let socketName, !socketName.isEmpty else { return nil }
    var bytes = Array(socketName.utf8)
    let abstract = bytes.first == UInt8(ascii: "@")
    if abstract { bytes[0] = 0 }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    // A path needs its terminating NUL; an abstract name is exactly its bytes.
    guard bytes.count + (abstract ? 0 : 1) <= capacity, !(abstract && bytes.count < 2) else {
      return nil
    }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in bytes.enumerated() { raw[index] = byte }
    }
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return nil }
    self.fd = fd
    self.address = address
    self.addressLength = socklen_t(
      MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
    self.socketName = socketName
  }

  deinit { close(fd) }

  /// Sends one message such as `READY=1` or `STATUS=…` (several as lines). Returns whether
  /// the datagram was accepted; failures are not fatal for a daemon.
  @discardableResult
  public func send(_ message: String) -> Bool {
    var address = self.address
    let bytes = Array(message.utf8)
    let sent = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        bytes.withUnsafeBytes { buffer in
          sendto(
            fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL), socketAddress, addressLength)
        }
      }
    }
    return sent == bytes.count
  }
}
