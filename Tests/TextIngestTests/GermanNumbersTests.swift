import DocumentModel
import Testing

@testable import TextIngest

/// An expected quantity: value, unit, hedge and surface text.
struct ExpectedQuantity: Sendable, CustomTestStringConvertible {
  var value: Double
  var unit: String?
  var hedge: Quantity.Hedge
  var text: String

  init(_ value: Double, _ unit: String?, _ text: String) {
    self.init(value, unit, .exact, text)
  }

  init(_ value: Double, _ unit: String?, _ hedge: Quantity.Hedge, _ text: String) {
    self.value = value
    self.unit = unit
    self.hedge = hedge
    self.text = text
  }

  var quantity: Quantity { Quantity(value: value, unit: unit, hedge: hedge, text: text) }
  var testDescription: String { "\(text) = \(value) \(unit ?? "-") \(hedge)" }
}

@Suite struct GermanNumbersTests {
  static let found: [(String, ExpectedQuantity)] = [
    ("Insgesamt hatten sich 1.256 Personen beworben.", .init(1256, "Personen", "1.256 Personen")),
    ("Die Kosten betragen 1,5 Mio. Euro.", .init(1.5e6, "Euro", "1,5 Mio. Euro")),
    ("Das Land zahlt rund 4,4 Mrd. Euro.", .init(4.4e9, "Euro", .approximately, "4,4 Mrd. Euro")),
    ("Es wurden 89 Stellen besetzt.", .init(89, "Stellen", "89 Stellen")),
    ("Das sind knapp 90 Prozent.", .init(90, "Prozent", .justBelow, "90 Prozent")),
    ("Es gab über 1.000 Anträge.", .init(1000, "Anträge", .above, "1.000 Anträge")),
    ("Über 1.000 Anträge kamen.", .init(1000, "Anträge", .above, "1.000 Anträge")),
    ("Es waren mehr als 20 Kommunen.", .init(20, "Kommunen", .above, "20 Kommunen")),
    ("Das sind weniger als 5 % der Stellen.", .init(5, "Prozent", .below, "5 %")),
    ("Er erhält bis zu 300 Euro.", .init(300, "Euro", .atMost, "300 Euro")),
    ("Es dauert mindestens 12 Monate.", .init(12, "Monate", .atLeast, "12 Monate")),
    ("Es sind ca. 40 Stellen.", .init(40, "Stellen", .approximately, "40 Stellen")),
    ("Es sind etwa 3,5 % mehr.", .init(3.5, "Prozent", .approximately, "3,5 %")),
    ("Es sind fast 50% mehr.", .init(50, "Prozent", .justBelow, "50%")),
    ("Sie bekamen höchstens 2 Mio. Euro.", .init(2e6, "Euro", .atMost, "2 Mio. Euro")),
    ("Es wurden acht Projekte gefördert.", .init(8, "Projekte", "acht Projekte")),
    ("Was geschah die letzten zwei Jahre?", .init(2, "Jahre", "zwei Jahre")),
    ("Es waren zwölf.", .init(12, nil, "zwölf")),
    ("Acht Projekte wurden gefördert.", .init(8, "Projekte", "Acht Projekte")),
    ("in den vergangenen 20 Monaten", .init(20, "Monaten", "20 Monaten")),
    ("und zunächst 28 weitere Maßnahmen fest", .init(28, "Maßnahmen", "28 weitere Maßnahmen")),
    ("Es kostet zwei Millionen Euro.", .init(2e6, "Euro", "zwei Millionen Euro")),
    ("Der Anteil liegt bei 5 v. H. der Mittel.", .init(5, "Prozent", "5 v. H.")),
    ("Es kostet 3.500 EUR im Jahr.", .init(3500, "Euro", "3.500 EUR")),
    ("Es kostet 3.500 € im Jahr.", .init(3500, "Euro", "3.500 €")),
    ("Der Anteil stieg um 0,5 Prozentpunkte.", .init(0.5, "Prozentpunkte", "0,5 Prozentpunkte")),
    ("Es kostet 1.234,56 Euro.", .init(1234.56, "Euro", "1.234,56 Euro")),
    ("Die Strecke ist 12 km lang.", .init(12, "km", "12 km")),
    ("über dem Schwellenwert von 50 mg/l nach", .init(50, "mg/l", "50 mg/l")),
    ("mit 30 km/h", .init(30, "km/h", "30 km/h")),
    ("Prämien von 4.242 Euro/Jahr", .init(4242, "Euro/Jahr", "4.242 Euro/Jahr")),
    ("Stand: 2 LANDTAG NORDRHEIN-WESTFALEN", .init(2, nil, "2")),
    ("Es gibt 1.000.000 Einwohner.", .init(1e6, "Einwohner", "1.000.000 Einwohner")),
    ("Es sind 4 Tsd. Euro.", .init(4000, "Euro", "4 Tsd. Euro")),
    ("Am Ende waren es 17.", .init(17, nil, "17")),
    (
      "aus dem Los 1 (rd. 3,6 Mio. Zug-Kilometer)",
      .init(3.6e6, "Zug-Kilometer", .approximately, "3,6 Mio. Zug-Kilometer")
    ),
    (
      "entfallen 0,734 Mio. Zugkilometer", .init(734_000, "Zugkilometer", "0,734 Mio. Zugkilometer")
    ),
    ("Baureihe 425 mit insgesamt 206 Sitzplätzen", .init(206, "Sitzplätzen", "206 Sitzplätzen")),
    (
      "die in 35 Lebens- und Unternehmenslagen gegliedert sind",
      .init(35, "Unternehmenslagen", "35 Lebens- und Unternehmenslagen")
    ),
    ("um\n600.000 Zugkilometer im Jahr", .init(600_000, "Zugkilometer", "600.000 Zugkilometer")),
  ]

