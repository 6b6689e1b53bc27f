import DocumentModel
import Testing

@testable import XMLIngest

@Suite struct SaxonyExportTests {
  @Test func questionsAndAnswersBecomeTwoDocuments() throws {
    let (bytes, documents) = try readFixture("sn_landtag_export_klanfr.xml")
    #expect(
      documents.map(\.key.rawValue) == [
        "sn/drs/6/758", "sn/antwort/6/758", "sn/drs/6/762", "sn/antwort/6/762", "sn/drs/6/1586",
        "sn/drs/6/180", "sn/drs/6/4388", "sn/plpr/6/13",
      ])
    let byKey = Dictionary(uniqueKeysWithValues: documents.map { ($0.key, $0) })

    let question = try #require(byKey["sn/drs/6/758"])
    #expect(question.kind == .kleineAnfrage)
    #expect(question.keyOrigin == .printed)
    #expect(question.title == "Treffen Asylpolitik Bürgermeisterinnen und Bürgermeister")
    #expect(question.originators == [Person(name: "Petra Zais", party: "GRÜNE", role: "MdL")])
    #expect(question.dates.original == PartialDate(year: 2015, month: 1, day: 20))
    #expect(question.dates.issued == PartialDate(year: 2015, month: 3, day: 3))
    #expect(question.statedReferences.isEmpty)
    #expect(
      question.text.text
        == "Treffen Asylpolitik Bürgermeisterinnen und Bürgermeister\nKlAnfr Petra Zais GRÜNE 20.01.2015 Drs 6/758"
    )

    for number in ["758", "762"] {
      let answer = try #require(byKey[DocumentKey("sn/antwort/6/\(number)")])
      #expect(answer.kind == .antwort)
      #expect(answer.keyOrigin == .derived)
      #expect(answer.issuer == "Staatskanzlei")
      #expect(answer.answers?.drucksache == DocumentKey("sn/drs/6/\(number)"))
      let r = try #require(answer.statedReferences.first)
      #expect(answer.statedReferences.count == 1)
      #expect(r.relation == .answers)
      #expect(r.target == DocumentKey("sn/drs/6/\(number)"))
      #expect(r.text == "Drs 6/\(number)")
      #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
      #expect(r.line == lineOf("<FundSt>Antw SK", in: bytes, occurrence: number == "758" ? 1 : 2))
      expectExactMapping(answer, bytes)
    }
    #expect(byKey["sn/antwort/6/758"]?.dates.original == PartialDate(year: 2015, month: 2, day: 27))
    #expect(byKey["sn/drs/6/762"]?.kind == .grosseAnfrage)
    #expect(byKey["sn/drs/6/762"]?.originators == [Person(name: "Fraktion DIE LINKE")])
    #expect(byKey["sn/antwort/6/762"]?.answers?.kind == .grosseAnfrage)
    // The withdrawn question and the unanswered one have no answer.
    #expect(byKey["sn/antwort/6/180"] == nil && byKey["sn/antwort/6/4388"] == nil)
  }

  @Test func laterPapersOfTheVorgangCiteItsQuestion() throws {
    let (bytes, documents) = try readFixture("sn_landtag_export_klanfr.xml")
    let byKey = Dictionary(uniqueKeysWithValues: documents.map { ($0.key, $0) })
    let motion = try #require(byKey["sn/drs/6/1586"])
    #expect(motion.kind == .entschliessungsantrag)
    #expect(motion.statedReferences.map(\.target) == ["sn/drs/6/762"])
    #expect(motion.statedReferences.first?.relation == .cites)
    #expect(motion.statedReferences.first?.text == "Drs 6/762")
    #expect(motion.text.text.hasPrefix("zu Drs 6/762 \"So geht sächsisch.\" - Standortkampagne"))
    let plpr = try #require(byKey["sn/plpr/6/13"])
    #expect(plpr.kind == .plenarprotokoll)
    #expect(plpr.statedReferences.map(\.target) == ["sn/drs/6/762"])
    #expect(plpr.statedReferences.first?.pinCite == "S. 959")
    for d in documents { expectExactMapping(d, bytes) }
  }
}
