import ArgumentParser
import Daemon
import DocumentModel
import Foundation
import Ingestion
import Logging
import Pipeline
import Store

/// `fundstelle watch INBOX`: the ingestion daemon (systemd Type=notify).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch an inbox folder and ingest every paper dropped into it (the daemon).",
    discussion: """
      Runs in the foreground and logs to stderr. Every setting can also come from the \
      environment (FUNDSTELLE_STORE, FUNDSTELLE_QUIET_TIME, …) or a config file (--config); \
      flags win over the environment, the environment over the file. SIGTERM finishes the \
      paper in hand and exits 0; SIGHUP reloads the config file. See docs/daemon.md.
      """)

  @Argument(help: "The inbox folder (or `inbox =` in the config file).") var inbox: String?
  @Option(help: "The SQLite store (default $FUNDSTELLE_STORE, else ./fundstelle.sqlite).")
  var store: String?
  @Option(help: "Where unreadable papers go (default: failed/ beside the inbox).")
  var failedDir: String?
  @Option(help: "JSON-lines file that new corrections are appended to.") var outbox: String?
  @Option(help: "How long a file must stay unchanged before it counts (e.g. 500ms).")
  var quietTime: String?
  @Option(help: "Full rescan interval as a safety net (e.g. 5m).") var rescanInterval: String?
  @Option(help: "Scan interval in polling mode (e.g. 2s).") var pollInterval: String?
  @Option(help: "auto (inotify, polling on network mounts), on, or off.") var polling: String?
  @Option(help: "Threads that read and extract papers (default: cores).") var workers: String?
  @Option(help: "trace, debug, info, notice, warning, error or critical.") var logLevel: String?
  @Option(help: "A config file of `key = value` lines.") var config: String?

  func run() throws {
    var flags: [String: String] = [:]
    let given: [(DaemonConfiguration.Key, String?)] = [
      (.inbox, inbox), (.store, store), (.failedDir, failedDir), (.outbox, outbox),
      (.quietTime, quietTime), (.rescanInterval, rescanInterval), (.pollInterval, pollInterval),
      (.polling, polling), (.workers, workers), (.logLevel, logLevel), (.config, config),
    ]
    for case (let key, let value?) in given { flags[key.rawValue] = value }
    let configuration: DaemonConfiguration
    do {
      configuration = try DaemonConfiguration.load(
        flags: flags, environment: ProcessInfo.processInfo.environment)
    } catch {
      throw ValidationError("\(error)")
    }
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = configuration.logLevel
      return handler
    }
    let logger = Logger(label: "fundstelle")
    let paperStore = try PaperStore(path: configuration.store)
    let analyzer = PaperAnalyzer()
    let committer = PaperCommitter(store: paperStore)
    let leftOver = LeftOver(committer: committer, analyzer: analyzer, logger: logger)
    let looks = Looks(store: paperStore, logger: logger)
    let watcher = Watcher<AnalyzedFile>(
      configuration: configuration,
      analyze: { url in
        let path = url.path
        let file = try AnalyzedFile.read(
          path, analyzer: analyzer, skippingKnownIn: paperStore, knowingByLook: true)
        guard !file.papers.isEmpty || file.known != nil else {
          throw ReadError(path: path, reason: .unsupportedFormat("the file holds no paper"))
        }
        return file
      },
      commit: { files in
        leftOver.linkIfDue()
        let results = leftOver.handOn(Self.commit(files, with: committer))
        looks.remember(files, results)
        return results
      },
      logger: logger)
    // Before the first walk: what a stopped run left unlinked is linked first.
    leftOver.linkIfDue()
    defer { looks.flush() }
    try watcher.run()
  }

  /// Stores and links the files analysed since the last call together (`PaperCommitter`);
  /// a file known by its bytes is a duplicate without touching the store. A store failure
  /// that is not the paper's fault is transient, so the daemon retries instead of
  /// quarantining a good paper. New corrections go to the outbox.
  static func commit(_ files: [AnalyzedFile], with committer: PaperCommitter)
    -> [Result<JobOutcome, any Error>]
  {
    var results: [Result<JobOutcome, any Error>?] = files.map { file in
      file.known.map {
        .success(JobOutcome(disposition: .duplicate, key: $0.paper.rawValue, kind: $0.kind))
      }
    }
    let new = files.indices.filter { files[$0].known == nil }
    for (i, committed) in zip(new, committer.commit(new.map { files[$0] })) {
      results[i] = committed.map { outcome(of: files[i], $0) }.mapError { error in
        if let error = error as? StoreError, error.isTransient {
          return RetryLater(error.description)
        }
        return error
      }
    }
    return results.map { $0 ?? .failure(RetryLater("not committed")) }
  }

  /// What the daemon logs of one committed file, and the corrections for its outbox.
  static func outcome(of file: AnalyzedFile, _ committed: PaperCommitter.Committed) -> JobOutcome {
    let papers = file.papers
    let outcomes = committed.outcomes
    guard let first = outcomes.first, let paper = papers.first else {
      return JobOutcome(disposition: .duplicate, key: "-", kind: "none")
    }
    let disposition: JobOutcome.Disposition
    switch first {
    case .inserted: disposition = .stored
    case .duplicate: disposition = .duplicate
    case .newVersion: disposition = .newVersion
    }
    var key = first.key.rawValue
    if outcomes.count > 1 { key += " (+\(outcomes.count - 1) more)" }
    return JobOutcome(
      disposition: disposition, key: key, kind: paper.document.kind.rawValue,
      references: papers.reduce(0) { $0 + $1.references.count },
      corrections: committed.links.correctionLines)
  }
}
