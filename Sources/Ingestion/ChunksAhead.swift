import Dispatch
import Synchronization

/// Produces the results of the chunks of a sequence in order, working up to `depth` chunks
/// ahead of the consumer on a background thread: the single writer takes chunk after chunk
/// while the other cores already analyse the next ones. Memory stays bounded: at most
/// `depth` finished chunks wait, beside the one being consumed, and the sequence is taken
/// as the chunks are made (a walk of folders is not held whole).
final class ChunksAhead<Result: Sendable>: Sendable {
  /// What the producer and the consumer share.
  private final class Shared: Sendable {
    /// Made and not yet taken, in order; nil after the last chunk.
    let made = Mutex<[Result?]>([])
    let ready = DispatchSemaphore(value: 0)
    /// Free places ahead of the consumer.
    let space: DispatchSemaphore
    /// Set when the consumer stops early (an error), so that the producer ends too.
    let stopped = Mutex(false)
    /// Set when the consumer has taken the end.
    let ended = Mutex(false)

    init(depth: Int) {
      space = DispatchSemaphore(value: max(1, depth))
    }
  }

  private let shared: Shared

  /// Starts producing `make(chunk)` for each chunk of `elements`, in order. A chunk holds
  /// up to `size` elements, and ends early once its elements' `weight` reaches
  /// `maxWeight` (a chunk has at least one element, however heavy).
  init<Elements: Sequence & Sendable>(
    _ elements: Elements, size: Int, depth: Int,
    weight: @escaping @Sendable (Elements.Element) -> Int = { _ in 0 },
    maxWeight: Int = .max,
    make: @escaping @Sendable ([Elements.Element]) -> Result
  ) {
    let shared = Shared(depth: depth)
    self.shared = shared
    let size = max(1, size)
    DispatchQueue.global().async {
      var iterator = elements.makeIterator()
      while true {
        shared.space.wait()
        if shared.stopped.withLock({ $0 }) { return }
        var chunk: [Elements.Element] = []
        chunk.reserveCapacity(size)
        var chunkWeight = 0
        while chunk.count < size, chunkWeight < maxWeight, let element = iterator.next() {
          chunk.append(element)
          chunkWeight += weight(element)
        }
        let result = chunk.isEmpty ? nil : make(chunk)
        shared.made.withLock { $0.append(result) }
        shared.ready.signal()
        if result == nil { return }
      }
    }
  }

  deinit {
    shared.stopped.withLock { $0 = true }
    shared.space.signal()
  }

  /// The result of the next chunk, waiting for it if needed; nil after the last.
  func next() -> Result? {
    if shared.ended.withLock({ $0 }) { return nil }
    shared.ready.wait()
    let result = shared.made.withLock { $0.removeFirst() }
    if result == nil { shared.ended.withLock { $0 = true } }
    shared.space.signal()
    return result
  }
}
