import Daemon
import Ingestion
import Logging
import Pipeline
import Synchronization

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
