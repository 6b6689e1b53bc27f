import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A daemon run as a child process, for the end-to-end tests with the real binary
/// (`Repository.binary` with `watch`): its stderr goes to a file (a pipe could fill and block
/// it), signals are sent by pid, and the exit is awaited without blocking the test's thread.
///
/// The child inherits the signal mask of the spawning thread, and Swift Testing runs tests on
/// Dispatch threads that block SIGTERM, SIGINT and SIGHUP: the daemon must unblock them itself
/// (it does, in `SignalRelay`), which these tests thereby check.
final class DaemonProcess: @unchecked Sendable {
  let process = Process()
  let logFile: URL

  /// Starts `executable` with `arguments`; `environment` is added to this process's own.
  init(
    _ executable: URL, arguments: [String], environment: [String: String] = [:], logFile: URL
  ) throws {
    self.logFile = logFile
    _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
    let handle = try FileHandle(forWritingTo: logFile)
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardError = handle
    process.standardOutput = handle
    try process.run()
    try handle.close()
  }

  var pid: Int32 { process.processIdentifier }

  /// Sends a signal (`SIGTERM`, `SIGKILL`, `SIGHUP`).
  func send(_ signal: Int32) {
    kill(process.processIdentifier, signal)
  }

  /// What the daemon wrote to stderr and stdout so far.
  var log: String {
    (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
  }

  /// Waits for the exit; `nil` if it is still running after `timeout` seconds.
  func exit(timeout: Double = 30) async -> (status: Int32, bySignal: Bool)? {
    guard await waitUntil(timeout: timeout, { !process.isRunning }) else { return nil }
    return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
  }

  /// Kills the process if it still runs (for `defer` in tests).
  func kill9IfRunning() {
    if process.isRunning { send(SIGKILL) }
  }
}
