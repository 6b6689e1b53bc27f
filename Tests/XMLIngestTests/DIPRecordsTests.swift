import DocumentModel
import Testing

@testable import XMLIngest

@Suite struct DIPRecordsTests {
  @Test func drucksacheRecordsBecomePapers() throws {
    let (bytes, documents) = try readFixture("bt_dip_drucksache_list.json")
    #expect(
      documents.map(\.key.rawValue) == [
        "bt/drs/21/7107", "bt/drs/21/7052", "bt/drs/21/7009", "bt/drs/21/6977",
      ])
    #expect(
      documents.map(\.kind) == [
        .beschlussempfehlung, .unknown, .beschlussempfehlung, .entschliessungsantrag,
      ])
    #expect(documents.allSatisfy { $0.source.format == .dipJSON && $0.body == .bt })
    let first = documents[0]
    #expect(
      first.title?.hasPrefix(
        "zu dem Antrag des Präsidenten des Bundesrechnungshofes - Drucksache 21/6170 - Rechnung")
        == true)
    #expect(first.issuer == "Haushaltsausschuss")
    #expect(first.originators.first == Person(name: "Peter Aumer", party: "CDU/CSU", role: "MdB"))
    #expect(first.originators.count == 4)
    #expect(first.dates.original == PartialDate(year: 2026, month: 7, day: 10))
    #expect(first.dates.issued == PartialDate(year: 2026, month: 7, day: 13))
    // The title is the text; "\r\n" escapes map atomically, the rest byte for byte.
    let text = first.text
    let r = try #require(text.text.range(of: "Drucksache 21/6170"))
    let span = text.span(of: r)
    #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "Drucksache 21/6170")
    // No two of these four share a Vorgang: no links are invented.
    #expect(documents.allSatisfy { $0.statedReferences.isEmpty })
  }

  @Test func positionsGiveProtocolPagesAndPapers() throws {
    let (bytes, documents) = try readFixture("bt_dip_vorgangsposition_list.json")
    #expect(documents.map(\.key.rawValue) == ["bt/drs/21/6862", "bt/plpr/21/90"])
    let question = documents[0]
    #expect(question.kind == .kleineAnfrage)
    #expect(
      question.title
        == "Burn-out, psychische Belastungen und Suizidgefährdung in der deutschen Landwirtschaft")
    #expect(question.originators.map(\.name) == ["Christian Reck", "Stephan Protschka"])
    #expect(question.issuer == "Fraktion der AfD")
    let protocol_ = documents[1]
    #expect(protocol_.kind == .plenarprotokoll)
    #expect(protocol_.sections.first?.label == "3. Beratung, S. 11179 C")
    #expect(protocol_.statedReferences.map(\.target) == ["bt/drs/21/6278", "bt/drs/21/7009"])
    #expect(
      protocol_.statedReferences.allSatisfy { $0.pinCite == "S. 11187 B" && $0.relation == .cites })
    for r in protocol_.statedReferences {
      #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
      #expect(r.line == lineOf("\"dokumentnummer\": \"21/6278, 21/7009\"", in: bytes))
    }
  }

  @Test func xmlRecordsMirrorJSONAndLinkTheirVorgang() throws {
    let (bytes, documents) = try readFixture("bt_dip_vorgang.xml")
    let (_, json) = try readFixture("bt_dip_drucksache_list.json")
    #expect(
      documents.map(\.key.rawValue) == [
        "bt/drs/21/7009", "bt/drs/21/6900", "bt/drs/21/7250", "bt/plpr/21/90",
      ])
    let xml7009 = documents[0]
    let json7009 = try #require(json.first { $0.key == "bt/drs/21/7009" })
    #expect(xml7009.source.format == .dipXML)
    #expect(xml7009.kind == json7009.kind)
    #expect(xml7009.title == json7009.title)
    #expect(xml7009.originators == json7009.originators)
    #expect(xml7009.issuer == json7009.issuer)
    #expect(xml7009.dates == json7009.dates)
    #expect(xml7009.text.text == json7009.text.text)

    // The answer answers the question of its Vorgang.
    let answer = documents[2]
    #expect(answer.kind == .antwort)
    #expect(answer.answers?.drucksache == "bt/drs/21/6900")
    #expect(answer.statedReferences.map(\.target) == ["bt/drs/21/6900"])
    #expect(answer.statedReferences.first?.relation == .answers)
    #expect(answer.statedReferences.first?.text == "900001")
    #expect(documents[1].statedReferences.isEmpty)
    // The Beschlussempfehlung's Vorgang was decided at Plenarprotokoll 21/90, S. 11179 C.
    let toProtocol = xml7009.statedReferences.filter { $0.target == "bt/plpr/21/90" }
    #expect(toProtocol.count == 1)
    #expect(toProtocol.first?.pinCite == "S. 11179 C")
    #expect(toProtocol.first?.kind == .plenarprotokoll)
    for d in documents {
      for r in d.statedReferences {
        #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
      }
      expectExactMapping(d, bytes)
    }
  }
}
