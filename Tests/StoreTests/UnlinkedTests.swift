import Claims
import DocumentModel
import Foundation
import Pipeline
import Store
import TestSupport
import Testing

@testable import Ingestion

/// A run stopped between storing papers and linking them (Ctrl-C in `ingest`, the daemon
/// killed, a link that failed) leaves them in the store's `unlinked`; the next run links
/// them, and finds what linking them at once would have found.
@Suite struct UnlinkedTests {
  /// A question and its answer, which corrects it, and an Antrag and its Neudruck.
  static let files = [
    "Fixtures/text/nw_16_850_kleine_anfrage.txt", "seeds/000_65a9724eb37073ec.txt",
    "Fixtures/text/nw_17_3125_antrag.txt", "Fixtures/text/nw_17_3125_antrag_neudruck.txt",
  ]

  func analyzed() throws -> [AnalyzedFile] {
    try Self.files.map {
      try AnalyzedFile.read(
        Repository.root.appendingPathComponent($0).path, analyzer: PaperAnalyzer())
    }
  }

  func report(_ store: PaperStore) throws -> String {
    CorrectionReport.json(try store.corrections())
  }

  @Test func aStoredPaperIsUnlinkedUntilItsLinkIsRecorded() throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try analyzed()
    let outcomes = try store.ingest(files.flatMap(\.storedPapers))
    let unlinked = try store.unlinkedVersions(limit: 10)
    #expect(unlinked.map(\.sha256) == files.flatMap(\.papers).map(\.document.source.contentID))
    #expect(unlinked.map(\.outcome) == outcomes)
    let neudruck: Bool
    if case .newVersion = outcomes[3] { neudruck = true } else { neudruck = false }
    #expect(neudruck)

    // Storing the same bytes again is a duplicate, which is never unlinked.
    #expect(
      try store.ingest(files[0].storedPapers).allSatisfy {
        if case .duplicate = $0 { true } else { false }
      })
    #expect(try store.unlinkedVersions(limit: 10).count == 4)

    _ = try store.record([], linked: [unlinked[0].sha256, unlinked[2].sha256])
    #expect(
      try store.unlinkedVersions(limit: 10).map(\.sha256) == [
        unlinked[1].sha256, unlinked[3].sha256,
      ])
  }

  @Test func committingLeavesNothingUnlinked() throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    let committer = PaperCommitter(store: store)
    for file in try analyzed() { _ = try committer.commit(file) }
    #expect(try store.unlinkedVersions(limit: 10).isEmpty)
    #expect(try committer.linkUnlinked(analyzer: PaperAnalyzer()).versions == 0)
  }

  /// Stored and never linked, then linked by `linkUnlinked`: the same corrections and diff
  /// as committing them, and nothing more on a second call.
  @Test(arguments: [1, 64]) func leftOverPapersAreLinkedAsTheirCommitWouldHave(batch: Int)
    throws
  {
    let (committed, committedFolder) = try TemporaryStore.opened()
    let (stopped, stoppedFolder) = try TemporaryStore.opened()
    defer {
      try? FileManager.default.removeItem(at: committedFolder)
      try? FileManager.default.removeItem(at: stoppedFolder)
    }
    let files = try analyzed()
    for file in files { _ = try PaperCommitter(store: committed).commit(file) }
    #expect(try committed.corrections().count >= 2)

    _ = try stopped.ingest(files.flatMap(\.storedPapers))
    #expect(try stopped.corrections().isEmpty)
    let committer = PaperCommitter(store: stopped)
    let (versions, links) = try committer.linkUnlinked(analyzer: PaperAnalyzer(), batch: batch)
    #expect(versions == 4)
    #expect(links.changes.map(\.paper) == [DocumentKey("nw/drs/17/3125")])
    #expect(try report(stopped) == report(committed))
    #expect(try stopped.unlinkedVersions(limit: 10).isEmpty)
    #expect(try committer.linkUnlinked(analyzer: PaperAnalyzer()).versions == 0)
  }

  /// Every part of a file of several papers (a DIP list, a Landtag export) left unlinked
  /// is linked, each from the one reading of the file.
  @Test(arguments: ["xml/bt_dip_drucksache_list.json", "xml/sn_landtag_export_klanfr.xml"])
  func everyPartOfAFileOfSeveralPapersIsLinked(fixture: String) throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try AnalyzedFile.read(Repository.fixture(fixture).path, analyzer: PaperAnalyzer())
    #expect(file.papers.count > 1)
    _ = try store.ingest(file.storedPapers)
    let parts = try store.unlinkedVersions(limit: 1_000).count
    #expect(parts == file.papers.count)
    #expect(
      try PaperCommitter(store: store).linkUnlinked(analyzer: PaperAnalyzer(), batch: 2).versions
        == parts)
    #expect(try store.unlinkedVersions(limit: 1_000).isEmpty)
  }

  /// `fundstelle ingest` links what a stopped run left before its first chunk.
  @Test func theNextIngestLinksWhatAStoppedOneLeft() throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try store.ingest(try analyzed().flatMap(\.storedPapers))
    var leftOver: [Int] = []
    var corrections = 0
    try BatchIngester(store: store, analyzer: PaperAnalyzer()).ingest([String]()) { event in
      if case .linkedLeftOver(let versions) = event { leftOver.append(versions) }
      if case .linked(let links) = event { corrections += links.corrections.count }
    }
    #expect(leftOver == [4])
    #expect(corrections == (try store.corrections().count))
    #expect(corrections >= 2)
  }
}
