import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The helper for the end-to-end tests, tried on a shell script that behaves like a daemon.
@Suite struct DaemonProcessTests {
  let script = """
    trap 'echo "stopping" >&2; exit 0' TERM
    echo "watching $1" >&2
    while :; do sleep 0.05; done
    """

  @Test func sigtermEndsWithTheDaemonsStatusAndLog() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let daemon = try DaemonProcess(
      URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, "sh", scratch.inbox.path],
      logFile: scratch.root.appendingPathComponent("daemon.log"))
    defer { daemon.kill9IfRunning() }
    #expect(await waitUntil { daemon.log.contains("watching \(scratch.inbox.path)") })
    daemon.send(SIGTERM)
    let exit = await daemon.exit()
    #expect(exit?.status == 0)
    #expect(exit?.bySignal == false)
    #expect(daemon.log.contains("stopping"))
  }

  @Test func sigkillIsReportedAsASignal() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let daemon = try DaemonProcess(
      URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, "sh", scratch.inbox.path],
      logFile: scratch.root.appendingPathComponent("daemon.log"))
    defer { daemon.kill9IfRunning() }
    #expect(await waitUntil { daemon.log.contains("watching") })
    daemon.send(SIGKILL)
    let exit = await daemon.exit()
    #expect(exit?.status == SIGKILL)
    #expect(exit?.bySignal == true)
  }
}
