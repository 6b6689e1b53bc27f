import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// The single-threaded heart of the watcher: poll() on the change source and the wake pipe,
/// quiet-time tracking, dispatch to the worker pool with a bounded number in flight, serial
/// commits, failures, retries, outbox, sd_notify.
final class IngestLoop<Analyzed: Sendable> {
  private var configuration: DaemonConfiguration
  private var logger: Logger
  private let analyze: @Sendable (URL) throws -> Analyzed
  private let commit: ([Analyzed]) -> [Result<JobOutcome, any Error>]
  private let wake: WakePipe
  private let notify: SDNotify?
  private let root: String
  private var scanner: InboxScanner

  private var source: (any ChangeSource)?
  private var tracker: QuietTracker
  /// Papers handled (committed, or failed in place) at the stamp they had then.
  private var handled = HandledFiles()
  /// The walk under way, if any, and the walks asked for since.
  private var walk: WalkInProgress?
  private var fullWalkWanted: String?
  private var directoriesToWalk: [String] = []
  /// The number of the latest full walk; see `HandledFiles`.
  private var fullWalks: UInt32 = 0
  /// The files the catch-up walk found, once it has ended, until nothing is in hand: then
  /// one line says what the start caught up on (its duplicates are not logged one by one).
  private var caughtUpFiles: Int?
  /// Complete papers waiting for a worker, first come first served.
  private var ready: [Job] = []
  private var readyHead = 0
  private var readyPaths: Set<String> = []
  /// Papers with a transient failure, waiting for their retry time.
  private var delayed: [String: (notBefore: Double, job: Job)] = [:]
  private var inFlight: [String: Job] = [:]
  /// A newer job for a path that is in flight, run after it.
  private var afterFlight: [String: Job] = [:]
  /// Jobs are committed in the order they were handed to the workers, whichever finishes
  /// first: an Antrag found before its Neudruck is stored before it, as `ingest` does.
  /// These finished before a job handed on earlier, and wait for it.
  private var finishedEarly: [Int: Finished<Analyzed>] = [:]
  private var nextSequence = 0
  private var nextToCommit = 0
  /// The sizes of the files in flight, for `flightBudget`.
  private var inFlightBytes: Int64 = 0
  /// `workers` changes only with a restart, so the budget is made once.
  private let flightBudget: FlightBudget
  private var outboxBacklog: [String] = []
  private var counts = Counts()
  private var stopping = false

  private var nextRescan = 0.0
  private var nextPoll = 0.0
  private var nextWatchdog: Double?
  private var nextStatus = 0.0
  private var statusDirty = true

  /// How long shutdown waits for the papers in hand.
  static var shutdownGrace: Double { 10 }
  /// Entries a walk takes per turn of the loop at most, and the time it may take for them
  /// (a `stat` on a network mount can take a millisecond), so events and commits are not
  /// held up.
  static var walkStep: Int { 2_000 }
  static var walkStepSeconds: Double { 0.02 }

  /// A walk of the whole inbox (`full`) or of a directory that appeared.
  private struct WalkInProgress {
    var entries: InboxWalk
    var full: Bool
    var reason: String
    var directories: [String] = []
    var files = 0
    var handedOn = 0
    /// The most papers in hand when the walk handed one on (at most the limit).
    var mostInHand = 0
  }

  struct Counts {
    var stored = 0
    var duplicates = 0
    var versions = 0
    var failed = 0
    var retries = 0
  }

  init(
    configuration: DaemonConfiguration,
    analyze: @escaping @Sendable (URL) throws -> Analyzed,
    commit: @escaping ([Analyzed]) -> [Result<JobOutcome, any Error>],
    logger: Logger,
    control: WatcherControl
  ) throws {
    self.configuration = configuration
    self.logger = logger
    self.logger.logLevel = configuration.logLevel
    self.analyze = analyze
    self.commit = commit
    guard let pipe = control.pipe else {
      throw POSIXError(.EMFILE)
    }
    wake = pipe
    notify = SDNotify(socketName: configuration.notifySocket)
    root = configuration.inbox.path
    scanner = InboxScanner(excluded: IngestLoop.excludedPaths(configuration))
    tracker = QuietTracker(quietTime: configuration.quietTime)
    flightBudget = FlightBudget(workers: configuration.workers)
  }

