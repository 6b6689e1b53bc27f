import Foundation
import Logging

/// Everything the watcher can be told, merged from flags, environment variables and an
/// optional `key = value` file (flags > environment > file > defaults). The keys are listed
/// in `DaemonConfiguration.Key`; docs/daemon.md is the reference.
public struct DaemonConfiguration: Sendable, Equatable {
  /// When to watch by polling instead of inotify.
  public enum PollingMode: String, Sendable, Equatable, CaseIterable {
    /// inotify, unless it cannot be set up or the inbox is on a network file system.
    case auto
    /// Always poll.
    case on
    /// Never poll: fail if inotify cannot watch the inbox.
    case off
  }

  /// The folder watched for papers.
  public var inbox: URL
  /// The store's path, passed through to the injected job (the daemon does not open it).
  public var store: String
  /// Where unreadable papers go; default `<parent of inbox>/failed`.
  public var failedDirectory: URL
  /// JSON-lines file the corrections of each paper are appended to; `nil` disables it.
  /// Default `<parent of inbox>/outbox.jsonl`.
  public var outbox: URL?
  /// How long size and mtime of a finished file must stay unchanged (seconds).
  public var quietTime: Double
  /// Interval of the full safety-net rescan (seconds).
  public var rescanInterval: Double
  /// Interval between scans in polling mode (seconds).
  public var pollInterval: Double
  public var polling: PollingMode
  /// Parallel analyze workers (commits are always serial).
  public var workers: Int
  public var logLevel: Logger.Level
  /// The config file in use, re-read on SIGHUP.
  public var configFile: String?
  /// `$NOTIFY_SOCKET`: where sd_notify datagrams go (`nil`: not under systemd).
  public var notifySocket: String?
  /// `$WATCHDOG_USEC` in seconds: the watchdog timeout systemd expects pings within.
  public var watchdogTimeout: Double?
  /// `$WATCHDOG_PID`: if set, the watchdog is meant for that process only.
  public var watchdogPID: Int32?
  /// Papers in hand (waiting for quiet, ready, in flight, retried) up to which a walk of
  /// the inbox hands on more. It bounds memory however many papers wait in the inbox, and
  /// it is far above what the workers take in one quiet time (at the default 0.5 s, 40,000
  /// papers/s). Not a key: tests set it low.
  var inHandLimit = 20_000

  /// The flags and environment this configuration was merged from, kept for a reload.
  public var flags: [String: String]
  public var environment: [String: String]

  /// A configuration key: its name in flags (`--quiet-time`) and config files (`quiet-time`)
  /// and its environment variable (`FUNDSTELLE_QUIET_TIME`).
  public enum Key: String, Sendable, CaseIterable {
    case inbox
    case store
    case failedDir = "failed-dir"
    case outbox
    case quietTime = "quiet-time"
    case rescanInterval = "rescan-interval"
    case pollInterval = "poll-interval"
    case polling
    case workers
    case logLevel = "log-level"
    case config

    /// The environment variable, e.g. `FUNDSTELLE_QUIET_TIME`.
    public var environmentName: String {
      "FUNDSTELLE_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }
  }

  /// Defaults where nothing is given.
  public enum Defaults {
    public static let store = "./fundstelle.sqlite"
    public static let quietTime = 0.5
    public static let rescanInterval = 300.0
    public static let pollInterval = 2.0
    public static let polling = PollingMode.auto
    public static let logLevel = Logger.Level.info
    public static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
  }

