import Dispatch
import Synchronization

/// Frees values away from the caller's thread. Freeing a chunk of papers (their bytes,
/// documents, sentences and claims) took a tenth of the time of the store's single writer
/// thread, which the whole ingest waits for; another core does it instead.
enum Disposal {
  /// Empties `items` and frees what they held on a background thread.
  static func release<T: Sendable>(_ items: inout [T]) {
    guard !items.isEmpty else { return }
    let bin = Bin(items)
    items = []
    DispatchQueue.global(qos: .utility).async { bin.empty() }
  }

  /// Holds the only reference to the items until the background thread drops it, so that
  /// they are freed there whichever thread lets go of the bin last.
  private final class Bin<T: Sendable>: Sendable {
    private let items: Mutex<[T]>

    init(_ items: [T]) { self.items = Mutex(items) }

    func empty() { items.withLock { $0 = [] } }
  }
}
