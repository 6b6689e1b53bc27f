import Foundation
import Logging

@testable import Daemon

/// What the fake `analyze` makes of a file.
struct FakePaper: Sendable {
  var path: String
  var contents: String
}

/// A paper the fake reader refuses, as a real reader refuses a binary file.
struct UnreadablePaper: Error, CustomStringConvertible {
  var path: String
  var description: String { "\(path): the file is binary, not text or XML" }
}

/// Records what the injected closures saw and behaves like the store: content already held
/// is a duplicate; the same name with other content is a new version.
final class FakeStore: @unchecked Sendable {
  private let lock = NSLock()
  private var analyzedPaths: [String] = []
  private var contentsByName: [String: String] = [:]
  private var storedContents: Set<String> = []
  private var outcomes: [(name: String, outcome: JobOutcome)] = []
  /// Commits that fail with a transient error before the store "recovers".
  var transientFailures = 0
  /// Corrections each commit reports (JSON lines).
  var corrections: (FakePaper) -> [String] = { _ in [] }

  /// The `analyze` closure: reads the whole file; files starting with `%BINARY` are refused.
  var analyze: @Sendable (URL) throws -> FakePaper {
    { [self] url in
      let data = try Data(contentsOf: url)
      let contents = String(decoding: data, as: UTF8.self)
      lock.withLock { analyzedPaths.append(url.path) }
      if contents.hasPrefix("%BINARY") { throw UnreadablePaper(path: url.path) }
      return FakePaper(path: url.path, contents: contents)
    }
  }

  /// The `commit` closure: each paper on its own, as the real one falls back to when a
  /// batch fails.
  func commit(_ papers: [FakePaper]) -> [Result<JobOutcome, any Error>] {
    lock.withLock { batches.append(papers.count) }
    return papers.map { paper in Result { try commit(paper) } }
  }

  /// How many papers each `commit` call took.
  var batchSizes: [Int] { lock.withLock { batches } }
  private var batches: [Int] = []

  private func commit(_ paper: FakePaper) throws -> JobOutcome {
    try lock.withLock {
      if transientFailures > 0 {
        transientFailures -= 1
        throw RetryLater("database is locked")
      }
      let name = URL(fileURLWithPath: paper.path).lastPathComponent
      let key = "nw/drs/16/" + name
      let outcome: JobOutcome
      if storedContents.contains(paper.contents) {
        outcome = JobOutcome(disposition: .duplicate, key: key, kind: "drucksache")
      } else {
        let disposition: JobOutcome.Disposition =
          contentsByName[name] == nil ? .stored : .newVersion
        storedContents.insert(paper.contents)
        contentsByName[name] = paper.contents
        outcome = JobOutcome(
          disposition: disposition, key: key, kind: "drucksache", references: 2,
          corrections: corrections(paper))
      }
      outcomes.append((name, outcome))
      return outcome
    }
  }

  /// How often `analyze` saw each file name.
  func analyzeCount(_ name: String) -> Int {
    lock.withLock { analyzedPaths.filter { $0.hasSuffix("/" + name) }.count }
  }

  var analyzedNames: [String] {
    lock.withLock { analyzedPaths.map { URL(fileURLWithPath: $0).lastPathComponent } }
  }

  /// The contents stored under a name (the last version).
  func stored(_ name: String) -> String? { lock.withLock { contentsByName[name] } }

  var storedNames: Set<String> { lock.withLock { Set(contentsByName.keys) } }

  func dispositions(_ name: String) -> [JobOutcome.Disposition] {
    lock.withLock { outcomes.filter { $0.name == name }.map(\.outcome.disposition) }
  }

  /// How often each content was stored (not counting duplicates).
  var storeCounts: [String: Int] {
    lock.withLock {
      var counts: [String: Int] = [:]
      for (name, outcome) in outcomes where outcome.disposition != .duplicate {
        counts[name, default: 0] += 1
      }
      return counts
    }
  }
}

/// Keeps every log line, for assertions on what the daemon said.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [(Logger.Level, String)] = []

  func append(_ level: Logger.Level, _ line: String) {
    lock.withLock { lines.append((level, line)) }
  }

  var all: [String] { lock.withLock { lines.map(\.1) } }

  func contains(_ fragment: String) -> Bool { all.contains { $0.contains(fragment) } }

  var logger: Logger {
    Logger(label: "test") { _ in CapturingHandler(lines: self) }
  }
}

struct CapturingHandler: LogHandler {
  let lines: LogLines
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace
  var metadataProvider: Logger.MetadataProvider?

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    lines.append(event.level, "\(event.message)")
  }
}

/// A watcher running on its own thread, as `fundstelle watch` runs it, with a notify socket
/// to know when it is ready.
final class RunningWatcher: @unchecked Sendable {
  let control = WatcherControl()
  let notify: NotifyListener
  let log = LogLines()
  private let finished = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var failure: (any Error)?

  /// Starts the watcher with short test timings (except for the keys in `leaveToFile`, which
  /// a config file is to set); call `ready()` before dropping files that must not be caught up.
  init(
    _ scratch: Scratch, store: FakeStore, flags: [String: String] = [:],
    environment: [String: String] = [:], leaveToFile: Set<String> = [],
    inHandLimit: Int? = nil
  ) throws {
    notify = try NotifyListener(directory: scratch.root)
    var allFlags = [
      "inbox": scratch.inbox.path, "quiet-time": "0.2", "rescan-interval": "1h", "workers": "2",
      "log-level": "debug",
    ]
    allFlags.merge(flags) { $1 }
    for key in leaveToFile { allFlags[key] = nil }
    var env = environment
    env["NOTIFY_SOCKET"] = notify.name
    var loaded = try DaemonConfiguration.load(flags: allFlags, environment: env)
    if let inHandLimit { loaded.inHandLimit = inHandLimit }
    let configuration = loaded
    let control = control
    let logger = log.logger
    Thread { [self] in
      let watcher = Watcher(
        configuration: configuration, analyze: store.analyze, commit: store.commit,
        logger: logger, control: control)
      do { try watcher.run() } catch { lock.withLock { failure = error } }
      finished.signal()
    }.start()
  }

  /// Waits for READY=1.
  func ready() async -> Bool { await waitUntil { notify.hasLine("READY=1") } }

  /// Stops the watcher as SIGTERM would and waits for `run()` to return.
  func stop() -> Bool {
    control.requestStop()
    return finished.wait(timeout: .now() + 30) == .success
  }

  var error: (any Error)? { lock.withLock { failure } }
}
