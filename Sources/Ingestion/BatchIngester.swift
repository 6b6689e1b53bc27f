import Claims
import DocumentModel
import Foundation
import Pipeline
import Store

/// Ingests many files: reading and extraction run on every core, chunk by chunk, and the
/// store is written by this one thread, one transaction per chunk (falling back to one per
/// paper when a chunk fails, so one bad paper never takes others with it). After each chunk
/// its papers are linked (`PaperCommitter`): corrections against stored questions, answers
/// and cited papers, diffs against earlier versions. This thread is what the whole ingest
/// waits for, so it only writes and queries: the next chunks are analysed, and a chunk's
/// pairs compared, on the other cores meanwhile. Memory stays bounded by the chunk size
/// however many files there are.
public struct BatchIngester: Sendable {
  public enum Event {
    case stored(AnalyzedPaper, IngestOutcome)
    /// A file the store holds as one paper already, found so by its bytes before analysis.
    case known(path: String, KnownFile)
    /// What linking a chunk's papers found (reported when something was found).
    case linked(PaperCommitter.Links)
    /// Versions an earlier run stored and did not link, linked before the first chunk.
    case linkedLeftOver(versions: Int)
    case failed(any Error)
    case fileDone(String)
  }

  public let store: PaperStore
  public let analyzer: PaperAnalyzer
  public var chunkSize = 128
  /// File bytes at which a chunk ends, whatever `chunkSize` allows: a paper's reading takes
  /// about 25 times its text and four chunks are in memory at once, so 128
  /// Plenarprotokolle of a megabyte would take gigabytes. 128 papers of the usual few
  /// kilobytes stay far below it.
  public var chunkBytes = 1 << 20

  public init(
    store: PaperStore, analyzer: PaperAnalyzer, chunkSize: Int = 128, chunkBytes: Int = 1 << 20
  ) {
    self.store = store
    self.analyzer = analyzer
    self.chunkSize = max(1, chunkSize)
    self.chunkBytes = max(1, chunkBytes)
  }

  /// Ingests `files` (paths) in chunks of `chunkSize` files or `chunkBytes` bytes; `files`
  /// is taken as the chunks are read, so a walk of folders (`PaperFiles.Walk`) is never
  /// held whole.
  public func ingest(_ files: some Sequence<String> & Sendable, onEvent: (Event) -> Void)
    throws
  {
    let committer = PaperCommitter(store: store)
    let leftOver = try committer.linkUnlinked(analyzer: analyzer)
    if leftOver.versions > 0 {
      onEvent(.linkedLeftOver(versions: leftOver.versions))
      onEvent(.linked(leftOver.links))
    }
    // The next chunk is read and analysed while this one is committed and linked, so the
    // single writer does not leave the other cores idle. One finished chunk waits at most
    // (two cost 15% more peak memory on megabyte papers and gained no speed on small ones),
    // so at most four chunks are in memory: the one compared, the one stored, the one
    // waiting and the one analysed.
    let analyzer = self.analyzer
    let store = self.store
    let ahead = ChunksAhead(
      files, size: chunkSize, depth: 1, weight: PaperFiles.size(of:), maxWeight: chunkBytes
    ) { chunk in
      (paths: chunk, results: Self.analyzeInParallel(chunk, analyzer: analyzer, store: store))
    }
    // A chunk's pairs are compared in the background while the writer stores the next
    // chunk; what they found is recorded after that. Partners are found before the next
    // chunk is stored, so the pairs are the same as when linking chunk by chunk.
    var comparing: (group: DispatchGroup, found: ResultSlots<PaperCommitter.Comparisons>)?
    var comparingPaths: [String] = []
    func finishComparing() throws {
      guard let (group, found) = comparing else { return }
      group.wait()
      comparing = nil
      if let comparisons = found.values().first {
        let links = try committer.record(comparisons)
        if !links.corrections.isEmpty || !links.changes.isEmpty || !links.unreadable.isEmpty {
          onEvent(.linked(links))
        }
      }
      for path in comparingPaths { onEvent(.fileDone(path)) }
    }
    defer { comparing?.group.wait() }
    while let (chunk, results) = ahead.next() {
      var analyzed: [AnalyzedFile] = []
      for result in results {
        switch result {
        case .success(let file):
          if let known = file.known {
            onEvent(.known(path: file.path, known))
          } else {
            analyzed.append(file)
          }
        case .failure(let error): onEvent(.failed(error))
        }
      }
      var done = try commit(analyzed, onEvent: onEvent)
      for (paper, _, outcome) in done { onEvent(.stored(paper, outcome)) }
      let plan = try committer.plan(done.map(\.1), outcomes: done.map(\.2))
      let bytes = analyzed.reduce(0) { $0 + $1.bytes.count }
      Disposal.release(&analyzed, paperBytes: bytes)
      Disposal.release(&done)
      try finishComparing()
      let group = DispatchGroup()
      let found = ResultSlots<PaperCommitter.Comparisons>(count: 1)
      DispatchQueue.global().async(group: group) { found.set(0, committer.compare(plan)) }
      comparing = (group, found)
      comparingPaths = chunk
    }
    try finishComparing()
  }

  private func commit(_ files: [AnalyzedFile], onEvent: (Event) -> Void) throws -> [(
    AnalyzedPaper, PaperReading, IngestOutcome
  )] {
    let papers = files.flatMap(\.papers)
    let readings = files.flatMap(\.readings)
    let stored = files.flatMap(\.storedPapers)
    if let outcomes = try? store.ingest(stored) {
      return zip(zip(papers, readings), outcomes).map { ($0.0, $0.1, $1) }
    }
    var done: [(AnalyzedPaper, PaperReading, IngestOutcome)] = []
    for ((paper, reading), storedPaper) in zip(zip(papers, readings), stored) {
      do {
        done.append((paper, reading, try store.ingest(storedPaper)))
      } catch {
        onEvent(.failed(error))
      }
    }
    return done
  }

  private static func analyzeInParallel(
    _ paths: [String], analyzer: PaperAnalyzer, store: PaperStore
  ) -> [Result<AnalyzedFile, ReadError>] {
    let results = ResultSlots<Result<AnalyzedFile, ReadError>>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      let result: Result<AnalyzedFile, ReadError>
      do throws(ReadError) {
        result = .success(
          try AnalyzedFile.read(paths[i], analyzer: analyzer, skippingKnownIn: store))
      } catch {
        result = .failure(error)
      }
      results.set(i, result)
    }
    return results.values()
  }
}
