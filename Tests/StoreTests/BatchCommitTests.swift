import Claims
import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store
import TestSupport
import Testing

/// Committing files together (what the daemon does with a burst) stores and links them as
/// committing them one by one does, and gives each file what its own commit would have.
@Suite struct BatchCommitTests {
  /// A question and its answer (which corrects it), an Antrag and its Neudruck, a paper with
  /// no partner, and the answer once more (a duplicate within the batch).
  static let files = [
    "Fixtures/text/nw_16_850_kleine_anfrage.txt", "seeds/000_65a9724eb37073ec.txt",
    "Fixtures/text/nw_17_3125_antrag.txt", "Fixtures/text/bt_20_1190_kleine_anfrage.txt",
    "Fixtures/text/nw_17_3125_antrag_neudruck.txt", "seeds/000_65a9724eb37073ec.txt",
  ]

  func analyzed() throws -> [AnalyzedFile] {
    try Self.files.map {
      try AnalyzedFile.read(
        Repository.root.appendingPathComponent($0).path, analyzer: PaperAnalyzer())
    }
  }

  /// What a file's commit says: outcomes, corrections (sorted) and diffs.
  struct Summary: Equatable {
    var outcomes: [IngestOutcome]
    var corrections: [String]
    var changes: [DocumentKey]

    init(_ committed: PaperCommitter.Committed) {
      outcomes = committed.outcomes
      corrections = committed.links.correctionLines.sorted()
      changes = committed.links.changes.map(\.paper)
    }
  }

  @Test func aBatchGivesEachFileWhatItsOwnCommitWould() throws {
    let (one, oneFolder) = try TemporaryStore.opened()
    let (batch, batchFolder) = try TemporaryStore.opened()
    defer {
      try? FileManager.default.removeItem(at: oneFolder)
      try? FileManager.default.removeItem(at: batchFolder)
    }
    let files = try analyzed()
    let singly = try files.map { Summary(try PaperCommitter(store: one).commit($0)) }
    let together = try PaperCommitter(store: batch).commit(files).map { Summary(try $0.get()) }
    #expect(together == singly)

    // The batch found something to attribute: the answer's corrections of the question,
    // with the answer; the Neudruck's diff, with the Neudruck; the duplicate, nothing.
    #expect(!together[1].corrections.isEmpty)
    #expect(together[0].corrections.isEmpty)
    #expect(together[4].changes == [DocumentKey("nw/drs/17/3125")])
    #expect(together[5].outcomes.allSatisfy { if case .duplicate = $0 { true } else { false } })
    #expect(together[5].corrections.isEmpty)

    // And the stores agree.
    let report = { (store: PaperStore) in
      try CorrectionReport.json(store.corrections())
    }
    #expect(try report(batch) == report(one))
    #expect(try batch.statistics() == one.statistics())
  }
}
