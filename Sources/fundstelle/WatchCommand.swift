import ArgumentParser
import Daemon
import DocumentModel
import Foundation
import Ingestion
import Logging
import Pipeline
import Store
import Synchronization

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

/// Links the versions left unlinked (`PaperCommitter.linkUnlinked`) before a commit: at the
/// first, those of a daemon or ingest stopped between storing and linking them; later, those
/// of a commit that failed, whose retry finds its papers stored and does not link them
/// again. The corrections they find go to the outbox with the next committed paper.
final class LeftOver: Sendable {
  private let committer: PaperCommitter
  private let analyzer: PaperAnalyzer
  private let logger: Logger
  /// Whether versions may be left unlinked, and the correction lines found for them and
  /// not yet handed on.
  private let state = Mutex((due: true, lines: [String]()))

  init(committer: PaperCommitter, analyzer: PaperAnalyzer, logger: Logger) {
    self.committer = committer
    self.analyzer = analyzer
    self.logger = logger
  }

  /// Links what is left unlinked, when a start or a failed commit may have left some.
  func linkIfDue() {
    guard state.withLock({ $0.due }) else { return }
    do {
      let (versions, links) = try committer.linkUnlinked(analyzer: analyzer)
      for error in links.unreadable {
        logger.warning("a stored paper left unlinked cannot be read again: \(error)")
      }
      if versions > 0 {
        logger.info(
          "linked \(versions) stored paper(s) left unlinked by a stopped run or a failed commit: \(links.corrections.count) new correction(s), \(links.changeCount) change(s)"
        )
      }
      state.withLock {
        $0.due = false
        $0.lines += links.correctionLines
      }
    } catch {
      logger.error(
        "linking stored papers left unlinked failed (tried again at the next commit): \(error)")
    }
  }

  /// `results`, the first success carrying the correction lines found for left-over papers;
  /// a failure makes linking due again.
  func handOn(_ results: [Result<JobOutcome, any Error>]) -> [Result<JobOutcome, any Error>] {
    var results = results
    state.withLock { state in
      if results.contains(where: { if case .failure = $0 { true } else { false } }) {
        state.due = true
      }
      guard !state.lines.isEmpty,
        let first = results.firstIndex(where: { if case .success = $0 { true } else { false } }),
        case .success(var outcome) = results[first]
      else { return }
      outcome.corrections = state.lines + outcome.corrections
      results[first] = .success(outcome)
      state.lines = []
    }
    return results
  }
}

/// Remembers how committed files looked when they were hashed (`PaperStore.remember`), so
/// that the next start knows them by `stat` (`AnalyzedFile.read(…, knowingByLook:)`). Files
/// known that way already are not written again. Written a thousand at a time or every
/// few seconds: a catch-up of stored papers commits a few files per turn, and a write
/// transaction for each turn doubled its time. It is only a cache: files not written when
/// the daemon stops are hashed at the next start.
final class Looks: Sendable {
  private let store: PaperStore
  private let logger: Logger
  private let pending = Mutex((files: [HashedFile](), since: ContinuousClock.now))

  init(store: PaperStore, logger: Logger) {
    self.store = store
    self.logger = logger
  }

  func remember(_ files: [AnalyzedFile], _ results: [Result<JobOutcome, any Error>]) {
    let due = pending.withLock { pending -> [HashedFile] in
      for (file, result) in zip(files, results) {
        guard case .success = result, let hashed = file.hashed else { continue }
        pending.files.append(hashed)
      }
      guard pending.files.count >= 1_000 || ContinuousClock.now - pending.since > .seconds(5)
      else { return [] }
      defer { pending = ([], ContinuousClock.now) }
      return pending.files
    }
    write(due)
  }

  /// Writes what is pending (when the daemon stops).
  func flush() {
    write(
      pending.withLock { pending in
        defer { pending = ([], ContinuousClock.now) }
        return pending.files
      })
  }

  private func write(_ due: [HashedFile]) {
    do {
      try store.remember(due)
    } catch {
      logger.debug("could not remember how \(due.count) file(s) looked: \(error)")
    }
  }
}
