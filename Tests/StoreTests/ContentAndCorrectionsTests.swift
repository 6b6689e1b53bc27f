import Claims
import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store
import TestSupport
import Testing

/// The v2 tables: each file's bytes (so a stored paper can be read again), the corrections
/// found between papers and the changes between versions, and the query that finds a
/// paper's question and answers.
@Suite struct ContentAndCorrectionsTests {
  static let question = "Fixtures/text/nw_16_850_kleine_anfrage.txt"
  static let answer = "seeds/000_65a9724eb37073ec.txt"

  func freshStore() throws -> (PaperStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (try PaperStore(path: folder.appendingPathComponent("s.sqlite").path), folder)
  }

  func analyzed(_ relativePath: String) throws -> AnalyzedFile {
    try AnalyzedFile.read(
      Repository.root.appendingPathComponent(relativePath).path, analyzer: PaperAnalyzer())
  }

  @Test func aStoredPaperIsReadAgainFromItsKeptBytes() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try analyzed(Self.answer)
    let original = try #require(file.papers.first?.document)
    _ = try PaperCommitter(store: store).commit(file)

    #expect(try store.content(sha256: original.source.sha256) == file.bytes)
    let again = try #require(
      try PaperCommitter.document(ofVersion: original.source.contentID, in: store))
    #expect(again.key == original.key)
    #expect(again.text.text == original.text.text)
    #expect(again.sections == original.sections)
    #expect(try store.content(sha256: String(repeating: "0", count: 64)) == nil)
  }

  @Test func aFileOfSeveralPapersIsKeptOnceAndEachPaperReadsAgain() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try analyzed("Fixtures/xml/sn_landtag_export_klanfr.xml")
    try #require(file.papers.count > 1)
    let outcomes = try PaperCommitter(store: store).commit(file).outcomes
    #expect(outcomes.count == file.papers.count)
    for paper in file.papers {
      let document = paper.document
      let stored = try #require(try store.file(version: document.source.contentID))
      #expect(stored.bytes == file.bytes)
      #expect(stored.part == document.source.part)
      let again = try PaperCommitter.document(ofVersion: document.source.contentID, in: store)
      #expect(again?.key == document.key)
      #expect(again?.text.text == document.text.text)
    }
  }

  /// A file read as one paper, with its bytes kept, is known by its hash before analysis;
  /// a file of several papers, a paper stored without its bytes (a store from before v2)
  /// and bytes never seen are not, so they are read as before.
  @Test func aFileIsKnownByItsBytesOnlyAsOnePaperWithItsBytesKept() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let committer = PaperCommitter(store: store)
    let answer = try analyzed(Self.answer)
    let export = try analyzed("Fixtures/xml/sn_landtag_export_klanfr.xml")
    try #require(export.papers.count > 1)
    _ = try committer.commit(answer)
    _ = try committer.commit(export)
    let question = try #require(try analyzed(Self.question).papers.first)
    try store.ingest(StoredPaper(document: question.document, references: question.references))

    #expect(
      try store.knownFile(sha256: SHA256.hex(answer.bytes))
        == KnownFile(paper: DocumentKey("nw/antwort/16/850"), kind: "antwort"))
    #expect(try store.knownFile(sha256: SHA256.hex(export.bytes)) == nil)
    #expect(try store.knownFile(sha256: question.document.source.sha256) == nil)
    #expect(try store.knownFile(sha256: String(repeating: "0", count: 64)) == nil)

    // Read again with the store, the answer is known and not analysed; the export is read.
    let again = try AnalyzedFile.read(
      Repository.root.appendingPathComponent(Self.answer).path, analyzer: PaperAnalyzer(),
      skippingKnownIn: store)
    #expect(again.known?.paper == DocumentKey("nw/antwort/16/850"))
    #expect(again.papers.isEmpty)
    let exportAgain = try AnalyzedFile.read(
      Repository.root.appendingPathComponent("Fixtures/xml/sn_landtag_export_klanfr.xml").path,
      analyzer: PaperAnalyzer(), skippingKnownIn: store)
    #expect(exportAgain.known == nil)
    #expect(exportAgain.papers.count == export.papers.count)
  }

  @Test func aPaperStoredWithoutBytesCannotBeReadAgain() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paper = try #require(try analyzed(Self.question).papers.first)
    try store.ingest(StoredPaper(document: paper.document, references: paper.references))
    #expect(try store.file(version: paper.document.source.contentID) == nil)
    #expect(
      try PaperCommitter.document(ofVersion: paper.document.source.contentID, in: store) == nil)
  }

  static func passage(_ key: String, _ text: String, at start: Int) -> Passage {
    Passage(
      document: DocumentKey(key), text: text, span: Span(start: start, end: start + text.utf8.count)
    )
  }

  @Test func recordingCorrectionsAgainStoresNothingTwice() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let misattribution = Correction(
      kind: .misattribution,
      claim: Self.passage("nw/drs/16/850", "In dieser wurde angekündigt, dass …", at: 679),
      correction: Self.passage("nw/antwort/16/850", "Dies beruht auf einem Irrtum.", at: 3655),
      subject: "Initiative des Bundes", cue: "war in der Presseerklärung nicht enthalten",
      confidence: 0.9, explanation: "The press release did not contain it.")
    let premise = Correction(
      kind: .falsePremise,
      claim: Self.passage("nw/drs/16/850", "seit der Einführung", at: 3017),
      correction: Self.passage(
        "nw/antwort/16/850", "Anonymisierte Bewerbungen sind nicht eingeführt worden.", at: 7063),
      subject: "Einführung", cue: nil, confidence: 0.8, explanation: "Nothing was introduced.")
    #expect(try store.record(corrections: [misattribution, premise]) == [misattribution, premise])
    #expect(try store.record(corrections: [premise, misattribution]).isEmpty)
    // Another correcting passage of the same claim is another correction.
    var elsewhere = premise
    elsewhere.correction = Self.passage("nw/drs/16/1200", "Sie wurden nicht eingeführt.", at: 40)
    #expect(try store.record(corrections: [premise, elsewhere]) == [elsewhere])
    #expect(try store.corrections() == [misattribution, premise, elsewhere])
  }

  /// What `fundstelle corrections` writes: the store's corrections streamed, with their
  /// tally first and titles looked up within the read, into a report writer handing on
  /// small pieces. Every format comes out as the report of the corrections in memory.
  @Test(arguments: CorrectionReport.Format.allCases)
  func streamedReportsEqualTheReportsOfTheCorrectionsInMemory(
    format: CorrectionReport.Format
  ) throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let committer = PaperCommitter(store: store)
    _ = try committer.commit(try analyzed(Self.question))
    _ = try committer.commit(try analyzed(Self.answer))
    let all = try store.corrections()
    try #require(all.count == 2)
    var titles: [DocumentKey: String] = [:]
    for key in Set(all.flatMap { [$0.claim.document, $0.correction.document] }) {
      titles[key] = try store.paper(key)?.title
    }
    #expect(titles.count == 2)

    var streamed = ""
    var pieces = 0
    var writer: CorrectionReportWriter?
    try store.corrections(
      tally: { tally in
        #expect(tally == CorrectionTally(all))
        #expect(tally.papers == 2)
        writer = CorrectionReportWriter(format: format, tally: tally, chunkBytes: 64) {
          streamed += $0
          pieces += 1
        }
        try writer?.start()
      },
      each: { try writer?.add($0, title: $1) })
    try writer?.finish()

    let whole =
      switch format {
      case .json: CorrectionReport.json(all)
      case .markdown: CorrectionReport.markdown(all, titles: titles)
      case .html: CorrectionReport.html(all, titles: titles)
      }
    #expect(streamed == whole)
    #expect(pieces > 2)
    if format != .json { #expect(titles.values.allSatisfy { streamed.contains($0) }) }
  }

  /// Whichever comes first, the second finds the first: the answer names its question by
  /// the KA number, the question is stored as its Drucksache.
  @Test(arguments: [false, true])
  func theQuestionAndItsAnswerFindEachOther(answerFirst: Bool) throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let question = try #require(try analyzed(Self.question).papers.first)
    let answer = try #require(try analyzed(Self.answer).papers.first)
    let (first, second) = answerFirst ? (answer, question) : (question, answer)
    let qSHA = question.document.source.contentID
    let aSHA = answer.document.source.contentID
    try store.ingest(StoredPaper(document: first.document, references: first.references))
    #expect(try store.linkPartners(ofVersion: first.document.source.contentID).isEmpty)
    try store.ingest(StoredPaper(document: second.document, references: second.references))

    let ofAnswer = try store.linkPartners(ofVersion: aSHA)
    #expect(ofAnswer.questions.map(\.versionSHA256) == [qSHA])
    #expect(ofAnswer.questions.map(\.paper) == [DocumentKey("nw/drs/16/850")])
    #expect(ofAnswer.answers.isEmpty)
    let ofQuestion = try store.linkPartners(ofVersion: qSHA)
    #expect(ofQuestion.answers.map(\.versionSHA256) == [aSHA])
    #expect(ofQuestion.questions.isEmpty)
    // Several at once, in one read, give the same, in their order.
    #expect(try store.linkPartners(ofVersions: [aSHA, qSHA]) == [ofAnswer, ofQuestion])
    #expect(try store.linkPartners(ofVersions: []).isEmpty)
  }

  @Test func theChangesOfANeudruckAreStoredWithItsVersions() throws {
    let (store, folder) = try freshStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let committer = PaperCommitter(store: store)
    let original = try analyzed("Fixtures/text/nw_17_3125_antrag.txt")
    let neudruck = try analyzed("Fixtures/text/nw_17_3125_antrag_neudruck.txt")
    #expect(try committer.commit(original).links.changes.isEmpty)
    let links = try committer.commit(neudruck).links
    let oldSHA = try #require(original.papers.first?.document.source.contentID)
    let newSHA = try #require(neudruck.papers.first?.document.source.contentID)

    let stored = try store.changes(for: DocumentKey("nw/drs/17/3125@neudruck"))
    #expect(stored == links.changes)
    let diff = try #require(stored.first)
    #expect(stored.count == 1)
    #expect(diff.paper == DocumentKey("nw/drs/17/3125"))
    #expect(diff.oldSHA256 == oldSHA && diff.newSHA256 == newSHA)
    let summary = Set(diff.changes.map { "\($0.kind.rawValue) \($0.old) \($0.new)" })
    #expect(
      summary == [
        "number 1.028 1.082", "date 30. September 31. Oktober", "wording dauerhaft vollständig",
      ])
    #expect(diff.changes.allSatisfy { $0.oldSpan != nil && $0.newSpan != nil })

    // The changed figure and date are the Neudruck's corrections of the first print; the
    // rewording is none. Each side quotes its whole sentence.
    let corrections = links.corrections
    #expect(corrections.map(\.kind) == [.selfCorrection, .selfCorrection])
    #expect(corrections.allSatisfy { $0.claim.document == DocumentKey("nw/drs/17/3125") })
    #expect(
      corrections.allSatisfy { $0.correction.document == DocumentKey("nw/drs/17/3125@neudruck") })
    let figure = try #require(corrections.first)
    #expect(figure.claim.text.hasPrefix("Seit dem Jahr 2011 werden in Nordrhein-Westfalen 1.028"))
    #expect(figure.correction.text.contains("1.082 Fachkräfte"))
    #expect(figure.cue == "Neudruck")
    #expect(try store.corrections() == corrections)

    // The same bytes again: a duplicate, not diffed again; recording a pair anew replaces it.
    #expect(try committer.commit(neudruck).links.changes.isEmpty)
    #expect(try store.changes(for: DocumentKey("nw/drs/17/3125")) == stored)
    try store.record(
      changes: [diff.changes[0]], paper: DocumentKey("nw/drs/17/3125"), old: oldSHA, new: newSHA)
    #expect(try store.changes(for: DocumentKey("nw/drs/17/3125")).map(\.changes.count) == [1])
  }
}
