import Daemon
import Ingestion
import Logging
import Store
import Synchronization

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
