import Foundation

/// A paper handed to a worker.
struct Job: Sendable {
  var path: String
  var stamp: FileStamp
  var attempt: Int
  /// Found by a walk of the inbox rather than by an event: at a start, every stored paper
  /// is, so its duplicate is logged at debug level only.
  var foundByWalk = false
  /// The order it was handed to the workers in, which is the order it is committed in.
  var sequence = 0
}

/// What a worker made of a job.
struct Finished<Analyzed: Sendable>: Sendable {
  var job: Job
  var result: Result<Analyzed, any Error>
  var seconds: Double
}

/// N threads running the pure `analyze` step in parallel. The loop submits no more than its
/// capacity (backpressure), so the job list and the finished list stay small; results wake
/// the loop through the pipe, which commits them one at a time (the single writer).
final class WorkerPool<Analyzed: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [Job] = []
  private var jobHead = 0
  private var finished: [Finished<Analyzed>] = []
  private var closed = false
  private var running = 0
  private let analyze: @Sendable (URL) throws -> Analyzed
  private let wake: WakePipe

  init(workers: Int, wake: WakePipe, analyze: @escaping @Sendable (URL) throws -> Analyzed) {
    self.analyze = analyze
    self.wake = wake
    running = workers
    for index in 0..<workers {
      let thread = Thread { [self] in self.work() }
      thread.name = "fundstelle-worker-\(index + 1)"
      thread.start()
    }
  }

  /// Queues a job (never blocks; the caller bounds how many are outstanding).
  func submit(_ job: Job) {
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// The results so far, in the order they finished.
  func takeFinished() -> [Finished<Analyzed>] {
    condition.lock()
    defer { condition.unlock() }
    let result = finished
    finished = []
    return result
  }

  /// Drops jobs not yet started and lets the threads end after their current job; waits up
  /// to `timeout` seconds for them.
  func shutDown(timeout: Double) {
    condition.lock()
    closed = true
    jobs = []
    jobHead = 0
    condition.broadcast()
    let deadline = Date(timeIntervalSinceNow: timeout)
    while running > 0, condition.wait(until: deadline) {}
    condition.unlock()
  }

  private func work() {
    while let job = nextJob() {
      let start = Monotonic.now()
      let result = Result { try analyze(URL(fileURLWithPath: job.path)) }
      let done = Finished(job: job, result: result, seconds: Monotonic.now() - start)
      condition.lock()
      let wasEmpty = finished.isEmpty
      finished.append(done)
      condition.unlock()
      if wasEmpty { wake.wake(WakePipe.resultsReady) }
    }
    condition.lock()
    running -= 1
    condition.broadcast()
    condition.unlock()
  }

  private func nextJob() -> Job? {
    condition.lock()
    defer { condition.unlock() }
    while !closed, jobHead == jobs.count { condition.wait() }
    if closed { return nil }
    let job = jobs[jobHead]
    jobHead += 1
    if jobHead == jobs.count {
      jobs.removeAll(keepingCapacity: true)
      jobHead = 0
    }
    return job
  }
}

/// Seconds on the monotonic clock.
enum Monotonic {
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
  }
}
