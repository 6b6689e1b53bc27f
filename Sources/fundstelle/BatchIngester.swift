import DocumentModel
import Foundation
import Pipeline
import Store

/// Ingests many files: reading and extraction run on every core, chunk by chunk, and the
/// store is written by this one thread, one transaction per chunk (falling back to one per
/// paper when a chunk fails, so one bad paper never takes others with it). Memory stays
/// bounded by the chunk size however many files there are.
struct BatchIngester {
  enum Event {
    case stored(AnalyzedPaper, IngestOutcome)
    case failed(any Error)
    case fileDone(String)
  }

  let store: PaperStore
  let analyzer: PaperAnalyzer
  var chunkSize = 128

  func ingest(_ files: [String], onEvent: (Event) -> Void) throws {
    var start = 0
    while start < files.count {
      let chunk = Array(files[start..<min(start + chunkSize, files.count)])
      start += chunk.count
      let results = analyzeInParallel(chunk)
      var papers: [AnalyzedPaper] = []
      for result in results {
        switch result {
        case .success(let analyzed): papers += analyzed
        case .failure(let error): onEvent(.failed(error))
        }
      }
      for (paper, outcome) in try commit(papers, onEvent: onEvent) {
        onEvent(.stored(paper, outcome))
      }
      for path in chunk { onEvent(.fileDone(path)) }
    }
  }

  private func commit(_ papers: [AnalyzedPaper], onEvent: (Event) -> Void) throws -> [(
    AnalyzedPaper, IngestOutcome
  )] {
    let stored = papers.map { StoredPaper(document: $0.document, references: $0.references) }
    if let outcomes = try? store.ingest(stored) {
      return Array(zip(papers, outcomes))
    }
    var done: [(AnalyzedPaper, IngestOutcome)] = []
    for (paper, storedPaper) in zip(papers, stored) {
      do {
        done.append((paper, try store.ingest(storedPaper)))
      } catch {
        onEvent(.failed(error))
      }
    }
    return done
  }

  private func analyzeInParallel(_ paths: [String]) -> [Result<[AnalyzedPaper], ReadError>] {
    let results = ResultSlots<Result<[AnalyzedPaper], ReadError>>(count: paths.count)
    let analyzer = self.analyzer
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      let path = paths[i]
      let result: Result<[AnalyzedPaper], ReadError>
      do throws(ReadError) {
        result = .success(try analyzer.analyze(try PaperFiles.bytes(of: path), path: path))
      } catch {
        result = .failure(error)
      }
      results.set(i, result)
    }
    return results.values()
  }
}

/// Fixed slots that parallel workers fill, each its own index.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func values() -> [Value] { slots.compactMap { $0 } }
}
