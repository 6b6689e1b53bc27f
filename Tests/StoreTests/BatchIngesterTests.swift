import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store
import TestSupport
import Testing

/// The batch ingest of `fundstelle ingest`: chunks analysed ahead and compared while the
/// next chunk is stored must find what one chunk finds, and report every file.
@Suite struct BatchIngesterTests {
  /// Question/answer pairs and cross-paper pairs of the evaluation set, in file order.
  static let files = [
    "eval/qa/01_nw_unterrichtsausfall/question.txt", "eval/qa/01_nw_unterrichtsausfall/answer.txt",
    "eval/pairs/01_nw_einbrueche_mettmann/earlier.txt",
    "eval/pairs/01_nw_einbrueche_mettmann/later.txt",
    "eval/qa/03_bt_rheinbruecke/question.txt", "eval/qa/03_bt_rheinbruecke/answer.txt",
    "eval/pairs/05_nw_kinderschutz_traegerschaft/earlier.txt",
    "eval/pairs/05_nw_kinderschutz_traegerschaft/later.txt",
  ]

  /// The corrections an ingest in chunks of `chunkSize` files (or `chunkBytes` bytes) finds,
  /// and the files it reported done.
  func ingest(chunkSize: Int, chunkBytes: Int = 1 << 20) throws -> (
    corrections: [Correction], done: [String], linkedChunks: Int
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try PaperStore(path: folder.appendingPathComponent("s.sqlite").path)
    let ingester = BatchIngester(
      store: store, analyzer: PaperAnalyzer(), chunkSize: chunkSize, chunkBytes: chunkBytes)
    var linked: [Correction] = []
    var done: [String] = []
    var linkedChunks = 0
    try ingester.ingest(Self.files.map { Repository.fixture($0).path }) { event in
      switch event {
      case .linked(let links):
        linked += links.corrections
        linkedChunks += 1
      case .fileDone(let path): done.append(path)
      case .failed(let error): Issue.record("\(error)")
      case .stored, .known, .linkedLeftOver: break
      }
    }
    #expect(try store.corrections().count == linked.count)
    return (linked, done, linkedChunks)
  }

  @Test func chunksOfOneFindWhatOneChunkFinds() throws {
    let whole = try ingest(chunkSize: 128)
    #expect(whole.corrections.count >= 4)
    #expect(whole.done == Self.files.map { Repository.fixture($0).path })
    for size in [1, 3] {
      let chunked = try ingest(chunkSize: size)
      #expect(Set(chunked.corrections.map(Key.init)) == Set(whole.corrections.map(Key.init)))
      #expect(chunked.done == whole.done)
    }
  }

  /// Chunks ended by their files' bytes (one file each, or a few kilobytes' worth) find
  /// what one chunk finds: large papers only make the chunks smaller.
  @Test(arguments: [1, 6_000])
  func chunksEndedByBytesFindWhatOneChunkFinds(chunkBytes: Int) throws {
    let whole = try ingest(chunkSize: 128)
    let chunked = try ingest(chunkSize: 128, chunkBytes: chunkBytes)
    #expect(whole.linkedChunks == 1)
    #expect(chunked.linkedChunks > 1)  // the bytes ended chunks
    #expect(Set(chunked.corrections.map(Key.init)) == Set(whole.corrections.map(Key.init)))
    #expect(chunked.done == whole.done)
  }

  /// A correction as a reader tells it from another.
  struct Key: Hashable {
    var kind: Correction.Kind
    var claim: String
    var correction: String

    init(_ c: Correction) {
      kind = c.kind
      claim = c.claim.document.rawValue + ":" + c.claim.text
      correction = c.correction.document.rawValue + ":" + c.correction.text
    }
  }
}
