import DocumentModel
import Foundation
import Testing

@testable import XMLIngest

@Suite struct PlenarprotokollTests {
  /// Counted by hand in the excerpt: the `<a href>` Drucksachen of the T_Drs paragraphs,
  /// in document order (21/7009 twice: ZP 28 a and b).
  static let linkedDrucksachen = [
    "21/6278", "21/6565", "21/7009", "21/7010", "21/3910", "21/6019", "21/7009", "21/6006",
    "21/7008", "21/6466", "21/6099", "21/5517", "21/6987",
  ]
  /// Counted by hand: how often each number stands in the text (T_Drs and running J/O text).
  static let occurrences: [String: Int] = [
    "21/6278": 2, "21/6565": 2, "21/7009": 6, "21/7010": 1, "21/3910": 2, "21/6019": 2,
    "21/6006": 2, "21/7008": 2, "21/6466": 2, "21/6099": 2, "21/5517": 2, "21/6987": 2,
    // only in running text:
    "21/7022": 1, "21/7015": 1, "21/5487": 1, "21/7071": 1,
  ]

  @Test func identityFromRootAttributes() throws {
    let (_, documents) = try readFixture("bt_plenarprotokoll_21-90_excerpt.xml")
    #expect(documents.count == 1)
    let d = try #require(documents.first)
    #expect(d.key == "bt/plpr/21/90")
    #expect(d.kind == .plenarprotokoll)
    #expect(d.body == .bt)
    #expect(d.wahlperiode == 21)
    #expect(d.dates.effective == PartialDate(year: 2026, month: 7, day: 10))
    #expect(d.source.format == .bundestagPlenarprotokollXML)
    #expect(d.keyOrigin == .printed)
  }

  @Test func everyDrucksacheIsInTheText() throws {
    let (_, documents) = try readFixture("bt_plenarprotokoll_21-90_excerpt.xml")
    let text = try #require(documents.first).text.text
    for (number, count) in Self.occurrences {
      #expect(text.components(separatedBy: number).count - 1 == count, "\(number)")
    }
    // The T_Drs paragraphs read whole, links included.
    #expect(text.contains("\nDrucksachen 21/6278, 21/6565\n"))
    #expect(text.contains("\nDrucksachen 21/3910, 21/6019, 21/7009\n"))
    #expect(text.contains("\nDrucksache 21/6466\n"))
    // Running text of J paragraphs.
    #expect(text.contains("Drucksachen 21/7015 und 21/5487"))
    #expect(text.contains("auf Drucksache 21/7071."))
    // The comment is not text.
    #expect(!text.contains("EXCERPT"))
  }

  @Test func linksAreStatedReferences() throws {
    let (bytes, documents) = try readFixture("bt_plenarprotokoll_21-90_excerpt.xml")
    let d = try #require(documents.first)
    #expect(d.statedReferences.map(\.text) == Self.linkedDrucksachen)
    #expect(
      d.statedReferences.map(\.target.rawValue)
        == Self.linkedDrucksachen.map { "bt/drs/" + $0 })
    for (i, r) in d.statedReferences.enumerated() {
      #expect(r.kind == .drucksache)
      #expect(r.relation == .cites)
      // The span is exactly the link's text in the file.
      #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
      let nth = Self.linkedDrucksachen[...i].filter { $0 == r.text }.count
      #expect(r.line == lineOf(">\(r.text)</a>", in: bytes, occurrence: nth))
    }
  }

  @Test func agendaItemsAndExactOffsets() throws {
    let (bytes, documents) = try readFixture("bt_plenarprotokoll_21-90_excerpt.xml")
    let d = try #require(documents.first)
    #expect(d.sections.map(\.kind) == [.agendaItem, .agendaItem])
    #expect(d.sections.map(\.label) == ["Zusatzpunkt 28, 29", "Tagesordnungspunkt 25"])
    for s in d.sections {
      #expect(bytes[s.span.start..<s.span.end].starts(with: Array("<tagesordnungspunkt".utf8)))
    }
    let text = d.text
    #expect(text.substring(d.sections[0].textRange).hasPrefix("Ich rufe auf die Zusatzpunkte"))
    #expect(
      text.substring(d.sections[1].textRange).hasSuffix(
        "Der Entschließungsantrag ist abgelehnt. 1\nAnlage 6"))
    expectExactMapping(d, bytes)
  }

  @Test func footnotesAndMarksDoNotGlueToNumbers() throws {
    let (_, documents) = try readFixture("bt_plenarprotokoll_21-90_excerpt.xml")
    let text = try #require(documents.first).text.text
    #expect(text.contains("später bekannt. 1\nErgebnis Seite 11171 C\n"))
  }

  @Test func speechesEntitiesCommentsAndCDATA() throws {
    let (bytes, documents) = try readFixture("bt_plenarprotokoll_speech.xml")
    let d = try #require(documents.first)
    #expect(d.key == "bt/plpr/20/7")
    #expect(d.title == "Plenarprotokoll 20/7, 7. Sitzung")
    #expect(d.sections.map(\.kind) == [.agendaItem, .speech, .speech])
    #expect(
      d.sections.map(\.label) == [
        "Tagesordnungspunkt 3", "Dr. Anna Beispiel (CDU/CSU)",
        "Bernd Muster (Parl. Staatssekretär beim Bundesminister der Finanzen)",
      ])
    let text = d.text.text
    // The speaker metadata is not text; the printed speaker line is.
    #expect(text.contains("\nDr. Anna Beispiel (CDU/CSU):\n"))
    #expect(!text.contains("DrAnna") && !text.contains("AnnaBeispiel"))
    #expect(
      text.contains(
        "Drucksache 20/412 & der Antwort auf Drucksache 20/199 gezeigt, was München und Köln brauchen."
      ))
    #expect(
      text.contains(
        "Drucksache 20/388 1\nVgl. Plenarprotokoll 20/5, S. 212\n, und zwar auf Seite 4."))
    #expect(text.contains("Wir antworten <bald> auf Drucksache 20/500."))
    // Entities map atomically onto their references.
    let amp = try #require(text.utf8.firstIndex(of: UInt8(ascii: "&")))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: amp)
    let span = d.text.span(of: offset..<(offset + 1))
    #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "&amp;")
    let ue = try #require(text.range(of: "ü"))
    let ueSpan = d.text.span(of: ue)
    #expect(String(decoding: bytes[ueSpan.start..<ueSpan.end], as: UTF8.self) == "&#252;")
    expectExactMapping(d, bytes)
  }

  @Test func hrefsToPapers() {
    #expect(
      PlenarprotokollReader.target(ofHref: "https://dserver.bundestag.de/btd/21/062/2106278.pdf")?
        .0 == "bt/drs/21/6278")
    #expect(
      PlenarprotokollReader.target(ofHref: "https://dserver.bundestag.de/btp/21/21090.pdf#P.11179")?
        .0 == "bt/plpr/21/90")
    #expect(PlenarprotokollReader.target(ofHref: "ANL4") == nil)
  }
}
