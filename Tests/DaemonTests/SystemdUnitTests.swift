import Foundation
import TestSupport
import Testing

/// systemd/fundstelle.service: the settings issue 6 asks for, and `systemd-analyze verify`.
@Suite struct SystemdUnitTests {
  let unit = Repository.root.appendingPathComponent("systemd/fundstelle.service")

  /// `Key=value` lines of the unit (later lines win, as in systemd).
  func settings() throws -> [String: String] {
    var result: [String: String] = [:]
    for line in try String(contentsOf: unit, encoding: .utf8).split(separator: "\n") {
      guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
      result[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    return result
  }

  @Test func unitHasTheRequiredSettings() throws {
    let settings = try settings()
    let required = [
      "Type": "notify", "WatchdogSec": "30", "Restart": "on-failure",
      "ExecReload": "/bin/kill -HUP $MAINPID", "ProtectSystem": "strict", "ProtectHome": "yes",
      "PrivateTmp": "yes", "NoNewPrivileges": "yes", "RestrictAddressFamilies": "AF_UNIX",
      "SystemCallFilter": "@system-service",
    ]
    for (key, value) in required {
      #expect(settings[key] == value, "\(key)")
    }
    #expect(settings["StateDirectory"]?.split(separator: " ").first == "fundstelle")
    #expect(settings["ReadWritePaths"] != nil)
    #expect(
      settings["ExecStart"]
        == "/usr/local/bin/fundstelle watch --store /var/lib/fundstelle/fundstelle.sqlite /var/lib/fundstelle/inbox"
    )
  }

  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")
        || FileManager.default.isExecutableFile(atPath: "/bin/systemd-analyze")))
  func systemdAnalyzeVerifiesTheUnit() throws {
    let process = Process()
    process.executableURL = Repository.root.appendingPathComponent("systemd/verify-unit")
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
  }
}
