import DocumentModel
import Foundation
import Store
import Testing

@Suite struct IngestTests {
  @Test func aNewPaperIsInsertedWithItsMetadataAndReferences() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    let question = try Papers.question()

    #expect(try store.ingest(question) == .inserted("nw/drs/16/850"))
    #expect(try store.contains(sha256: question.document.source.sha256))

    let record = try #require(try store.paper("nw/drs/16/850"))
    #expect(record.kind == "kleine-anfrage")
    #expect(record.title == Papers.title)
    #expect(record.body == "nw")
    #expect(record.wahlperiode == 16)
    #expect(record.number == "16/850")
    #expect(record.date == "2012-09-06")
    #expect(record.keyOrigin == .printed)
    #expect(record.aliases == ["nw/ka/16/421"])
    #expect(record.versions.map(\.sha256) == [question.document.source.sha256])
    #expect(record.currentSHA256 == question.document.source.sha256)
    #expect(record.versions.first?.byteCount == question.document.source.byteCount)

    let citations = try store.citations(from: "nw/drs/16/850")
    #expect(citations.map(\.reference) == question.references)
    #expect(citations.map(\.status) == [.dangling, .dangling, .dangling])
  }

  @Test func theSameBytesAgainAreADuplicateAndWriteNothing() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    let answer = try Papers.seedAnswer()
    #expect(try store.ingest(answer) == .inserted("nw/antwort/16/850"))
    let before = try store.statistics()

    var copy = answer
    copy.document.source.path = "inbox/elsewhere/copy-of-the-seed.txt"
    #expect(try store.ingest(copy) == .duplicate("nw/antwort/16/850"))
    #expect(try store.ingest(answer) == .duplicate("nw/antwort/16/850"))
    #expect(try store.statistics() == before)
    #expect(try store.paper("nw/antwort/16/850")?.versions.count == 1)
  }

  @Test func aKnownAliasFindsThePaper() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    #expect(try store.paper("nw/ka/16/421")?.key == "nw/drs/16/850")
    #expect(try store.paper("NW/KA/16/421")?.key == "nw/drs/16/850")
    #expect(try store.canonicalKey("nw/ka/16/421") == "nw/drs/16/850")
    #expect(try store.paper("nw/drs/16/851") == nil)
    #expect(try store.canonicalKey("nw/drs/16/851") == "nw/drs/16/851")
  }

  /// A Neudruck keeps the number; it is a further version of the paper, and the original
  /// stays available for the diff.
  @Test(arguments: [false, true])
  func aNeudruckIsANewVersionOfThePaper(neudruckFirst: Bool) throws {
    let original = """
      LANDTAG NORDRHEIN-WESTFALEN
      17. Wahlperiode
      Drucksache 17/2345
      15.03.2018

      Antwort der Landesregierung auf die Kleine Anfrage 901 (Drucksache 17/2001)

      Im Jahr 2017 wurden 1.256 Bewerbungen gezählt.

      """
    let reprint = original.replacingOccurrences(of: "17/2345\n", with: "17/2345 (Neudruck)\n")
      .replacingOccurrences(of: "1.256", with: "1.265")
    func paper(_ text: String, key: DocumentKey) throws -> StoredPaper {
      StoredPaper(
        document: Papers.document(
          text, key: key, kind: .antwort, title: "Bewerbungen im Landesdienst 2017"),
        references: [
          try Papers.reference(
            "Drucksache 17/2001", in: text, kind: .drucksache, target: "nw/drs/17/2001",
            relation: .answers)
        ])
    }
    let first = try paper(original, key: "nw/drs/17/2345")
    let second = try paper(reprint, key: "nw/drs/17/2345@neudruck")
    let firstSHA = first.document.source.sha256
    let secondSHA = second.document.source.sha256

    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    if neudruckFirst {
      #expect(try store.ingest(second) == .inserted("nw/drs/17/2345"))
      #expect(try store.ingest(first) == .newVersion("nw/drs/17/2345", previousSHA256: secondSHA))
    } else {
      #expect(try store.ingest(first) == .inserted("nw/drs/17/2345"))
      #expect(try store.ingest(second) == .newVersion("nw/drs/17/2345", previousSHA256: firstSHA))
    }
    #expect(try store.ingest(second) == .duplicate("nw/drs/17/2345"))

    let record = try #require(try store.paper("nw/drs/17/2345@neudruck"))
    #expect(record.key == "nw/drs/17/2345")
    #expect(Set(record.versions.map(\.sha256)) == [firstSHA, secondSHA])
    #expect(record.versions.first { $0.sha256 == secondSHA }?.label == "neudruck")
    #expect(record.versions.first { $0.sha256 == firstSHA }?.label == nil)
    // The Neudruck stands for the paper whichever arrived first.
    #expect(record.currentSHA256 == secondSHA)
    #expect(try store.statistics().papers == 1)
    #expect(try store.statistics().versions == 2)

    // Both versions' references stay readable; the graph counts the current one once.
    #expect(try store.citations(from: "nw/drs/17/2345@neudruck").count == 1)
    #expect(
      try store.citations(inVersion: firstSHA).map(\.reference.text) == ["Drucksache 17/2001"])
    #expect(try store.citations(to: "nw/drs/17/2001").count == 1)
    #expect(
      try store.graph().edges == [
        .init(source: "nw/drs/17/2345", target: "nw/drs/17/2001", relation: "answers", count: 1)
      ])
  }

  @Test func statedReferencesAreStoredOnceBesideTheExtractedOnes() throws {
    let text = "Drucksache 16/3052\nAntrag der Fraktion der FDP\nBezug: Drucksache 16/3000\n"
    var document = Papers.document(
      text, key: "nw/drs/16/3052", kind: .antrag, title: "Mehr Transparenz")
    let extracted = try Papers.reference(
      "Drucksache 16/3000", in: text, kind: .drucksache, target: "nw/drs/16/3000", relation: .cites)
    let statedOnly = Reference(
      kind: .drucksache, target: "nw/drs/16/2999", text: "", span: Span(start: 0, end: 0), line: 1,
      relation: .cites)
    document.statedReferences = [extracted, statedOnly]
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(StoredPaper(document: document, references: [extracted]))
    #expect(
      try store.citations(from: "nw/drs/16/3052").map(\.resolvedTarget) == [
        "nw/drs/16/3000", "nw/drs/16/2999",
      ])
  }

  @Test func statisticsCountTheCurrentVersions() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    try store.ingest(try Papers.seedAnswer())
    #expect(
      try store.statistics()
        == StoreStatistics(
          papers: 2, versions: 2, aliases: 1, references: 3 + 7, internalReferences: 1,
          // The question's three press-release references; the answer's two press releases,
          // two laws and the Vorlage.
          danglingReferences: 3 + 5, danglingTargets: 5, edges: 2 + 6))
    try store.ingest(try Papers.printedAnswer())
    let merged = try store.statistics()
    #expect(merged.papers == 2)
    #expect(merged.versions == 3)
    #expect(merged.aliases == 2)
    #expect(merged.references == 3 + 7)
  }

  /// A paper counts as ingested only when its transaction commits: one that fails half-way
  /// (here on a reference with an impossible span, after its version row was written)
  /// leaves nothing behind, and the store stays usable.
  @Test func aFailingPaperLeavesNothingBehind() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    let before = try store.statistics()

    var broken = try Papers.seedAnswer()
    broken.references[3].span = Span(start: -20, end: -10)
    #expect(throws: StoreError.self) { try store.ingest(broken) }
    #expect(try store.statistics() == before)
    #expect(try !store.contains(sha256: broken.document.source.sha256))
    #expect(try store.paper("nw/antwort/16/850") == nil)
    #expect(try store.canonicalKey("nw/ka/16/421") == "nw/drs/16/850")

    // A batch is one transaction: the good paper before the broken one is gone too.
    #expect(throws: StoreError.self) {
      try store.ingest([try Papers.followUp(), broken])
    }
    #expect(try store.statistics() == before)
    #expect(try store.ingest(try Papers.seedAnswer()) == .inserted("nw/antwort/16/850"))
  }

  /// The daemon and a `fundstelle ingest` may open the same file: each waits for the other's
  /// write lock instead of failing, and each sees what the other committed.
  @Test func twoOpenersOfOneFileWriteInTurnAndSeeEachOther() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let first = try temporary.open()
    let second = try temporary.open()
    let papers = try (1...60).map(Papers.synthetic)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { for paper in papers[..<30] { try first.ingest(paper) } }
      group.addTask { for paper in papers[30...] { try second.ingest(paper) } }
      try await group.waitForAll()
    }
    #expect(try first.statistics().papers == 60)
    #expect(try second.graph() == first.graph())
    #expect(try second.ingest(papers[0]) == .duplicate("nw/drs/17/1001"))
  }

  @Test func aStoreInAMissingDirectoryGivesAClearError() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let path = temporary.directory.appendingPathComponent("no/such/dir/fundstelle.sqlite").path
    #expect {
      _ = try PaperStore(path: path)
    } throws: { error in
      "\(error)".hasPrefix(path + ": cannot open the store")
    }
  }

  @Test func theStoreSurvivesReopeningAndMigratesOnce() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    do {
      let store = try temporary.open()
      try store.ingest(try Papers.question())
      try store.ingest(try Papers.seedAnswer())
    }
    let reopened = try temporary.open()
    #expect(try reopened.statistics().papers == 2)
    #expect(try reopened.citations(from: "nw/antwort/16/850").first?.status == .resolved)
    #expect(try reopened.ingest(try Papers.question()) == .duplicate("nw/drs/16/850"))
  }

  @Test func aFileThatIsNoStoreGivesAClearError() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let garbage = Array(repeating: UInt8(ascii: "x"), count: 4096)
    #expect(FileManager.default.createFile(atPath: temporary.path, contents: Data(garbage)))
    do {
      _ = try temporary.open()
      Issue.record("opening a file of x's as a store did not fail")
    } catch let error as StoreError {
      #expect(error.path == temporary.path)
      #expect(error.description.hasPrefix(temporary.path + ": cannot open the store"))
      #expect(!error.description.contains("xxxx"))
    }
  }

  @Test func theStoreRunsInWALMode() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    #expect(FileManager.default.fileExists(atPath: temporary.path + "-wal"))
  }

  /// Content identity holds inside a batch too: the hash decides, not the key.
  @Test func aBatchRecognisesKnownContent() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    var broken = try Papers.synthetic(2)
    broken.document.source.sha256 = try Papers.synthetic(1).document.source.sha256
    broken.document.key = "nw/drs/17/9999"
    let outcomes = try store.ingest([try Papers.synthetic(1), try Papers.synthetic(3)])
    #expect(outcomes == [.inserted("nw/drs/17/1001"), .inserted("nw/drs/17/1003")])
    #expect(
      try store.ingest([try Papers.synthetic(4), broken]) == [
        .inserted("nw/drs/17/1004"), .duplicate("nw/drs/17/1001"),
      ])
    #expect(try store.statistics().papers == 3)
  }

  /// Many writers and readers at once: the pool serialises the writes, readers see whole
  /// papers only, and the result is the same as ingesting one by one.
  @Test func concurrentIngestAndReadsGiveTheSameStoreAsSequentialIngest() async throws {
    let papers = try (1...120).map(Papers.synthetic)
    let concurrent = try TemporaryStore()
    defer { concurrent.remove() }
    let store = try concurrent.open()
    try await withThrowingTaskGroup(of: Void.self) { group in
      for worker in 0..<4 {
        group.addTask {
          for paper in papers.enumerated().filter({ $0.offset % 4 == worker }).map(\.element) {
            _ = try store.ingest(paper)
          }
        }
        group.addTask {
          for _ in 0..<10 {
            let graph = try store.graph()
            // A reader never sees a paper without its references.
            let sources = Set(graph.edges.map(\.source))
            for node in graph.nodes where node.status == .stored {
              #expect(sources.contains(node.id))
            }
          }
        }
      }
      try await group.waitForAll()
    }
    let sequential = try TemporaryStore()
    defer { sequential.remove() }
    let reference = try sequential.open()
    try reference.ingest(papers)
    #expect(try store.graph() == reference.graph())
    #expect(try store.statistics() == reference.statistics())
    #expect(try store.statistics().papers == 120)
  }
}
