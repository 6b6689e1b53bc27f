import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import TextIngest

/// The seed: NRW Antwort der Landesregierung on Kleine Anfrage 421 (Drucksache 16/850),
/// pdftotext output without its page header. Its model is fixed by issue 2, field by field.
@Suite struct SeedTests {
  let bytes: [UInt8]
  let document: Document

  init() throws {
    bytes = [UInt8](try Data(contentsOf: Repository.seed))
    document = try TextPaperReader.read(bytes, path: "seeds/000_65a9724eb37073ec.txt")
  }

  @Test func identity() {
    #expect(document.kind == .antwort)
    #expect(document.body == .nw)
    #expect(document.wahlperiode == 16)
    #expect(document.number == nil)
    #expect(document.version == nil)
    #expect(document.key == "nw/antwort/16/850")
    #expect(document.keyOrigin == .derived)
    #expect(!document.aliases.contains("nw/drs/16/850"), "the answer is not its question")
  }

  @Test func source() {
    #expect(document.source.path == "seeds/000_65a9724eb37073ec.txt")
    #expect(document.source.sha256 == SHA256.hex(bytes))
    #expect(document.source.byteCount == bytes.count)
    #expect(document.source.format == .text)
    #expect(document.source.encoding == "utf-8")
  }

  @Test func answeredQuestion() {
    #expect(
      document.answers
        == AnsweredQuestion(
          kind: .kleineAnfrage, number: 421, date: PartialDate(year: 2012, month: 9, day: 6),
          drucksache: "nw/drs/16/850"))
  }

  @Test func originatorsIssuerAndLetter() {
    #expect(document.originators == [Person(name: "Serap Güler", party: "CDU", role: "MdL")])
    #expect(document.issuer == "Minister für Arbeit, Gesundheit und Soziales")
    #expect(document.dates.letter == PartialDate(year: 2012, month: 10, day: 9))
    #expect(document.dates.header == nil)
    #expect(document.dates.original == nil)
    #expect(document.dates.issued == nil)
    #expect(document.dates.effective == PartialDate(year: 2012, month: 10, day: 9))
  }

  @Test func title() {
    #expect(
      document.title
        == "Aktive Partnerschaften zur interkulturellen Öffnung von Behörden und Institutionen: Was hat das Ministerium die letzten zwei Jahre getan?"
    )
  }

  @Test func sectionSequence() {
    let shape = document.sections.map { "\($0.kind.rawValue)\($0.numbers)" }
    #expect(
      shape == [
        "header[]", "question-preamble[]", "government-preamble[]",
        "question[1]", "answer[1]", "question[2]", "answer[2]", "question[3]", "answer[3]",
        "question[4]", "answer[4]", "question[5]", "answer[5]",
      ])
    #expect(document.sections[1].heading == "Vorbemerkung der Kleinen Anfrage")
    #expect(document.sections[2].heading == "Vorbemerkung der Landesregierung")
  }

  @Test func questionTexts() throws {
    let questions = document.sections.filter { $0.kind == .question }
    let texts = questions.map { String(document.text.substring($0.textRange)) }
    try #require(texts.count == 5)
    // Question 1 runs across the blank line in the file.
    #expect(
      texts[0]
        == "1. Was hat die Landesregierung in den vergangenen 20 Monaten getan, Kommunen für die interkulturelle Öffnung ihrer Verwaltungen zu gewinnen?"
    )
    #expect(texts[1].hasPrefix("2. Gibt es bisher, wie 2010 auch angekündigt"))
    #expect(texts[2].hasSuffix("zu dem Instrument „Anonymisierte Bewerbung“?"))
    #expect(
      texts[3]
        == "4. Wie viele anonymisierte Bewerbungen sind seit Ende 2010 an die Landesverwaltung gerichtet worden?"
    )
    #expect(texts[4].hasSuffix("signifikant erhöht (bitte konkrete Vergleichszahlen nennen)?"))
  }

  @Test func answersDoNotSwallowTheNextQuestion() {
    let answers = document.sections.filter { $0.kind == .answer }
    #expect(answers.map(\.numbers) == [[1], [2], [3], [4], [5]])
    for answer in answers {
      let text = document.text.substring(answer.textRange)
      let next = (answer.numbers.first ?? 0) + 1
      #expect(!text.contains("\n\(next). "), "answer \(answer.numbers) runs into question \(next)")
      #expect(!text.hasSuffix("?"))
    }
    let first = answers.first.map { document.text.substring($0.textRange) } ?? ""
    #expect(first.hasPrefix("Um die interkulturelle Öffnung landesweit anzustoßen"))
    #expect(first.hasSuffix("des Landesintegrationsrates gefördert."))
    let last = answers.last.map { document.text.substring($0.textRange) } ?? ""
    #expect(last.hasSuffix("Die Befragung soll in vier Jahren wiederholt werden."))
  }

  @Test func governmentPreambleHoldsTheCorrection() throws {
    let preamble = try #require(document.sections.first { $0.kind == .governmentPreamble })
    let text = document.text.substring(preamble.textRange)
    #expect(text.contains("Dies beruht auf einem Irrtum."))
    #expect(text.hasSuffix("mit dem Fokus auf die Landesverwaltung."))
  }

  @Test func sectionsTileTheTextAndMapToTheirBytes() {
    SectionSpans.check(document, original: bytes)
  }
}
