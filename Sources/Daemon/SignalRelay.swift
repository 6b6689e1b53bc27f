import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// SIGTERM, SIGINT and SIGHUP through the self-pipe trick: the handler only writes the signal
/// number to each subscribed watcher's pipe (write(2) is async-signal-safe); the loop reads
/// it from `poll()`. Handlers are installed while at least one watcher runs and the previous
/// dispositions restored after the last one stops.
enum SignalRelay {
  static let signals: [Int32] = [SIGTERM, SIGINT, SIGHUP]
  static let slotCount = 16

  /// Write ends of the subscribers' pipes, -1 for a free slot. Read by the handler, written
  /// under `lock`; aligned Int32 stores are atomic on every platform Swift runs on.
  nonisolated(unsafe) static let slots: UnsafeMutablePointer<Int32> = {
    let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
    pointer.initialize(repeating: -1, count: slotCount)
    return pointer
  }()
  private static let lock = NSLock()
  nonisolated(unsafe) private static var subscribers = 0
  nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

  /// Starts relaying signals to `writeFD`; returns the slot to unsubscribe with.
  static func subscribe(writeFD: Int32) -> Int? {
    let pointer = slots
    lock.lock()
    defer { lock.unlock() }
    guard let slot = (0..<slotCount).first(where: { pointer[$0] < 0 }) else { return nil }
    pointer[slot] = writeFD
    subscribers += 1
    if subscribers == 1 { install() }
    unblockOnThisThread()
    return slot
  }

  /// A blocked signal mask is inherited through fork and exec: a daemon started from a
  /// Dispatch worker thread (Foundation's `Process` in a Swift program or test; supervisors
  /// built on Dispatch) starts with SIGTERM blocked and would never see it. systemd resets
  /// the mask, others do not, so the thread that runs the loop unblocks its signals itself.
  private static func unblockOnThisThread() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal) }
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  static func unsubscribe(slot: Int) {
    lock.lock()
    defer { lock.unlock() }
    slots[slot] = -1
    subscribers -= 1
    if subscribers == 0 { restore() }
  }

  private static func install() {
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        let saved = errno
        var byte = UInt8(truncatingIfNeeded: number)
        for index in 0..<SignalRelay.slotCount {
          let fd = SignalRelay.slots[index]
          if fd >= 0 { _ = write(fd, &byte, 1) }
        }
        errno = saved
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      var old = sigaction()
      if sigaction(signal, &action, &old) == 0 { previous[signal] = old }
    }
  }

  private static func restore() {
    for (signal, old) in previous {
      var action = old
      sigaction(signal, &action, nil)
    }
    previous = [:]
  }
}
