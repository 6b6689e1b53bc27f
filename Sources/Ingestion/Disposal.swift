import Dispatch
import Glibc
import Synchronization

/// Frees values away from the caller's thread. Freeing a chunk of papers (their bytes,
/// documents, sentences and claims) took a tenth of the time of the store's single writer
/// thread, which the whole ingest waits for; another core does it instead.
enum Disposal {
  /// Empties `items` and frees what they held on a background thread. `paperBytes` is the
  /// size of the papers whose readings they held: after every `trimEvery` of them, the
  /// free pages of every heap go back to the system.
  ///
  /// glibc keeps what one thread frees in the heap (arena) of the thread that allocated it,
  /// and gives back only the top of each. Readings of megabyte papers, made on the
  /// analysing threads and freed here, so left about 70 MB of free pages resident in an
  /// ingest of forty such papers, a quarter of its peak. Small papers reach `trimEvery`
  /// once every few hundred, so they hardly pay for the system calls.
  static func release<T: Sendable>(_ items: inout [T], paperBytes: Int = 0) {
    guard !items.isEmpty else { return }
    let bin = Bin(items)
    items = []
    DispatchQueue.global(qos: .utility).async {
      bin.empty()
      let (_, freed) = freedSinceTrim.wrappingAdd(paperBytes, ordering: .relaxed)
      if freed >= trimEvery, freedSinceTrim.exchange(0, ordering: .relaxed) >= trimEvery {
        returnFreeMemory()
      }
    }
  }

  /// Bytes of papers freed after which free pages are handed back.
  static let trimEvery = 4 << 20
  private static let freedSinceTrim = Atomic<Int>(0)

  /// `malloc_trim(0)`, looked up at run time: Glibc's Swift module leaves out `malloc.h`,
  /// and a C library without it just keeps its pages.
  private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
    guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
  }()

  /// Hands the free pages of every malloc heap back to the system.
  static func returnFreeMemory() { _ = mallocTrim?(0) }

  /// Holds the only reference to the items until the background thread drops it, so that
  /// they are freed there whichever thread lets go of the bin last.
  private final class Bin<T: Sendable>: Sendable {
    private let items: Mutex<[T]>

    init(_ items: [T]) { self.items = Mutex(items) }

    func empty() { items.withLock { $0 = [] } }
  }
}
