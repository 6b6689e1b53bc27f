import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A non-blocking pipe that wakes the ingest loop's `poll()`: signal numbers from
/// `SignalRelay`, "results ready" from the workers, "stop" from `WatcherControl`.
final class WakePipe: Sendable {
  static let resultsReady: UInt8 = 200
  static let stopRequested: UInt8 = 201

  let readFD: Int32
  let writeFD: Int32

  init() throws {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE)
    }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    readFD = fds[0]
    writeFD = fds[1]
  }

  deinit {
    close(readFD)
    close(writeFD)
  }

  /// Writes one byte; a full pipe already guarantees a wake-up, so failures are ignored.
  func wake(_ code: UInt8) {
    var byte = code
    _ = write(writeFD, &byte, 1)
  }

  /// Everything written since the last call.
  func drain() -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
      if count > 0 {
        result.append(contentsOf: buffer[0..<count])
      } else if count < 0, errno == EINTR {
        continue
      } else {
        break
      }
    }
    return result
  }
}

/// Asks a running `Watcher` to stop, from any thread (as SIGTERM does).
public final class WatcherControl: Sendable {
  let pipe: WakePipe?

  public init() {
    pipe = try? WakePipe()
  }

  /// The watcher finishes the papers in hand and `run()` returns.
  public func requestStop() {
    pipe?.wake(WakePipe.stopRequested)
  }
}
