import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import XMLIngest

@Suite struct AkomaNtosoTests {
  @Test func identityAndSectionsOfTheNRWAnswer() throws {
    let (bytes, documents) = try readFixture("nw_antwort_16-850_akn.xml")
    let d = try #require(documents.first)
    #expect(documents.count == 1)
    #expect(d.key == "nw/antwort/16/850")
    #expect(d.keyOrigin == .derived)
    #expect(d.kind == .antwort)
    #expect(d.body == .nw && d.wahlperiode == 16)
    #expect(d.dates.letter == PartialDate(year: 2012, month: 10, day: 9))
    #expect(
      d.title
        == "Aktive Partnerschaften zur interkulturellen Öffnung von Behörden und Institutionen: Was hat das Ministerium die letzten zwei Jahre getan?"
    )
    #expect(d.issuer == "Minister für Arbeit, Gesundheit und Soziales")
    #expect(
      d.answers == AnsweredQuestion(kind: .kleineAnfrage, number: 421, drucksache: "nw/drs/16/850"))
    #expect(
      d.sections.map(\.kind) == [
        .header, .questionPreamble, .governmentPreamble, .question, .answer, .question, .answer,
        .question, .answer, .question, .answer, .question, .answer,
      ])
    #expect(d.sections.filter { $0.kind == .question }.map(\.numbers) == [[1], [2], [3], [4], [5]])
    #expect(d.sections.filter { $0.kind == .answer }.map(\.numbers) == [[1], [2], [3], [4], [5]])
    #expect(d.sections[1].heading == "Vorbemerkung der Kleinen Anfrage")
    let q1 = d.text.substring(d.sections[3].textRange)
    #expect(
      q1
        == "1. Was hat die Landesregierung in den vergangenen 20 Monaten getan, Kommunen für die interkulturelle Öffnung ihrer Verwaltungen zu gewinnen?"
    )
    #expect(!d.text.text.contains("/akn/"))
    expectExactMapping(d, bytes)
  }

  @Test func statedReferences() throws {
    let (_, documents) = try readFixture("nw_antwort_16-850_akn.xml")
    let d = try #require(documents.first)
    let refs = d.statedReferences.map {
      "\($0.kind.rawValue) \($0.target) \($0.relation.rawValue) \($0.text)"
    }
    #expect(
      refs == [
        "kleine-anfrage nw/ka/16/421 answers Kleine Anfrage 421",
        "drucksache nw/drs/16/850 answers Drucksache 16/850",
        "law law/nw/tintg/§1/nr7 mentions-law 1 Nr. 7",
        "law law/nw/tintg/§6/abs1 mentions-law 6 Abs.1",
        "internal nw/antwort/16/850#frage-3 refers-to unter 3. genannten",
        "vorlage nw/vorlage/15/1144 cites Vorlage 15/1144",
      ])
  }

  /// Where the text version of the seed has a reference, the AKN text says the same, so
  /// extraction finds the same references in both.
  static let referencePhrases = [
    "auf die Kleine Anfrage 421 vom 6. September 2012", "Drucksache 16/850",
    "hat die Kleine Anfrage 421 mit Schrei", "des MAIS vom 21. Dezember 2010",
    "(vgl. §§ 1 Nr. 7 und 6 Abs.1)", "Im Rahmen des unter 3. genannten Pilotprojektes",
    "mit Vorlage 15/1144 vom 18. Januar 2012",
    "Am 23. August 2012 gab es eine weitere Pressemitteilung",
  ]

  @Test func textHoldsTheReferencePhrases() throws {
    let (_, documents) = try readFixture("nw_antwort_16-850_akn.xml")
    let text = try #require(documents.first).text.text
    for phrase in Self.referencePhrases { #expect(text.contains(phrase), "\(phrase)") }
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: Repository.seed.path)))
  func seedHoldsTheSamePhrases() throws {
    let seed = try String(contentsOf: Repository.seed, encoding: .utf8)
    let seedText = seed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for phrase in Self.referencePhrases { #expect(seedText.contains(phrase), "\(phrase)") }
  }

  @Test func hrefConventions() {
    #expect(AkomaNtosoReader.paperKey("/akn/de-nw/doc/drucksache/16-850")?.0 == "nw/drs/16/850")
    #expect(AkomaNtosoReader.paperKey("/akn/de/doc/drucksache/21-6278")?.0 == "bt/drs/21/6278")
    #expect(AkomaNtosoReader.paperKey("/akn/de-nw/doc/plenarprotokoll/16-12")?.0 == "nw/plpr/16/12")
    #expect(AkomaNtosoReader.lawKey("/akn/de-nw/act/tintg#sec_6__para_1") == "law/nw/tintg/§6/abs1")
    #expect(AkomaNtosoReader.numbersOf("antwort_1-2") == [1, 2])
  }
}

@Suite struct AkomaNtosoDebateTests {
  @Test func debateSectionsSpeechesAndMref() throws {
    let (bytes, documents) = try readFixture("bt_debate_akn.xml")
    let d = try #require(documents.first)
    #expect(d.key == "bt/plpr/21/91")
    #expect(d.kind == .plenarprotokoll)
    #expect(d.dates.original == PartialDate(year: 2026, month: 7, day: 10))
    #expect(d.title == "Stenografischer Bericht, 90. Sitzung")
    #expect(d.sections.map(\.kind) == [.header, .agendaItem, .speech])
    #expect(d.sections[1].label == "Zusatzpunkt 28")
    #expect(d.sections[1].heading == "Zweite und dritte Beratung des Gebäudeenergiegesetzes")
    #expect(d.sections[2].label == "Sepp Müller (CDU/CSU):")
    #expect(
      d.statedReferences.map(\.target.rawValue) == [
        "bt/drs/21/6278", "bt/drs/21/6565", "bt/drs/21/7009",
      ])
    #expect(d.text.text.contains("\nDrucksachen 21/6278, 21/6565\n"))
    // Plain-text references stay in the text for extraction.
    #expect(d.text.text.contains("Drucksache 21/7071 lehnen wir ab."))
    expectExactMapping(d, bytes)
  }
}
