import Claims
import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store
import TestSupport
import Testing

/// Which print is the older side of a diff follows the prints' labels, not the order their
/// files arrived in: an Antrag dropped after its Neudruck is still the one corrected.
@Suite struct VersionOrderTests {
  static let original = "Fixtures/text/nw_17_3125_antrag.txt"
  static let neudruck = "Fixtures/text/nw_17_3125_antrag_neudruck.txt"

  /// The corrections and diffs a store holds after the two files arrived in `order`.
  func stored(_ order: [String]) throws -> (corrections: String, diffs: [VersionChanges]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-order-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try PaperStore(path: folder.appendingPathComponent("s.sqlite").path)
    let committer = PaperCommitter(store: store)
    for path in order {
      _ = try committer.commit(
        AnalyzedFile.read(
          Repository.root.appendingPathComponent(path).path, analyzer: PaperAnalyzer()))
    }
    return (
      CorrectionReport.json(try store.corrections()),
      try store.changes(for: DocumentKey("nw/drs/17/3125"))
    )
  }

  @Test func theOriginalIsTheOlderSideWhicheverCameFirst() throws {
    let inOrder = try stored([Self.original, Self.neudruck])
    let neudruckFirst = try stored([Self.neudruck, Self.original])
    // "Der Neudruck ändert „1.028“ in „1.082“": the Neudruck corrects the original.
    #expect(inOrder.corrections.contains("Der Neudruck ändert „1.028“ in „1.082“"))
    #expect(neudruckFirst.corrections == inOrder.corrections)
    #expect(neudruckFirst.diffs.map(\.oldSHA256) == inOrder.diffs.map(\.oldSHA256))
    #expect(neudruckFirst.diffs.map(\.newSHA256) == inOrder.diffs.map(\.newSHA256))
    #expect(neudruckFirst.diffs.map(\.changes) == inOrder.diffs.map(\.changes))
    #expect(inOrder.diffs.count == 1)
  }

  @Test(
    arguments: [
      (nil, 0), ("", 0), ("vorabfassung", -1), ("neudruck", 1), ("2.neudruck", 2),
      ("3.neudruck", 3), ("1.neudruck", 1), ("entwurf", 0),
    ] as [(String?, Int)])
  func labelsRankThePrints(label: String?, rank: Int) {
    #expect(Document.versionRank(label) == rank)
  }
}
