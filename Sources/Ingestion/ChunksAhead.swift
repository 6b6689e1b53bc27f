import Dispatch
import Synchronization

/// Produces the results of a list of chunks in order, working up to `depth` chunks ahead of
/// the consumer on a background thread: the single writer takes chunk after chunk while
/// the other cores already analyse the next ones. Memory stays bounded: at most `depth`
/// finished chunks wait, beside the one being consumed.
final class ChunksAhead<Result: Sendable>: Sendable {
  /// What the producer and the consumer share.
  private final class Shared: Sendable {
    let ready: [DispatchSemaphore]
    let results = Mutex<[Int: Result]>([:])
    /// Free places ahead of the consumer.
    let space: DispatchSemaphore
    /// Set when the consumer stops early (an error), so that the producer ends too.
    let stopped = Mutex(false)

    init(count: Int, depth: Int) {
      ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
      space = DispatchSemaphore(value: max(1, depth))
    }
  }

  private let shared: Shared

  /// Starts producing `make(i)` for `i` in `0..<count`, in order.
  init(count: Int, depth: Int, make: @escaping @Sendable (Int) -> Result) {
    let shared = Shared(count: count, depth: depth)
    self.shared = shared
    DispatchQueue.global().async {
      for i in 0..<count {
        shared.space.wait()
        if shared.stopped.withLock({ $0 }) { return }
        let made = make(i)
        shared.results.withLock { $0[i] = made }
        shared.ready[i].signal()
      }
    }
  }

  deinit {
    shared.stopped.withLock { $0 = true }
    shared.space.signal()
  }

  /// The result of chunk `i`, waiting for it if needed. Each chunk is taken once, in order.
  func take(_ i: Int) -> Result? {
    shared.ready[i].wait()
    let result = shared.results.withLock { $0.removeValue(forKey: i) }
    shared.space.signal()
    return result
  }
}
