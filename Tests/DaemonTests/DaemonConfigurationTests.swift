import Foundation
import Logging
import Testing

@testable import Daemon

@Suite struct DaemonConfigurationTests {
  let file = """
    # /etc/fundstelle/watch.conf
    inbox = /srv/fundstelle/inbox
    store = "/var/lib/fundstelle/fundstelle.sqlite"
    quiet-time = 2s
    rescan-interval = 10m
    workers = 3
    log-level = debug
    outbox = off

    """

  @Test func defaultsNeedOnlyAnInbox() throws {
    let configuration = try DaemonConfiguration.load(
      flags: ["inbox": "/var/lib/fundstelle/inbox"], environment: [:], file: nil)
    #expect(configuration.inbox.path == "/var/lib/fundstelle/inbox")
    #expect(configuration.store == "./fundstelle.sqlite")
    #expect(configuration.failedDirectory.path == "/var/lib/fundstelle/failed")
    #expect(configuration.outbox?.path == "/var/lib/fundstelle/outbox.jsonl")
    #expect(configuration.quietTime == 0.5)
    #expect(configuration.rescanInterval == 300)
    #expect(configuration.polling == .auto)
    #expect(configuration.logLevel == .info)
    #expect(configuration.workers >= 1)
    #expect(configuration.notifySocket == nil)
    #expect(configuration.watchdogTimeout == nil)
  }

  @Test func fileValuesApplyWhereNothingElseIsGiven() throws {
    let configuration = try DaemonConfiguration.load(flags: [:], environment: [:], file: file)
    #expect(configuration.inbox.path == "/srv/fundstelle/inbox")
    #expect(configuration.store == "/var/lib/fundstelle/fundstelle.sqlite")
    #expect(configuration.failedDirectory.path == "/srv/fundstelle/failed")
    #expect(configuration.outbox == nil)
    #expect(configuration.quietTime == 2)
    #expect(configuration.rescanInterval == 600)
    #expect(configuration.workers == 3)
    #expect(configuration.logLevel == .debug)
  }

  @Test func flagsBeatEnvironmentBeatsFile() throws {
    let environment = [
      "FUNDSTELLE_QUIET_TIME": "750ms", "FUNDSTELLE_WORKERS": "1",
      "FUNDSTELLE_STORE": "/env.sqlite",
      "FUNDSTELLE_POLLING": "on", "PATH": "/usr/bin",
    ]
    let configuration = try DaemonConfiguration.load(
      flags: ["workers": "2", "inbox": "/data/inbox", "failed-dir": "/data/quarantine"],
      environment: environment, file: file)
    #expect(configuration.workers == 2)  // flag over environment and file
    #expect(configuration.inbox.path == "/data/inbox")  // flag over file
    #expect(configuration.failedDirectory.path == "/data/quarantine")
    #expect(configuration.quietTime == 0.75)  // environment over file
    #expect(configuration.store == "/env.sqlite")
    #expect(configuration.polling == .on)
    #expect(configuration.rescanInterval == 600)  // file over default
  }

  @Test func systemdVariablesAreRead() throws {
    let configuration = try DaemonConfiguration.load(
      flags: ["inbox": "/i"],
      environment: [
        "NOTIFY_SOCKET": "@/org/freedesktop/systemd1/notify/123", "WATCHDOG_USEC": "30000000",
        "WATCHDOG_PID": "4711",
      ], file: nil)
    #expect(configuration.notifySocket == "@/org/freedesktop/systemd1/notify/123")
    #expect(configuration.watchdogTimeout == 30)
    #expect(configuration.watchdogPID == 4711)
  }

  @Test func environmentNamesFollowTheKeys() {
    #expect(DaemonConfiguration.Key.quietTime.environmentName == "FUNDSTELLE_QUIET_TIME")
    #expect(DaemonConfiguration.Key.failedDir.environmentName == "FUNDSTELLE_FAILED_DIR")
    #expect(DaemonConfiguration.Key.store.environmentName == "FUNDSTELLE_STORE")
  }

  @Test(arguments: [
    (["inbox": "/i", "quiet-time": "soon"], "--quiet-time"),
    (["inbox": "/i", "workers": "0"], "--workers"),
    (["inbox": "/i", "polling": "sometimes"], "--polling"),
    (["inbox": "/i", "log-level": "loud"], "--log-level"),
    (["inbox": "/i", "quiet": "1"], "flags"),
    ([:], "configuration"),
  ])
  func badValuesNameTheirSource(flags: [String: String], source: String) {
    #expect {
      try DaemonConfiguration.load(flags: flags, environment: [:], file: nil)
    } throws: { error in
      (error as? DaemonConfigurationError)?.source == source
    }
  }

  @Test func badFileLinesNameTheLine() {
    #expect {
      try DaemonConfiguration.load(
        flags: ["inbox": "/i"], environment: [:], file: "# ok\nquiet-time = 1\nquite-time = 2\n")
    } throws: { error in
      let error = error as? DaemonConfigurationError
      return error?.source == "config file:3" && error?.message == "unknown key 'quite-time'"
    }
    #expect(throws: DaemonConfigurationError.self) {
      try DaemonConfiguration.load(flags: ["inbox": "/i"], environment: [:], file: "workers 2\n")
    }
  }

  @Test func configFileIsReadFromItsPathAndReloaded() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.root.appendingPathComponent("watch.conf")
    try "inbox = /a\nquiet-time = 1\n".write(to: path, atomically: true, encoding: .utf8)
    let first = try DaemonConfiguration.load(
      flags: [:], environment: ["FUNDSTELLE_CONFIG": path.path])
    #expect(first.quietTime == 1)
    #expect(first.configFile == path.path)
    try "inbox = /a\nquiet-time = 3\nlog-level = = x\n".write(
      to: path, atomically: true, encoding: .utf8)
    #expect {
      try first.reloaded()
    } throws: { error in
      (error as? DaemonConfigurationError)?.source == path.path + ":3"
    }
    try "inbox = /a\nquiet-time = 3\n".write(to: path, atomically: true, encoding: .utf8)
    #expect(try first.reloaded().quietTime == 3)
    #expect(throws: DaemonConfigurationError.self) {
      try DaemonConfiguration.load(flags: ["config": path.path + ".missing"], environment: [:])
    }
  }

  @Test(arguments: [
    ("0.5", 0.5), ("500ms", 0.5), ("30s", 30), ("5m", 300), ("1h", 3600), (" 2 ", 2),
  ])
  func durations(text: String, seconds: Double) {
    #expect(DurationParser.seconds(text) == seconds)
  }

  @Test(arguments: ["", "-1", "abc", "5 minutes", "nan", "1x"])
  func badDurations(text: String) {
    #expect(DurationParser.seconds(text) == nil)
  }
}
