import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store
import TestSupport
import Testing

/// Corrections between papers that are not question and answer, found at ingest: a paper
/// citing another where it may correct it (a figure, a date or a cue at the citation) is
/// compared with it, whichever arrives first. The pairs are the evaluation set's
/// (`Fixtures/eval/pairs`, annotated in each `truth.json`).
@Suite struct CrossPaperLinkingTests {
  struct Pair: Sendable, CustomTestStringConvertible {
    var folder: String
    var kinds: [Correction.Kind]
    var testDescription: String { folder }
  }

  static let pairs = [
    Pair(folder: "01_nw_einbrueche_mettmann", kinds: [.numeric]),
    // Cites the question of the earlier answer: "in der Antwort auf … 19/4711".
    Pair(folder: "03_bt_it_konsolidierung_kosten", kinds: [.numeric]),
    // Only later states of affairs and repeated figures: nothing.
    Pair(folder: "04_nw_schulsozialarbeit_foerderung", kinds: []),
    Pair(folder: "05_nw_kinderschutz_traegerschaft", kinds: [.entity, .rebuttal]),
    // Names the earlier answer by its question's Drucksache (19/1880).
    Pair(folder: "06_bt_breitband_foerderaufruf", kinds: [.date]),
  ]

  /// Once with partners kept read, once with every partner read again from the store.
  @Test(arguments: pairs, [false, true])
  func theLaterPaperCorrectsTheEarlierAtIngest(pair: Pair, laterFirst: Bool) throws {
    for cacheBytes in [2 << 20, 0] {
      try check(pair, laterFirst: laterFirst, cacheBytes: cacheBytes)
    }
  }

  func check(_ pair: Pair, laterFirst: Bool, cacheBytes: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-cross-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try PaperStore(path: folder.appendingPathComponent("s.sqlite").path)
    let committer = PaperCommitter(store: store, cacheBytes: cacheBytes)
    let base = "eval/pairs/\(pair.folder)/"
    let earlier = try AnalyzedFile.read(
      Repository.fixture(base + "earlier.txt").path, analyzer: PaperAnalyzer())
    let later = try AnalyzedFile.read(
      Repository.fixture(base + "later.txt").path, analyzer: PaperAnalyzer())
    var found: [Correction] = []
    for file in laterFirst ? [later, earlier] : [earlier, later] {
      found += try committer.commit(file).links.corrections
    }

    #expect(found.map(\.kind).sorted { $0.rawValue < $1.rawValue } == pair.kinds)
    let earlierKey = try #require(earlier.papers.first?.document.key)
    let laterKey = try #require(later.papers.first?.document.key)
    #expect(found.allSatisfy { $0.claim.document == earlierKey })
    #expect(found.allSatisfy { $0.correction.document == laterKey })
    #expect(try store.corrections() == found)
  }
}