  /// Merges flags > environment > file > defaults. Pure: `file` is the config file's text
  /// (or `nil`), nothing is read from disk.
  /// - Parameters:
  ///   - flags: values given on the command line, keyed by `Key.rawValue` (`"quiet-time"`).
  ///   - environment: the process environment (`FUNDSTELLE_*`, `NOTIFY_SOCKET`, `WATCHDOG_*`).
  ///   - file: the text of the config file, if there is one.
  public static func load(
    flags: [String: String], environment: [String: String], file: String?
  ) throws -> DaemonConfiguration {
    for name in flags.keys where Key(rawValue: name) == nil {
      throw DaemonConfigurationError(source: "flags", message: "unknown option --\(name)")
    }
    let fileValues = try file.map { try ConfigFileParser.parse($0) } ?? [:]
    let configPath = value(.config, flags, environment, [:])?.value

    func raw(_ key: Key) -> (value: String, source: String)? {
      value(key, flags, environment, fileValues, configPath: configPath)
    }

    guard let inboxValue = raw(.inbox), !inboxValue.value.isEmpty else {
      throw DaemonConfigurationError(
        source: "configuration",
        message: "no inbox given (argument INBOX, \(Key.inbox.environmentName) or `inbox =`)")
    }
    let inbox = URL(fileURLWithPath: inboxValue.value).standardizedFileURL
    let parent = inbox.deletingLastPathComponent()
    let failed =
      raw(.failedDir).map { URL(fileURLWithPath: $0.value).standardizedFileURL }
      ?? parent.appendingPathComponent("failed")
    let outbox: URL?
    if let given = raw(.outbox) {
      let off = ["", "off", "none", "no"].contains(given.value.lowercased())
      outbox = off ? nil : URL(fileURLWithPath: given.value).standardizedFileURL
    } else {
      outbox = parent.appendingPathComponent("outbox.jsonl")
    }

    var polling = Defaults.polling
    if let given = raw(.polling) {
      switch given.value.lowercased() {
      case "auto": polling = .auto
      case "on", "yes", "true", "1": polling = .on
      case "off", "no", "false", "0": polling = .off
      default:
        throw DaemonConfigurationError(
          source: given.source, message: "polling: expected auto, on or off, got '\(given.value)'")
      }
    }
    var workers = Defaults.workers
    if let given = raw(.workers) {
      guard let count = Int(given.value), (1...256).contains(count) else {
        throw DaemonConfigurationError(
          source: given.source, message: "workers: expected 1...256, got '\(given.value)'")
      }
      workers = count
    }
    var logLevel = Defaults.logLevel
    if let given = raw(.logLevel) {
      guard let level = Logger.Level(rawValue: given.value.lowercased()) else {
        let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
        throw DaemonConfigurationError(
          source: given.source, message: "log-level: expected one of \(names), got '\(given.value)'"
        )
      }
      logLevel = level
    }

    var watchdog: Double?
    if let usec = environment["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0 {
      watchdog = Double(usec) / 1_000_000
    }
    let notify = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }

    return DaemonConfiguration(
      inbox: inbox,
      store: raw(.store)?.value ?? Defaults.store,
      failedDirectory: failed,
      outbox: outbox,
      quietTime: try duration(.quietTime, raw(.quietTime)) ?? Defaults.quietTime,
      rescanInterval: try duration(.rescanInterval, raw(.rescanInterval))
        ?? Defaults.rescanInterval,
      pollInterval: try duration(.pollInterval, raw(.pollInterval)) ?? Defaults.pollInterval,
      polling: polling,
      workers: workers,
      logLevel: logLevel,
      configFile: configPath,
      notifySocket: notify,
      watchdogTimeout: watchdog,
      watchdogPID: environment["WATCHDOG_PID"].flatMap(Int32.init),
      flags: flags,
      environment: environment)
  }

  /// Loads with the config file named by `--config` or `$FUNDSTELLE_CONFIG`, if any
  /// (a named file that cannot be read is an error).
  public static func load(
    flags: [String: String], environment: [String: String]
  ) throws -> DaemonConfiguration {
    guard let path = flags[Key.config.rawValue] ?? environment[Key.config.environmentName],
      !path.isEmpty
    else {
      return try load(flags: flags, environment: environment, file: nil)
    }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw DaemonConfigurationError(source: path, message: "cannot read the config file")
    }
    do {
      return try load(flags: flags, environment: environment, file: text)
    } catch var error as DaemonConfigurationError {
      if error.source.hasPrefix("config file") {
        error.source = path + error.source.dropFirst("config file".count)
      }
      throw error
    }
  }

  /// The same flags and environment with the config file read again (SIGHUP).
  public func reloaded() throws -> DaemonConfiguration {
    try DaemonConfiguration.load(flags: flags, environment: environment)
  }

  private static func value(
    _ key: Key, _ flags: [String: String], _ environment: [String: String],
    _ file: [String: (value: String, line: Int)], configPath: String? = nil
  ) -> (value: String, source: String)? {
    if let flag = flags[key.rawValue] { return (flag, "--\(key.rawValue)") }
    if let env = environment[key.environmentName] { return (env, key.environmentName) }
    if let entry = file[key.rawValue] {
      return (entry.value, "\(configPath ?? "config file"):\(entry.line)")
    }
    return nil
  }

  private static func duration(
    _ key: Key, _ given: (value: String, source: String)?
  ) throws -> Double? {
    guard let given else { return nil }
    guard let seconds = DurationParser.seconds(given.value) else {
      throw DaemonConfigurationError(
        source: given.source,
        message:
          "\(key.rawValue): expected seconds such as 0.5, 500ms, 30s, 5m, got '\(given.value)'")
    }
    return seconds
  }
}

/// A configuration value that cannot be used, naming where it came from.
public struct DaemonConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A flag (`--workers`), an environment variable, or `path:line` of the config file.
  public var source: String
  public var message: String

  public var description: String { "\(source): \(message)" }
}