  @Test(arguments: found)
  func findsQuantity(_ text: String, _ expected: ExpectedQuantity) {
    let matches = GermanNumberParser.quantities(in: text)
    #expect(matches.map(\.quantity) == [expected.quantity])
    if let m = matches.first {
      let bytes = Array(text.utf8)
      #expect(String(decoding: bytes[m.range], as: UTF8.self) == expected.text)
    }
  }

  static let notQuantities: [String] = [
    "Drucksache 16/850", "Drucksache 17/13 032 vom Mai", "am 6. September 2012", "am 09.10.2012",
    "in 2011 lag der Fokus", "in der 16. Wahlperiode", "im 2. Neudruck", "nach § 6 Abs. 1 LHO",
    "(vgl. §§ 1 Nr. 7 und 6 Abs.1)", "Tel. 0211 884-0", "Telefon: 0211 8618-3315",
    "1. Was hat die Landesregierung getan?", "2) Wann?", "vgl. S. 24 f.", "die Kleine Anfrage 421",
    "nach dem Fahrplanwechsel 2014 vielfach", "um 10.30 Uhr", "um 10 Uhr", "um 14:30",
    "B90/Grüne", "mit Vorlage 15/1144 vom 18. Januar 2012", "40190 Düsseldorf",
    "Die Fragen 1 und 2 werden gemeinsam beantwortet.", "des unter 3. genannten Projektes",
    "seit Ende 2011", "im 1. Quartal 2012", "wie 2010 auch angekündigt",
    "in den Jahren 2011 und 2012",
    "Artikel 3 Satz 2", "Der Versuch 1.5 scheiterte.", "Das Spiel endete 3:1.", "außer Acht lassen",
    "ein Projekt", "am 6. September", "der Regionalexpress RE 3 Saarbrücken", "im Los 2",
    "Drucksache 19/4711 – 2 – Deutscher Bundestag", "- 3 -",
    "entlang der Autobahnen A 3 und A 46",
    "40002 Düsseldorf, Postfach 10 11 43, Telefon (0211) 884 - 2439",
    "von 22 Uhr bis 6 Uhr", "der Fraktion BÜNDNIS 90/DIE GRÜNEN", "rund um die Uhr 24/7",
  ]

  @Test(arguments: notQuantities)
  func findsNoQuantity(_ text: String) {
    #expect(GermanNumberParser.quantities(in: text).map(\.quantity.text) == [])
  }

  @Test func rangesShareTheirUnit() {
    let q = GermanNumberParser.quantities(
      in: "zwischen 10 und 15 Prozent, zwei bis drei Jahre, 5 Stellen und 7")
    #expect(q.map(\.quantity.value) == [10, 15, 2, 3, 5, 7])
    #expect(q.map(\.quantity.unit) == ["Prozent", "Prozent", "Jahre", "Jahre", "Stellen", nil])
    #expect(q.map(\.quantity.text) == ["10", "15 Prozent", "zwei", "drei Jahre", "5 Stellen", "7"])
  }

  @Test func partOfAWholeTakesTheUnit() {
    let q = GermanNumberParser.quantities(in: "Es waren 631 der 642 Stellen besetzt.")
    #expect(q.map(\.quantity.unit) == ["Stellen", "Stellen"])
    #expect(q.map(\.quantity.value) == [631, 642])
  }

  @Test func sentenceEndAndUnitAreTellApart() {
    let q = GermanNumberParser.quantities(in: "Es waren 89. Die Zahl stieg auf 95 Stellen.")
    #expect(q.map(\.quantity.value) == [89, 95])
    #expect(q.map(\.quantity.unit) == [nil, "Stellen"])
  }

  static let parsed: [(String, Double?)] = [
    ("1.256", 1256), ("1,5", 1.5), ("4,4 Mrd.", 4.4e9), ("1,5 Mio.", 1.5e6), ("89", 89),
    ("1.234,56", 1234.56), ("zwölf", 12), ("zwei Millionen", 2e6), ("0,5", 0.5),
    (" 12 ", 12), ("17/13 032", nil), ("16/850", nil), ("1.5", nil), ("12a", nil), ("", nil),
    ("Euro", nil), ("4,4 Mrd. Euro", nil), ("10.30", nil), ("1.2345", nil),
  ]

  @Test(arguments: parsed)
  func parsesNumber(_ text: String, _ expected: Double?) {
    #expect(GermanNumberParser.parseNumber(Substring(text)) == expected)
  }

  /// All quantities of the seed paper: counts and amounts, none of its paper numbers, dates,
  /// question numbers or citations.
  @Test func seedQuantities() throws {
    let text = try seedParagraphsJoinedNaively()
    let found = GermanNumberParser.quantities(in: text).map(\.quantity)
    #expect(
      found.map(\.text) == [
        "zwei Jahre", "28 Maßnahmen", "20 Monaten", "acht Projekte", "acht Ruhrgebietsstädten",
        "89 Stellen", "1.256 Personen", "acht Ressorts", "vier Jahren",
      ])
    #expect(found.map(\.value) == [2, 28, 20, 8, 8, 89, 1256, 8, 4])
  }
}
