import Foundation
import Logging

/// The watcher daemon: watches the inbox, hands every complete paper to `analyze` (in
/// parallel, on `configuration.workers` threads) and then to `commit` (serially, on the
/// thread that called `run()`: the single writer to the store), until SIGTERM or SIGINT.
///
/// The loop never deletes or moves a paper that was committed; only papers whose `analyze`
/// (or `commit`) fails with a non-transient error are moved to the failed folder. Papers in
/// the inbox are handed over again at every start, so `commit` must skip known content
/// (by hash): that is what makes a SIGKILL lose nothing and store nothing twice.
public struct Watcher<Analyzed: Sendable> {
  public let configuration: DaemonConfiguration
  public let control: WatcherControl
  private let analyze: @Sendable (URL) throws -> Analyzed
  private let commit: ([Analyzed]) -> [Result<JobOutcome, any Error>]
  private let logger: Logger

  /// - Parameters:
  ///   - configuration: see `DaemonConfiguration`.
  ///   - analyze: reads and extracts one paper; pure and thread-safe, runs in parallel.
  ///     Throw a `TransientError` (or ENOSPC/EBUSY as POSIXError) to retry later; any other
  ///     error moves the file to the failed folder with the message as reason.
  ///   - commit: stores the papers analysed since its last call (one, or dozens in a burst)
  ///     and says what happened to each, in their order: an outcome, or the error that kept
  ///     that paper out (treated as for `analyze`). Store them together, but see that one
  ///     bad paper takes no other with it. Runs on the `run()` thread only.
  ///   - logger: where the per-paper lines and errors go (stderr for journald).
  ///   - control: lets another thread stop the watcher as SIGTERM does.
  public init(
    configuration: DaemonConfiguration,
    analyze: @escaping @Sendable (URL) throws -> Analyzed,
    commit: @escaping ([Analyzed]) -> [Result<JobOutcome, any Error>],
    logger: Logger,
    control: WatcherControl = WatcherControl()
  ) {
    self.configuration = configuration
    self.analyze = analyze
    self.commit = commit
    self.logger = logger
    self.control = control
  }

  /// Runs until SIGTERM/SIGINT (or `control.requestStop()`), finishing the papers in hand,
  /// and returns normally (exit 0). Throws only if the inbox cannot be watched at all.
  public func run() throws {
    let loop = try IngestLoop(
      configuration: configuration, analyze: analyze, commit: commit, logger: logger,
      control: control)
    try loop.run()
  }
}