  static func excludedPaths(_ configuration: DaemonConfiguration) -> Set<String> {
    var paths: Set<String> = [configuration.failedDirectory.path]
    if let outbox = configuration.outbox { paths.insert(outbox.path) }
    return paths
  }

  // MARK: - Running

  func run() throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw DaemonConfigurationError(source: root, message: "the inbox is not a directory")
    }
    let slot = SignalRelay.subscribe(writeFD: wake.writeFD)
    defer { if let slot { SignalRelay.unsubscribe(slot: slot) } }
    if slot == nil { logger.warning("signal relay full: SIGTERM/SIGHUP not handled") }

    let source = try makeSource()
    self.source = source
    let pool = WorkerPool<Analyzed>(
      workers: configuration.workers, wake: wake, analyze: analyze)

    // The watch is set up first, then the catch-up walk: nothing dropped in between is
    // missed. The walk goes on as the loop turns, as far as there is room in hand.
    let now = Monotonic.now()
    askForFullWalk(reason: "catch-up")
    nextRescan = now + configuration.rescanInterval
    nextPoll = now + configuration.pollInterval
    setUpWatchdog(now: now)
    notify?.send("READY=1\nSTATUS=\(statusLine())")
    logger.info(
      "watching \(root) via \(source.name) (workers \(configuration.workers), quiet time \(configuration.quietTime)s)"
    )

    while !stopping {
      waitForEvents(source: source)
      let now = Monotonic.now()
      handleWakeBytes()
      collect(pool)
      if stopping { break }
      if source.pollDescriptor != nil {
        apply(source.readChanges(), now: now)  // inotify: non-blocking, drains the queue
      } else if now >= nextPoll, walk?.full != true, fullWalkWanted == nil {
        // Polling: the interval runs from the end of the last walk (`endWalk`), so a walk
        // that takes longer than it (a large inbox on a network mount) is not followed by
        // the next at once.
        apply(source.readChanges(), now: now)
        nextPoll = now + configuration.pollInterval
      }
      if now >= nextRescan {
        askForFullWalk(reason: "periodic rescan")
        nextRescan = now + configuration.rescanInterval
      }
      advanceWalk(now: now)
      for (path, stamp, foundByWalk) in tracker.takeReady(now: now) {
        enqueue(Job(path: path, stamp: stamp, attempt: 0, foundByWalk: foundByWalk))
      }
      releaseDelayed(now: now)
      dispatch(pool)
      housekeeping(now: Monotonic.now())
    }
    shutDown(pool)
  }

  private func makeSource() throws -> any ChangeSource {
    let network = FileSystemKind.networkFileSystem(at: root)
    var inotify: InotifyWatcher?
    var failure: String?
    if configuration.polling != .on {
      do {
        if network == nil || configuration.polling == .off {
          inotify = try InotifyWatcher(root: root, scanner: scanner)
        }
      } catch {
        failure = String(describing: error)
      }
    }
    let mode = WatchMode.choose(
      setting: configuration.polling, networkFileSystem: network,
      inotifyAvailable: inotify != nil)
    switch mode {
    case .inotify?:
      if let inotify { return inotify }
    case .polling?:
      if let network, configuration.polling == .auto {
        logger.notice("the inbox is on \(network): polling every \(configuration.pollInterval)s")
      } else if let failure {
        logger.warning("inotify unavailable (\(failure)): polling instead")
      }
      return PollingWatcher(root: root, scanner: scanner)
    case nil:
      break
    }
    throw DaemonConfigurationError(
      source: root, message: "cannot watch the inbox with inotify: \(failure ?? "unknown")")
  }

  private func waitForEvents(source: any ChangeSource) {
    let now = Monotonic.now()
    var deadline = now + 5
    if let due = tracker.nextDue { deadline = min(deadline, due) }
    if readyHead < ready.count, hasRoomInFlight { deadline = now }
    if walkCanAdvance { deadline = now }
    deadline = min(deadline, nextRescan)
    if source.pollDescriptor == nil, walk?.full != true, fullWalkWanted == nil {
      deadline = min(deadline, nextPoll)
    }
    if let watchdog = nextWatchdog { deadline = min(deadline, watchdog) }
    if statusDirty { deadline = min(deadline, nextStatus) }
    if let retry = delayed.values.map(\.notBefore).min() { deadline = min(deadline, retry) }
    if !outboxBacklog.isEmpty { deadline = min(deadline, now + 1) }
    let milliseconds = Int32(max(0, min(5_000, ((deadline - now) * 1000).rounded(.up))))
    var fds = [pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)]
    if let fd = source.pollDescriptor {
      fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0))
    }
    _ = poll(&fds, nfds_t(fds.count), milliseconds)  // EINTR: just loop
  }

  /// The commit takes every paper finished since the last one, so in a burst it stores and
  /// links dozens at once and the workers are not left idle by the single writer; analysed
  /// papers are held in memory, so their number and size are bounded (`FlightBudget`).
  private var hasRoomInFlight: Bool {
    flightBudget.admits(papers: inFlight.count, bytes: inFlightBytes)
  }

  private func handleWakeBytes() {
    for byte in wake.drain() {
      switch byte {
      case WakePipe.stopRequested, UInt8(SIGTERM), UInt8(SIGINT):
        if !stopping {
          logger.info("stopping: finishing \(inFlight.count) paper(s) in hand")
          notify?.send("STOPPING=1")
        }
        stopping = true
      case UInt8(SIGHUP):
        reload()
      default:
        break  // results ready: collected right after
      }
    }
  }

  // MARK: - Changes

  private func apply(_ changes: [Change], now: Double) {
    for change in changes {
      switch change {
      case .completed(let path):
        tracker.note(path, now: now)
      case .writing(let path):
        tracker.writing(path)
      case .removed(let path):
        tracker.forget(path)
        handled.remove(path)
      case .newDirectory(let path):
        if fullWalkWanted == nil { directoriesToWalk.append(path) }
      case .unwatched(let directory, let reason):
        logger.warning(
          "cannot watch \(directory) (\(reason)); only the periodic rescan sees papers there")
      case .rescan(let reason):
        askForFullWalk(reason: reason)
      }
    }
  }

  // MARK: - Walks

  /// A full walk replaces any walk asked for and not yet begun; one under way goes on, and
  /// the next full walk begins when it ends.
  private func askForFullWalk(reason: String) {
    if fullWalkWanted == nil { fullWalkWanted = reason }
    directoriesToWalk = []
  }

  private var inHand: Int {
    tracker.pendingCount + (ready.count - readyHead) + inFlight.count + delayed.count
      + afterFlight.count
  }

  /// Somewhere between the quiet tracker and the commit.
  private func isInHand(_ path: String) -> Bool {
    readyPaths.contains(path) || inFlight[path] != nil || tracker.isPending(path)
      || delayed[path] != nil || afterFlight[path] != nil
  }

  private var walkCanAdvance: Bool {
    (walk != nil || fullWalkWanted != nil || !directoriesToWalk.isEmpty)
      && inHand < configuration.inHandLimit
  }

  /// Takes up to `walkStep` entries of the walk under way (beginning the next one asked
  /// for), handing each file that is not handled at its stamp, nor in hand, to the quiet
  /// tracker, while fewer than `configuration.inHandLimit` papers are in hand.
  private func advanceWalk(now: Double) {
    var step = 0
    let deadline = now + Self.walkStepSeconds
    while step < Self.walkStep, inHand < configuration.inHandLimit {
      if step % 64 == 63, Monotonic.now() > deadline { return }
      if walk == nil, !beginWalk() { return }
      guard let entry = walk?.entries.next() else {
        endWalk()
        continue
      }
      step += 1
      switch entry {
      case .directory(let path):
        if walk?.full == true { walk?.directories.append(path) }
      case .file(let path, let stamp):
        walk?.files += 1
        let seen =
          walk?.full == true
          ? handled.see(path, at: stamp, walk: fullWalks) : handled.contains(path, at: stamp)
        if seen || isInHand(path) { continue }
        tracker.note(path, now: now, foundByWalk: true, stamp: stamp)
        walk?.handedOn += 1
        let most = max(walk?.mostInHand ?? 0, inHand)
        walk?.mostInHand = most
      }
    }
  }

  private func beginWalk() -> Bool {
    if let reason = fullWalkWanted {
      fullWalkWanted = nil
      fullWalks += 1
      walk = WalkInProgress(entries: scanner.walk(root), full: true, reason: reason)
    } else if let directory = directoriesToWalk.popLast() {
      walk = WalkInProgress(
        entries: scanner.walk(directory), full: false, reason: "new directory \(directory)")
    } else {
      return false
    }
    return true
  }

  private func endWalk() {
    guard let done = walk else { return }
    walk = nil
    if done.full {
      nextPoll = max(nextPoll, Monotonic.now() + configuration.pollInterval)
      source?.refresh(directories: done.directories)
      handled.removeAll(notSeenSince: fullWalks)
      if fullWalks == 1 { caughtUpFiles = done.files }
    }
    logger.debug(
      "\(done.reason): \(done.files) file(s), \(done.handedOn) to check, at most \(done.mostInHand) in hand"
    )
  }

  // MARK: - Work

  private func enqueue(_ job: Job) {
    if handled.contains(job.path, at: job.stamp) { return }  // closed again without a change
    if readyPaths.contains(job.path) { return }
    ready.append(job)
    readyPaths.insert(job.path)
  }

  private func dispatch(_ pool: WorkerPool<Analyzed>) {
    while hasRoomInFlight, readyHead < ready.count {
      let job = ready[readyHead]
      readyHead += 1
      if inFlight[job.path] != nil {
        // One job per path at a time: this one runs when the other has been committed.
        readyPaths.remove(job.path)
        afterFlight[job.path] = job
        continue
      }
      readyPaths.remove(job.path)
      var numbered = job
      numbered.sequence = nextSequence
      nextSequence += 1
      inFlight[job.path] = numbered
      inFlightBytes += numbered.stamp.size
      pool.submit(numbered)
    }
    if readyHead == ready.count {
      ready.removeAll(keepingCapacity: true)
      readyHead = 0
    } else if readyHead > 1024, readyHead * 2 > ready.count {
      ready.removeFirst(readyHead)
      readyHead = 0
    }
  }

  private func releaseDelayed(now: Double) {
    guard !delayed.isEmpty else { return }
    for (path, item) in delayed where item.notBefore <= now {
      delayed[path] = nil
      guard let stamp = FileStamp.of(path) else { continue }  // gone meanwhile
      var job = item.job
      job.stamp = stamp
      ready.append(job)
      readyPaths.insert(path)
    }
  }

  /// Commits what the workers finished since the last call, in the order the jobs were
  /// handed to them, in one `commit` call.
  private func collect(_ pool: WorkerPool<Analyzed>) {
    for done in pool.takeFinished() { finishedEarly[done.job.sequence] = done }
    var finished: [Finished<Analyzed>] = []
    while let done = finishedEarly.removeValue(forKey: nextToCommit) {
      finished.append(done)
      nextToCommit += 1
    }
    guard !finished.isEmpty else { return }
    var read: [Finished<Analyzed>] = []
    var analyzed: [Analyzed] = []
    for done in finished {
      switch done.result {
      case .success(let paper):
        read.append(done)
        analyzed.append(paper)
      case .failure(let error):
        failed(done.job, error, stage: "read")
      }
    }
    if !analyzed.isEmpty {
      let start = Monotonic.now()
      var outcomes = commit(analyzed)
      let seconds = Monotonic.now() - start
      if outcomes.count != read.count {
        let message = "commit returned \(outcomes.count) results for \(read.count) papers"
        outcomes = read.map { _ in .failure(RetryLater(message)) }
      }
      for (done, outcome) in zip(read, outcomes) {
        switch outcome {
        case .success(let outcome):
          // The paper's analysis and the commit it was part of.
          let milliseconds = Int(((done.seconds + seconds) * 1000).rounded())
          committed(done.job, outcome, milliseconds: milliseconds)
        case .failure(let error):
          failed(done.job, error, stage: "store")
        }
      }
    }
    for done in finished {
      if inFlight.removeValue(forKey: done.job.path) != nil {
        inFlightBytes -= done.job.stamp.size
      }
      if let next = afterFlight.removeValue(forKey: done.job.path),
        let stamp = FileStamp.of(next.path)
      {
        var again = next
        again.stamp = stamp
        enqueue(again)
      }
    }
    pingWatchdog(now: Monotonic.now())
  }

  private func committed(_ job: Job, _ outcome: JobOutcome, milliseconds: Int) {
    handled.record(job.path, at: job.stamp, walk: fullWalks)
    statusDirty = true
    let file = relative(job.path)
    switch outcome.disposition {
    case .duplicate:
      counts.duplicates += 1
      // Logged for a paper dropped in, but not for each of the stored papers a start walks
      // again: a million lines would hit journald's rate limit and hide real errors.
      logger.log(
        level: job.foundByWalk ? .debug : .info,
        "duplicate \(outcome.key) skipped (same content already stored) file=\(file)")
      return
    case .stored: counts.stored += 1
    case .newVersion: counts.versions += 1
    }
    logger.info(
      "\(outcome.disposition.rawValue) \(outcome.key) kind=\(outcome.kind) references=\(outcome.references) corrections=\(outcome.corrections.count) ms=\(milliseconds) file=\(file)"
    )
    outboxBacklog += outcome.corrections
    flushOutbox()
  }

  private func failed(_ job: Job, _ error: any Error, stage: String) {
    let message = ErrorClassifier.message(error)
    let file = job.path  // errors name the file in full
    guard FileManager.default.fileExists(atPath: job.path) else {
      logger.debug("\(file) vanished before it was handled")
      return
    }
    if ErrorClassifier.isTransient(error) {
      var retry = job
      retry.attempt += 1
      let delay = Backoff.delay(attempt: retry.attempt)
      delayed[retry.path] = (Monotonic.now() + delay, retry)
      counts.retries += 1
      logger.warning(
        "\(file): \(stage) failed for now (\(message)); retry \(retry.attempt) in \(delay)s")
      return
    }
    counts.failed += 1
    statusDirty = true
    do {
      let target = try Quarantine(directory: configuration.failedDirectory).move(
        job.path, reason: "\(stage): \(message)")
      logger.error("\(file): \(stage) failed: \(message); moved to \(target)")
    } catch {
      // Leave it in place; it is tried again at the next start.
      handled.record(job.path, at: job.stamp, walk: fullWalks)
      logger.error(
        "\(file): \(stage) failed: \(message); cannot move it to \(configuration.failedDirectory.path): \(ErrorClassifier.message(error))"
      )
    }
  }

  private func flushOutbox() {
    guard !outboxBacklog.isEmpty, let url = configuration.outbox else {
      outboxBacklog = []
      return
    }
    do {
      try Outbox(url: url).append(outboxBacklog)
      outboxBacklog = []
    } catch {
      logger.error(
        "outbox \(url.path): \(ErrorClassifier.message(error)); \(outboxBacklog.count) line(s) kept for a retry"
      )
    }
  }

  private func relative(_ path: String) -> String {
    path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
  }

  // MARK: - Housekeeping

  private func housekeeping(now: Double) {
    pingWatchdog(now: now)
    if !outboxBacklog.isEmpty { flushOutbox() }
    if let files = caughtUpFiles, walk == nil, inHand == 0 {
      caughtUpFiles = nil
      logger.info("caught up on the \(files) file(s) in the inbox at start: \(statusLine())")
    }
    if statusDirty, now >= nextStatus {
      notify?.send("STATUS=\(statusLine())")
      statusDirty = false
      nextStatus = now + 1
    }
  }

  private func setUpWatchdog(now: Double) {
    guard configuration.watchdogTimeout != nil else { return }
    if let pid = configuration.watchdogPID, pid != getpid() { return }
    nextWatchdog = now
    pingWatchdog(now: now)
  }

  private func pingWatchdog(now: Double) {
    guard let due = nextWatchdog, now >= due, let timeout = configuration.watchdogTimeout
    else { return }
    notify?.send("WATCHDOG=1")
    nextWatchdog = now + timeout / 2
  }

  func statusLine() -> String {
    let pending = tracker.pendingCount + (ready.count - readyHead) + inFlight.count + delayed.count
    return
      "stored \(counts.stored), new versions \(counts.versions), duplicates \(counts.duplicates), failed \(counts.failed), pending \(pending)"
  }

  private func reload() {
    do {
      let new = try configuration.reloaded()
      var restartNeeded: [String] = []
      if new.inbox != configuration.inbox { restartNeeded.append("inbox") }
      if new.store != configuration.store { restartNeeded.append("store") }
      if new.workers != configuration.workers { restartNeeded.append("workers") }
      if new.polling != configuration.polling { restartNeeded.append("polling") }
      configuration.quietTime = new.quietTime
      configuration.rescanInterval = new.rescanInterval
      configuration.pollInterval = new.pollInterval
      configuration.logLevel = new.logLevel
      configuration.failedDirectory = new.failedDirectory
      configuration.outbox = new.outbox
      tracker.quietTime = new.quietTime
      logger.logLevel = new.logLevel
      scanner.excluded = IngestLoop.excludedPaths(configuration)
      source?.scanner = scanner
      nextRescan = min(nextRescan, Monotonic.now() + new.rescanInterval)
      var message =
        "configuration reloaded: quiet time \(new.quietTime)s, rescan every \(new.rescanInterval)s, log level \(new.logLevel)"
      if !restartNeeded.isEmpty {
        message += "; changes to \(restartNeeded.joined(separator: ", ")) need a restart"
      }
      logger.notice("\(message)")
    } catch {
      logger.error("reload failed, keeping the configuration: \(ErrorClassifier.message(error))")
    }
  }

  private func shutDown(_ pool: WorkerPool<Analyzed>) {
    // Finish the papers in hand: wait for the workers' results and commit them.
    let deadline = Monotonic.now() + IngestLoop.shutdownGrace
    while !inFlight.isEmpty, Monotonic.now() < deadline {
      var fds = [pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)]
      _ = poll(&fds, 1, 200)
      _ = wake.drain()
      collect(pool)
      pingWatchdog(now: Monotonic.now())
    }
    if !inFlight.isEmpty {
      logger.warning("\(inFlight.count) paper(s) not finished; they are taken up at the next start")
    }
    pool.shutDown(timeout: 2)
    flushOutbox()
    notify?.send("STATUS=stopped: \(statusLine())")
    logger.info("stopped: \(statusLine())")
  }
}

/// Retry delays for transient failures: 0.5 s, 1 s, 2 s … at most one minute.
enum Backoff {
  static func delay(attempt: Int) -> Double {
    min(60, 0.5 * pow(2, Double(max(0, attempt - 1))))
  }
}
