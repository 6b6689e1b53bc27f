import DocumentModel
import Testing

@testable import TextIngest

@Suite struct GermanDatesTests {
  static let parsed: [(String, PartialDate)] = [
    ("6. September 2012", PartialDate(year: 2012, month: 9, day: 6)),
    ("6. Sept. 2012", PartialDate(year: 2012, month: 9, day: 6)),
    ("1.September 2012", PartialDate(year: 2012, month: 9, day: 1)),
    ("06.09.2012", PartialDate(year: 2012, month: 9, day: 6)),
    ("6.9.2012", PartialDate(year: 2012, month: 9, day: 6)),
    ("09.10.2012", PartialDate(year: 2012, month: 10, day: 9)),
    ("09.10.12", PartialDate(year: 2012, month: 10, day: 9)),
    ("31.12.99", PartialDate(year: 1999, month: 12, day: 31)),
    ("29.02.2012", PartialDate(year: 2012, month: 2, day: 29)),
    ("2012-09-06", PartialDate(year: 2012, month: 9, day: 6)),
    ("vom 6. September 2012", PartialDate(year: 2012, month: 9, day: 6)),
    ("am 26. März 2012", PartialDate(year: 2012, month: 3, day: 26)),
    ("September 2012", PartialDate(year: 2012, month: 9)),
    ("Sept. 2012", PartialDate(year: 2012, month: 9)),
    ("im Januar 2011", PartialDate(year: 2011, month: 1)),
    ("Mai 2011", PartialDate(year: 2011, month: 5)),
    ("Ende 2011", PartialDate(year: 2011, qualifier: .end)),
    ("Anfang 2012", PartialDate(year: 2012, qualifier: .start)),
    ("Mitte 2011", PartialDate(year: 2011, qualifier: .middle)),
    ("Ende des Jahres 2011", PartialDate(year: 2011, qualifier: .end)),
    ("seit Ende 2010", PartialDate(year: 2010, qualifier: .end)),
    ("Ende Juni 2012", PartialDate(year: 2012, month: 6, qualifier: .end)),
    ("Anfang Januar 2012", PartialDate(year: 2012, month: 1, qualifier: .start)),
    ("im Jahr 2011", PartialDate(year: 2011)),
    ("2011", PartialDate(year: 2011)),
    ("in 2011", PartialDate(year: 2011)),
    ("seit 2010", PartialDate(year: 2010)),
    ("1. Quartal 2012", PartialDate(year: 2012, month: 1, granularity: .quarter)),
    ("3. Quartal 2012", PartialDate(year: 2012, month: 7, granularity: .quarter)),
    ("I. Quartal 2012", PartialDate(year: 2012, month: 1, granularity: .quarter)),
    ("IV. Quartal 2012", PartialDate(year: 2012, month: 10, granularity: .quarter)),
    ("Q2 2012", PartialDate(year: 2012, month: 4, granularity: .quarter)),
    ("Q3/2012", PartialDate(year: 2012, month: 7, granularity: .quarter)),
    ("erstes Halbjahr 2012", PartialDate(year: 2012, month: 1, granularity: .halfYear)),
    ("im zweiten Halbjahr 2012", PartialDate(year: 2012, month: 7, granularity: .halfYear)),
    ("2. Halbjahr 2012", PartialDate(year: 2012, month: 7, granularity: .halfYear)),
    (
      "des ersten Quartals des Jahres 2013",
      PartialDate(year: 2013, month: 1, granularity: .quarter)
    ),
    (
      "Ende des ersten Quartals 2012",
      PartialDate(year: 2012, month: 1, granularity: .quarter, qualifier: .end)
    ),
  ]

  @Test(arguments: parsed)
  func parsesDate(_ text: String, _ expected: PartialDate) {
    let date = GermanDateParser.parse(Substring(text))
    #expect(date == expected)
    #expect(date?.granularity == expected.granularity)
  }

  static let rejected: [String] = [
    "31.02.2012", "29.02.2013", "31. Februar 2012", "32.01.2012", "13.13.2012", "31.04.2012",
    "6. September", "am 6. September", "17/13 032", "Drucksache 16/850", "1.256", "2012 Personen",
    "Januar", "", "5. Quartal 2012", "3. Halbjahr 2012", "Ende", "10.30 Uhr", "1.2.3.2012",
    "1.2.12", "Ende des", "Q",
  ]

  @Test(arguments: rejected)
  func rejects(_ text: String) {
    #expect(GermanDateParser.parse(Substring(text)) == nil)
  }

  static let found: [(String, [String], [String])] = [
    (
      "eine Laufzeit von Januar 2011 bis Ende Juni 2012 durchgeführt",
      ["Januar 2011", "Ende Juni 2012"], ["2011-01", "end of 2012-06"]
    ),
    ("in den Jahren 2011 und 2012 gefördert", ["2011", "2012"], ["2011", "2012"]),
    ("zwischen 2010 und 2012 sowie 2014", ["2010", "2012", "2014"], ["2010", "2012", "2014"]),
    ("wie 2010 auch angekündigt, mit 2012 Personen", [], []),
    (
      "Kleine Anfrage 421 vom 6. September 2012 Drucksache 16/850",
      ["6. September 2012"], ["2012-09-06"]
    ),
    (
      "Datum des Originals: 09.10.2012/Ausgegeben: 12.10.2012", ["09.10.2012", "12.10.2012"],
      [
        "2012-10-09", "2012-10-12",
      ]
    ),
    ("bis 30.06.2012. Danach", ["30.06.2012"], ["2012-06-30"]),
    ("am 31.02.2012 und am 31. Februar 2012", [], []),
    ("Im August des Jahres wurde die erste Vereinbarung geschlossen.", [], []),
    (
      "vom 1. bis 6. September 2012 und am 4. und 31. Mai 2012",
      ["1.", "6. September 2012", "4.", "31. Mai 2012"],
      ["2012-09-01", "2012-09-06", "2012-05-04", "2012-05-31"]
    ),
    ("am 30. bis 31. Februar 2012", [], []),
    ("bis Ende des", [], []),
    ("im ersten", [], []),
    ("Version 1.2.2012.4 und 1.256.789 Euro", [], []),
    (
      "seit Ende 2010 im ersten Quartal 2011", ["Ende 2010", "ersten Quartal 2011"],
      [
        "end of 2010", "2011-01",
      ]
    ),
  ]

  @Test(arguments: found)
  func findsDates(_ text: String, _ surfaces: [String], _ dates: [String]) {
    let bytes = Array(text.utf8)
    let matches = GermanDateParser.dates(in: text)
    #expect(matches.map { String(decoding: bytes[$0.range], as: UTF8.self) } == surfaces)
    #expect(matches.map(\.date.description) == dates)
  }

  /// Every date of the seed paper, in order, with its granularity.
  @Test func seedDates() throws {
    let text = try seedParagraphsJoinedNaively()
    let dates = GermanDateParser.dates(in: text).map(\.date.description)
    #expect(
      dates == [
        "2012-09-06", "2012-10-09", "2010-12-21", "2011-01", "end of 2011", "2012-08-23", "2010-12",
        "2011-05", "2012-09-11", "2010-12-21", "2012-03-26", "2012-08-23", "2011", "2012", "2011",
        "2010-12-21", "2011-01", "end of 2010", "2012-06-30", "2011-01", "end of 2012-06",
        "2011-11", "2012-01-18",
      ])
  }
}
