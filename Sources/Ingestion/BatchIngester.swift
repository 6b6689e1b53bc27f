import Claims
import DocumentModel
import Foundation
import Pipeline
import Store

/// Ingests many files: reading and extraction run on every core, chunk by chunk, and the
/// store is written by this one thread, one transaction per chunk (falling back to one per
/// paper when a chunk fails, so one bad paper never takes others with it). After each chunk
/// its papers are linked (`PaperCommitter`): corrections against stored questions and
/// answers, diffs against earlier versions. Memory stays bounded by the chunk size however
/// many files there are.
public struct BatchIngester: Sendable {
  public enum Event {
    case stored(AnalyzedPaper, IngestOutcome)
    /// What linking a chunk's papers found (reported when something was found).
    case linked(PaperCommitter.Links)
    case failed(any Error)
    case fileDone(String)
  }

  public let store: PaperStore
  public let analyzer: PaperAnalyzer
  public var chunkSize = 128

  public init(store: PaperStore, analyzer: PaperAnalyzer, chunkSize: Int = 128) {
    self.store = store
    self.analyzer = analyzer
    self.chunkSize = max(1, chunkSize)
  }

  public func ingest(_ files: [String], onEvent: (Event) -> Void) throws {
    let committer = PaperCommitter(store: store)
    let chunks = stride(from: 0, to: files.count, by: chunkSize).map {
      Array(files[$0..<min($0 + chunkSize, files.count)])
    }
    var results = chunks.first.map { analyzeInParallel($0) } ?? []
    for (index, chunk) in chunks.enumerated() {
      // The next chunk is read and analysed while this one is committed and linked, so the
      // single writer does not leave the other cores idle. At most two chunks are in memory.
      let ahead = ResultSlots<[Result<AnalyzedFile, ReadError>]>(count: 1)
      let reading = DispatchGroup()
      if index + 1 < chunks.count {
        let next = chunks[index + 1]
        DispatchQueue.global().async(group: reading) { ahead.set(0, analyzeInParallel(next)) }
      }
      var analyzed: [AnalyzedFile] = []
      for result in results {
        switch result {
        case .success(let file): analyzed.append(file)
        case .failure(let error): onEvent(.failed(error))
        }
      }
      let done = try commit(analyzed, onEvent: onEvent)
      for (paper, _, outcome) in done { onEvent(.stored(paper, outcome)) }
      let links = try committer.link(done.map(\.1), outcomes: done.map(\.2))
      if !links.corrections.isEmpty || !links.changes.isEmpty || !links.unreadable.isEmpty {
        onEvent(.linked(links))
      }
      for path in chunk { onEvent(.fileDone(path)) }
      reading.wait()
      results = ahead.values().first ?? []
    }
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

  private func analyzeInParallel(_ paths: [String]) -> [Result<AnalyzedFile, ReadError>] {
    let results = ResultSlots<Result<AnalyzedFile, ReadError>>(count: paths.count)
    let analyzer = self.analyzer
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      let result: Result<AnalyzedFile, ReadError>
      do throws(ReadError) {
        result = .success(try AnalyzedFile.read(paths[i], analyzer: analyzer))
      } catch {
        result = .failure(error)
      }
      results.set(i, result)
    }
    return results.values()
  }
}
