import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

/// The user's own case: Kleine Anfrage 421 (Drucksache 16/850) and the seed answer.
@Suite struct SeedCaseTests {
  let questionBytes: [UInt8]
  let answerBytes: [UInt8]
  let question: Document
  let answer: Document
  let found: [Correction]

  init() throws {
    questionBytes = try Repository.fixtureBytes("text/nw_16_850_kleine_anfrage.txt")
    answerBytes = [UInt8](try Data(contentsOf: Repository.seed))
    question = try TextPaperReader.read(questionBytes, path: "nw_16_850_kleine_anfrage.txt")
    answer = try TextPaperReader.read(answerBytes, path: "000_65a9724eb37073ec.txt")
    found = CorrectionDetector().corrections(question: question, answer: answer)
  }

  /// The original bytes behind a span, with line ends and hyphens closed up.
  func original(_ bytes: [UInt8], _ span: Span) -> String {
    Evaluation.normalize(String(decoding: bytes[span.start..<span.end], as: UTF8.self))
  }

  @Test func exactlyTheTwoCorrectionsACarefulReaderFinds() {
    for c in found { print(c.kind.rawValue, "|", c.cue ?? "-", "|", c.explanation) }
    #expect(found.map(\.kind) == [.misattribution, .falsePremise])
  }

  @Test func federalInitiativeMisattribution() throws {
    let c = try #require(found.first)
    #expect(c.kind == .misattribution)
    #expect(c.claim.document == question.key)
    #expect(c.correction.document == answer.key)
    #expect(c.claim.text.hasPrefix("In dieser wurde angekündigt, dass die Landesverwaltung"))
    #expect(
      c.claim.text.contains("mit Hilfe der Initiative des Bundes „Anonymisierte Bewerbungen“"))
    #expect(
      c.correction.text.hasPrefix("Dies beruht auf einem Irrtum. Dieser Bezug auf die Initiative"))
    #expect(c.correction.text.contains("war in der Presseerklärung nicht enthalten"))
    #expect(c.correction.text.contains("ist ein eigenständiges Pilotprojekt der Landesregierung"))
    #expect(c.cue == "war in der Presseerklärung nicht enthalten")
    #expect(c.explanation.contains("2010-12-21"))
    #expect(c.confidence > 0.8 && c.confidence <= 1)
    // Spans point at the original bytes, in the question's Vorbemerkung.
    #expect(original(questionBytes, c.claim.span).hasPrefix("In dieser wurde angekündigt"))
    #expect(original(answerBytes, c.correction.span).hasPrefix("Dies beruht auf einem Irrtum."))
    let preamble = try #require(question.sections.first { $0.kind == .questionPreamble })
    #expect(preamble.span.contains(c.claim.span))
  }

  @Test func falsePremiseOfQuestionFive() throws {
    let c = try #require(found.last)
    #expect(c.kind == .falsePremise)
    #expect(c.claim.text.contains("seit der Einführung der anonymisierte Bewerbungen"))
    #expect(c.correction.text.hasPrefix("Anonymisierte Bewerbungen sind nicht eingeführt worden."))
    #expect(c.correction.text.contains("Vielmehr wurde ein Pilotprojekt"))
    #expect(c.cue == "nicht eingeführt")
    #expect(c.subject == "seit der Einführung der anonymisierte Bewerbungen")
    #expect(original(answerBytes, c.correction.span).hasPrefix("Anonymisierte Bewerbungen sind"))
  }

  @Test func claimsOfTheQuestion() throws {
    let claims = ClaimExtractor.claims(in: question)
    #expect(claims.allSatisfy { $0.paperDate == PartialDate(year: 2012, month: 9, day: 6) })
    #expect(claims.allSatisfy { $0.document == question.key })
    let announced = try #require(claims.first { $0.text.hasPrefix("In dieser wurde angekündigt") })
    #expect(announced.sourceLabel == "Pressemitteilung vom 2010-12-21")
    #expect(announced.sectionKind == .questionPreamble)
    let quote = try #require(claims.first { $0.text.hasPrefix("Minister Schneider wurde") })
    #expect(quote.kind == .quotation)
    #expect(quote.sourceLabel == "Minister Schneider")
    let presupposed = claims.filter { $0.kind == .presupposition }.map(\.sectionNumbers)
    #expect(presupposed.contains([3]))
    #expect(presupposed.contains([5]))
    // Open questions presuppose nothing checkable.
    #expect(!presupposed.contains([1]))
    #expect(!presupposed.contains([4]))
  }

  @Test func claimsOfTheAnswerCarryFiguresAndDates() throws {
    let claims = ClaimExtractor.claims(in: answer)
    let posts = try #require(claims.first { $0.quantities.contains { $0.text == "89 Stellen" } })
    #expect(posts.dates.contains(PartialDate(year: 2012, month: 6, day: 30)))
    #expect(posts.sectionKind == .answer && posts.sectionNumbers == [4])
    #expect(
      claims.contains { $0.quantities.contains { $0.value == 1256 && $0.unit == "Personen" } })
    // The answer's copy of the question's Vorbemerkung is not the answer's claim.
    #expect(!claims.contains { $0.text.hasPrefix("In dieser wurde angekündigt") })
    #expect(claims.allSatisfy { $0.paperDate == answer.dates.effective })
  }
}
