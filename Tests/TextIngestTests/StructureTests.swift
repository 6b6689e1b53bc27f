import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import TextIngest

/// Checks that a document's sections lie in order over its text and map back to the
/// original bytes that hold the same words.
enum SectionSpans {
  /// Letters and digits: what survives hyphen joins, letter spacing and line breaks.
  static func core<S: StringProtocol>(_ s: S) -> [Character] {
    s.filter { $0.isLetter || $0.isNumber }
  }

  static func check(
    _ document: Document, original bytes: [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var previousEnd = 0
    var previousSpanEnd = 0
    for section in document.sections {
      let range = section.textRange
      #expect(
        range.lowerBound >= previousEnd && range.upperBound > range.lowerBound,
        "section \(section.kind) \(section.numbers) out of order", sourceLocation: sourceLocation)
      #expect(
        section.span == document.text.span(of: range) && section.span.end <= bytes.count
          && section.span.start >= previousSpanEnd,
        "span of \(section.kind) \(section.numbers)", sourceLocation: sourceLocation)
      previousEnd = range.upperBound
      previousSpanEnd = section.span.end
      let normalized = core(document.text.substring(range))
      let slice = Array(bytes[section.span.start..<section.span.end])
      let decoded =
        document.source.encoding == "windows-1252"
        ? String(data: Data(slice), encoding: .windowsCP1252) ?? ""
        : String(decoding: slice, as: UTF8.self)
      let original = core(decoded)
      let n = min(12, normalized.count)
      #expect(
        Array(original.prefix(n)) == Array(normalized.prefix(n))
          && Array(original.suffix(n)) == Array(normalized.suffix(n)),
        "\(section.kind) \(section.numbers) maps to other bytes", sourceLocation: sourceLocation)
    }
  }
}

/// A paper as the normalizer would hand it over, for tests on hand-written text: the
/// text is its own original (identity offset map), no furniture.
func paper(_ text: String, furniture: [PageFurniture] = []) -> (NormalizedPaper, SourceInfo) {
  let bytes = Array(text.utf8)
  let normalized = NormalizedText(
    text: text, map: .identity(length: bytes.count),
    originalLineStarts: NormalizedText.lineStarts(of: bytes))
  return (
    NormalizedPaper(text: normalized, furniture: furniture, encoding: "utf-8"),
    SourceInfo(
      path: "test.txt", sha256: SHA256.hex(bytes), byteCount: bytes.count, format: .text,
      encoding: "utf-8")
  )
}

func structure(_ text: String, furniture: [PageFurniture] = []) -> Document {
  let (p, source) = paper(text, furniture: furniture)
  return StructureParser.parse(p, source: source)
}

func shape(_ d: Document) -> [String] { d.sections.map { "\($0.kind.rawValue)\($0.numbers)" } }

// MARK: - The real Saarland answer

@Suite struct SaarlandAnswerTests {
  let bytes: [UInt8]
  let document: Document

  init() throws {
    bytes = try Repository.fixtureBytes("real/sl_drs_15-1284_antwort_pdftotext.txt")
    document = try TextPaperReader.read(bytes, path: "real/sl_drs_15-1284_antwort_pdftotext.txt")
  }

  @Test func identity() {
    #expect(document.body == .sl)
    #expect(document.wahlperiode == 15)
    #expect(document.number == "15/1284")
    #expect(document.kind == .antwort)
    #expect(document.key == "sl/drs/15/1284")
    #expect(document.keyOrigin == .printed)
    #expect(document.aliases == ["sl/antwort/15/1217"])
    #expect(document.answers?.drucksache == "sl/drs/15/1217")
    #expect(document.answers?.kind == .kleineAnfrage)
    #expect(document.answers?.number == nil)
    #expect(document.dates.header == PartialDate(year: 2015, month: 3, day: 12))
    #expect(document.dates.issued == PartialDate(year: 2015, month: 3, day: 12))
  }

  @Test func titleAndOriginator() {
    #expect(
      document.title
        == "Situation des Schienenpersonennahverkehrs (SPNV) im Saarland nach dem Fahrplanwechsel 2014"
    )
    #expect(
      document.originators == [Person(name: "Michael Neyses", party: "B90/Grüne", role: "MdL")])
    #expect(document.issuer == nil)
  }

  /// The question numbers were lost in extraction: the questions are the paragraphs before
  /// each "Zu Frage n:" / "Zu den Fragen …:" heading, numbered in the heading's order.
  @Test func questionsFoundWithoutTheirNumbers() {
    #expect(
      shape(document) == [
        "header[]", "question-preamble[]", "government-preamble[]",
        "question[1]", "question[3]", "answer[1, 3]", "question[2]", "answer[2]",
        "question[4]", "answer[4]", "question[5]", "answer[5]",
        "question[6]", "question[7]", "question[8]", "question[10]", "answer[6, 7, 8, 10]",
        "question[9]", "answer[9]",
      ])
    func question(_ n: Int) -> String {
      document.sections.first { $0.kind == .question && $0.numbers == [n] }
        .map { String(document.text.substring($0.textRange)) } ?? ""
    }
    #expect(question(1).hasPrefix("Wer hat die Qualität des Leistungserbringers"))
    #expect(question(1).hasSuffix("Welche Kriterien wurden zugrunde gelegt?"))
    #expect(question(2).hasPrefix("War der Landesregierung bekannt"))
    #expect(question(3).hasPrefix("Welche Gründe gaben den Ausschlag"))
    #expect(
      question(4) == "Nimmt das Land den Betreiber Vlexx für nicht erbrachte Leistung in Regress?")
    #expect(question(9).hasPrefix("Welche Ausschreibungskriterien"))
    #expect(question(10).hasPrefix("Gibt es hinsichtlich des Einsatzes"))
    let answer = document.sections.first { $0.numbers == [1, 3] && $0.kind == .answer }
    #expect(answer?.heading == "Zu den Fragen 1 und 3")
  }

  @Test func sectionsCarryNoRunningHeaders() {
    for section in document.sections {
      let text = document.text.substring(section.textRange)
      #expect(!text.contains("Landtag des Saarlandes - 15. Wahlperiode"))
      #expect(!text.contains("- 3 -"))
    }
  }

  @Test func spans() { SectionSpans.check(document, original: bytes) }
}

// MARK: - Synthetic NRW and Bundestag fixtures

struct FixtureExpectation: Sendable, CustomStringConvertible {
  var file: String
  var key: DocumentKey
  var origin: KeyOrigin = .printed
  var aliases: [DocumentKey] = []
  var body: Parliament
  var wahlperiode: Int
  var number: String?
  var version: String? = nil
  var kind: DocumentKind
  var title: String
  var originators: [String]
  var issuer: String? = nil
  var answers: AnsweredQuestion? = nil
  var header: PartialDate?
  var original: PartialDate? = nil
  var letter: PartialDate? = nil
  var shape: [String]

  var description: String { file }
}

private func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate {
  PartialDate(year: y, month: m, day: d)
}

private let answerOnWohnungseinbrueche = AnsweredQuestion(
  kind: .kleineAnfrage, number: 812, date: day(2013, 2, 19), drucksache: "nw/drs/16/2104")

let fixtureExpectations: [FixtureExpectation] = [
  FixtureExpectation(
    file: "text/nw_16_2350_antwort.txt", key: "nw/drs/16/2350",
    aliases: ["nw/antwort/16/2104", "nw/antwort-ka/16/812"], body: .nw, wahlperiode: 16,
    number: "16/2350", kind: .antwort,
    title:
      "Wohnungseinbrüche im Kreis Mettmann: Reicht die Präsenz der Polizei in der Fläche noch aus?",
    originators: ["Gregor Wienand (CDU)", "Marita Schöllgen (CDU)"],
    issuer: "Minister für Inneres und Kommunales", answers: answerOnWohnungseinbrueche,
    header: day(2013, 3, 18), original: day(2013, 3, 18), letter: day(2013, 3, 18),
    shape: [
      "header[]", "question-preamble[]", "government-preamble[]", "question[1]", "answer[1]",
      "question[2]", "answer[2]", "question[3]", "question[4]", "answer[3, 4]",
    ]),
  FixtureExpectation(
    file: "text/nw_16_2104_kleine_anfrage.txt", key: "nw/drs/16/2104",
    aliases: ["nw/ka/16/812"], body: .nw, wahlperiode: 16, number: "16/2104",
    kind: .kleineAnfrage,
    title:
      "Wohnungseinbrüche im Kreis Mettmann: Reicht die Präsenz der Polizei in der Fläche noch aus?",
    originators: ["Gregor Wienand (CDU)", "Marita Schöllgen (CDU)"], header: day(2013, 2, 19),
    original: day(2013, 2, 19),
    shape: [
      "header[]", "question-preamble[]", "question[1]", "question[2]", "question[3]",
      "question[4]", "signature[]",
    ]),
  FixtureExpectation(
    file: "text/nw_16_850_kleine_anfrage.txt", key: "nw/drs/16/850", aliases: ["nw/ka/16/421"],
    body: .nw, wahlperiode: 16, number: "16/850", kind: .kleineAnfrage,
    title:
      "Aktive Partnerschaften zur interkulturellen Öffnung von Behörden und Institutionen: Was hat das Ministerium die letzten zwei Jahre getan?",
    originators: ["Serap Güler (CDU)"], header: day(2012, 9, 6), original: day(2012, 9, 6),
    shape: [
      "header[]", "question-preamble[]", "question[1]", "question[2]", "question[3]",
      "question[4]", "question[5]", "signature[]",
    ]),
  FixtureExpectation(
    file: "text/nw_16_1500_antwort_cp1252.txt", key: "nw/drs/16/1500",
    aliases: ["nw/antwort/16/1302", "nw/antwort-ka/16/587"], body: .nw, wahlperiode: 16,
    number: "16/1500", kind: .antwort,
    title:
      "Schließung von Grundschulstandorten im Märkischen Kreis – gilt „kurze Beine, kurze Wege“ noch?",
    originators: ["Hendrik Rößler (FDP)"], issuer: "Ministerin für Schule und Weiterbildung",
    answers: AnsweredQuestion(
      kind: .kleineAnfrage, number: 587, date: day(2012, 11, 5), drucksache: "nw/drs/16/1302"),
    header: day(2012, 12, 7), original: day(2012, 12, 7), letter: day(2012, 12, 7),
    shape: [
      "header[]", "question-preamble[]", "government-preamble[]", "question[1]", "answer[1]",
      "question[2]", "answer[2]", "question[3]", "answer[3]",
    ]),
  FixtureExpectation(
    file: "text/nw_16_1720_antwort_crlf.txt", key: "nw/drs/16/1720",
    aliases: ["nw/antwort/16/1590", "nw/antwort-ka/16/702"], body: .nw, wahlperiode: 16,
    number: "16/1720", kind: .antwort, title: "Nitratbelastung des Grundwassers im Kreis Borken",
    originators: ["Christina Lammersen (BÜNDNIS 90/DIE GRÜNEN)"],
    issuer: "Minister für Klimaschutz, Umwelt, Landwirtschaft, Natur- und Verbraucherschutz",
    answers: AnsweredQuestion(
      kind: .kleineAnfrage, number: 702, date: day(2012, 12, 11), drucksache: "nw/drs/16/1590"),
    header: day(2013, 1, 14), original: day(2013, 1, 11), letter: day(2013, 1, 11),
    shape: [
      "header[]", "question-preamble[]", "government-preamble[]", "question[1]", "question[2]",
      "answer[1, 2]", "question[3]", "answer[3]",
    ]),
  FixtureExpectation(
    file: "text/nw_16_3287_antwort_letterspaced.txt", key: "nw/drs/16/3287",
    aliases: ["nw/antwort/16/3012", "nw/antwort-ka/16/1251"], body: .nw, wahlperiode: 16,
    number: "16/3287", kind: .antwort,
    title: "Hebammenversorgung in Ostwestfalen-Lippe: Wo können Frauen noch entbinden?",
    originators: ["Dr. Annette Vogelsang-Reuter (FDP)", "Bernd Kühlmann (FDP)"],
    issuer: "Ministerin für Gesundheit, Emanzipation, Pflege und Alter",
    answers: AnsweredQuestion(
      kind: .kleineAnfrage, number: 1251, date: day(2013, 6, 4), drucksache: "nw/drs/16/3012"),
    header: day(2013, 7, 2), original: day(2013, 7, 2), letter: day(2013, 7, 2),
    shape: [
      "header[]", "question-preamble[]", "government-preamble[]", "question[1]", "answer[1]",
      "question[2]", "answer[2]", "question[3]", "answer[3]", "question[4]", "answer[4]",
    ]),
  FixtureExpectation(
    file: "text/nw_17_3125_antrag.txt", key: "nw/drs/17/3125", body: .nw, wahlperiode: 17,
    number: "17/3125", kind: .antrag,
    title:
      "Schulsozialarbeit verlässlich finanzieren – Kommunen und Schulen nicht im Regen stehen lassen",
    originators: ["Fraktion der SPD (SPD)"], header: day(2018, 6, 26), original: day(2018, 6, 26),
    shape: ["header[]", "body[]", "signature[]"]),
  FixtureExpectation(
    file: "text/nw_17_3125_antrag_neudruck.txt", key: "nw/drs/17/3125@neudruck", body: .nw,
    wahlperiode: 17, number: "17/3125", version: "neudruck", kind: .antrag,
    title:
      "Schulsozialarbeit verlässlich finanzieren – Kommunen und Schulen nicht im Regen stehen lassen",
    originators: ["Fraktion der SPD (SPD)"], header: day(2018, 6, 26), original: day(2018, 6, 26),
    shape: ["header[]", "body[]", "signature[]"]),
  FixtureExpectation(
    file: "text/bt_19_4711_antwort.txt", key: "bt/drs/19/4711@vorabfassung",
    aliases: ["bt/antwort/19/4502"], body: .bt, wahlperiode: 19, number: "19/4711",
    version: "vorabfassung", kind: .antwort,
    title: "IT-Konsolidierung Bund – Kosten, Zeitplan und Steuerung",
    originators: [
      "Dr. Jana Behrendt (FDP)", "Tobias Kellermann (FDP)", "Svenja Holtkamp (FDP)",
      "Frank Osterloh-Pieper (FDP)", "Fraktion der FDP (FDP)",
    ], issuer: "Bundesministerium des Innern, für Bau und Heimat",
    answers: AnsweredQuestion(kind: .kleineAnfrage, drucksache: "bt/drs/19/4502"),
    header: day(2018, 9, 24), letter: day(2018, 9, 21),
    shape: [
      "header[]", "question-preamble[]", "government-preamble[]", "question[1]", "answer[1]",
      "question[2]", "answer[2]", "question[3]", "answer[3]", "question[4]", "answer[4]",
      "question[5]", "answer[5]",
    ]),
  FixtureExpectation(
    file: "text/bt_20_1190_kleine_anfrage.txt", key: "bt/drs/20/1190", body: .bt,
    wahlperiode: 20, number: "20/1190", kind: .kleineAnfrage,
    title: "Stand der Umsetzung des Onlinezugangsgesetzes",
    originators: [
      "Dr. Konstantin Ahrendsen (CDU/CSU)", "Birgit Lohmeyer-Sauer (CDU/CSU)",
      "Matthias Quandt (CDU/CSU)", "Dr. Helene Strathmann (CDU/CSU)", "Uwe Pfisterer (CDU/CSU)",
      "Fraktion der CDU/CSU (CDU/CSU)",
    ], header: day(2022, 3, 22),
    shape: [
      "header[]", "question-preamble[]", "question[1]", "question[2]", "question[3]",
      "question[4]", "question[5]", "question[6]", "signature[]",
    ]),
  FixtureExpectation(
    file: "text/sl_15_1217_anfrage.txt", key: "sl/drs/15/1217", body: .sl, wahlperiode: 15,
    number: "15/1217", kind: .kleineAnfrage,
    title:
      "Situation des Schienenpersonennahverkehrs (SPNV) im Saarland nach dem Fahrplanwechsel 2014",
    originators: ["Michael Neyses (B90/Grüne)"], header: day(2015, 1, 15),
    shape: ["header[]", "question-preamble[]"] + (1...10).map { "question[\($0)]" }),
]

@Suite struct FixtureStructureTests {
  @Test(arguments: fixtureExpectations)
  func fixture(_ e: FixtureExpectation) throws {
    let bytes = try Repository.fixtureBytes(e.file)
    let d = try TextPaperReader.read(bytes, path: e.file)
    #expect(d.key == e.key)
    #expect(d.keyOrigin == e.origin)
    #expect(d.aliases == e.aliases)
    #expect(d.body == e.body)
    #expect(d.wahlperiode == e.wahlperiode)
    #expect(d.number == e.number)
    #expect(d.version == e.version)
    #expect(d.kind == e.kind)
    #expect(d.title == e.title)
    #expect(d.originators.map { "\($0.name) (\($0.party ?? "-"))" } == e.originators)
    let role = e.body == .bt ? "MdB" : "MdL"
    #expect(d.originators.allSatisfy { $0.role == role || $0.role == "Fraktion" })
    #expect(d.issuer == e.issuer)
    #expect(d.answers == e.answers)
    #expect(d.dates.header == e.header)
    #expect(d.dates.original == e.original)
    #expect(d.dates.letter == e.letter)
    #expect(shape(d) == e.shape)
    SectionSpans.check(d, original: bytes)
  }

  /// The Bundestag question's signing line gives its own date.
  @Test func signingDate() throws {
    let bytes = try Repository.fixtureBytes("text/bt_20_1190_kleine_anfrage.txt")
    let d = try TextPaperReader.read(bytes, path: "bt_20_1190_kleine_anfrage.txt")
    #expect(d.dates.other == day(2022, 3, 14))
  }

  /// The question paper's key is an alias of nothing else: its answer points at it.
  @Test func answerAndQuestionLink() throws {
    let q = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_16_2104_kleine_anfrage.txt"), path: "q")
    let a = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_16_2350_antwort.txt"), path: "a")
    #expect(a.answers?.drucksache == q.key)
    #expect(a.answers?.number.map { "nw/ka/16/\($0)" } == q.aliases.first?.rawValue)
  }

  /// The seed and its question: the seed's derived key names the question's number.
  @Test func seedAnswersTheReconstructedQuestion() throws {
    let q = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_16_850_kleine_anfrage.txt"), path: "q")
    let seed = try TextPaperReader.read(
      [UInt8](Data(contentsOf: Repository.seed)), path: "seed")
    #expect(seed.answers?.drucksache == q.key)
    #expect(q.aliases == ["nw/ka/16/421"])
  }

  /// Two versions of one paper share the unversioned key.
  @Test func neudruckSharesTheNumber() throws {
    let original = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_17_3125_antrag.txt"), path: "o")
    let reprint = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_17_3125_antrag_neudruck.txt"), path: "n")
    #expect(reprint.key.unversioned == original.key)
    #expect(reprint.key.version == "neudruck")
    #expect(original.key.version == nil)
  }
}

// MARK: - Identity

@Suite struct IdentityTests {
  /// The seed and the same answer with its printed page header become one paper: the
  /// printed copy carries the seed's derived key as an alias.
  @Test func seedAndItsHeaderedCopyMerge() throws {
    let seedBytes = [UInt8](try Data(contentsOf: Repository.seed))
    let seed = try TextPaperReader.read(seedBytes, path: "seed")
    let header = Array(
      "LANDTAG NORDRHEIN-WESTFALEN\n16. Wahlperiode\n\nDrucksache 16/1087\n\n09.10.2012\n\n".utf8)
    let printed = try TextPaperReader.read(header + seedBytes, path: "printed")
    #expect(printed.key == "nw/drs/16/1087")
    #expect(printed.keyOrigin == .printed)
    #expect(printed.number == "16/1087")
    #expect(printed.dates.header == day(2012, 10, 9))
    #expect(printed.aliases.contains(seed.key))
    #expect(printed.answers == seed.answers)
    #expect(shape(printed) == shape(seed))
  }

  @Test func answerWithOnlyAKleineAnfrageNumber() {
    let d = structure(
      """
      Antwort
      der Landesregierung
      auf die Kleine Anfrage 77 vom 3. März 2014 des Abgeordneten Max Muster FDP
      LANDTAG NORDRHEIN-WESTFALEN 16. Wahlperiode
      Radwege an Landesstraßen
      Der Minister für Bauen, Wohnen, Stadtentwicklung und Verkehr hat die Kleine Anfrage 77 mit Schreiben vom 1. April 2014 namens der Landesregierung beantwortet.
      1. Wie viele Kilometer Radwege gibt es?
      Es gibt 1.200 Kilometer.
      """)
    #expect(d.body == .nw)
    #expect(d.key == "nw/antwort-ka/16/77")
    #expect(d.keyOrigin == .derived)
    #expect(d.answers?.number == 77)
    #expect(d.answers?.drucksache == nil)
    #expect(d.issuer == "Minister für Bauen, Wohnen, Stadtentwicklung und Verkehr")
    #expect(d.dates.letter == day(2014, 4, 1))
  }

  @Test func nothingIdentifyingFallsBackToTheContentHash() {
    let text = "Einkaufsliste\nMilch, Brot und Äpfel.\nNicht vergessen: die Post."
    let d = structure(text)
    #expect(d.kind == .unknown)
    #expect(d.body == nil)
    #expect(d.key.rawValue == "unknown/sha256/" + String(SHA256.hex(Array(text.utf8)).prefix(16)))
    #expect(d.keyOrigin == .contentHash)
    #expect(shape(d) == ["body[]"])
    #expect(d.sections.first?.textRange == 0..<text.utf8.count)
  }

  @Test func kleineAnfrageWithoutDrucksacheNumber() {
    let d = structure(
      """
      Kleine Anfrage 421
      der Abgeordneten Serap Güler CDU
      LANDTAG NORDRHEIN-WESTFALEN 16. Wahlperiode
      Ein Titel
      1. Was ist los?
      """)
    #expect(d.key == "nw/ka/16/421")
    #expect(d.keyOrigin == .printed)
    #expect(d.number == nil)
  }

  @Test func pressReleaseKeyFromIssuerAndDate() {
    let d = structure(
      """
      Pressemitteilung
      Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen
      21.12.2010
      Nordrhein-Westfalen macht Ernst
      Düsseldorf. Die Landesregierung startet ein Pilotprojekt.
      """)
    #expect(d.kind == .pressemitteilung)
    #expect(d.dates.header == day(2010, 12, 21))
    #expect(
      d.issuer == "Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen")
    #expect(d.body == .nw)
    #expect(d.key == "press/mais/2010-12-21")
    #expect(d.keyOrigin == .derived)
    #expect(d.title == "Nordrhein-Westfalen macht Ernst")
  }

  @Test(arguments: [
    ("Vorlage 16/1144", DocumentKind.vorlage, "nw/vorlage/16/1144"),
    ("Plenarprotokoll 16/12", DocumentKind.plenarprotokoll, "nw/plpr/16/12"),
  ])
  func seriesFromTheKindLine(_ line: String, _ kind: DocumentKind, _ key: String) {
    let d = structure("LANDTAG NORDRHEIN-WESTFALEN\n\(line)\nBericht der Landesregierung\nText.")
    #expect(d.kind == kind)
    #expect(d.key.rawValue == key)
  }
}

// MARK: - Hand-written layouts

@Suite struct LayoutTests {
  @Test func bundestagAnswerWithoutHeaderIsDecidedByItsGovernment() {
    let d = structure(
      """
      Antwort
      der Bundesregierung
      auf die Kleine Anfrage der Abgeordneten Anna Beispiel, Bernd Muster und der Fraktion DIE LINKE.
      – Drucksache 19/1234 –
      Kosten der Bahn
      1. Wie hoch sind die Kosten?
      Die Kosten betragen 4,4 Mrd. Euro.
      2. Wer trägt sie?
      Der Bund.
      """)
    #expect(d.body == .bt)
    #expect(d.key == "bt/antwort/19/1234")
    #expect(d.keyOrigin == .derived)
    #expect(d.originators.map(\.name) == ["Anna Beispiel", "Bernd Muster", "Fraktion DIE LINKE."])
    #expect(d.originators.first?.party == "DIE LINKE.")
    #expect(d.originators.first?.role == "MdB")
    #expect(d.title == "Kosten der Bahn")
    #expect(shape(d) == ["header[]", "question[1]", "answer[1]", "question[2]", "answer[2]"])
  }

  @Test func frageAndAntwortLabels() {
    let d = structure(
      """
      Antwort der Landesregierung
      auf die Kleine Anfrage 5 vom 1. Juni 2013 der Abgeordneten Eva Test SPD
      Drucksache 16/300
      Schulen
      Frage 1:
      Wie viele Schulen gibt es?
      Welche davon sind Grundschulen?
      Antwort:
      Es gibt 100 Schulen.
      1. Schulen in Städten
      2. Schulen auf dem Land
      Frage 2:
      Wann wird gebaut?
      Antwort:
      Im Jahr 2014.
      """)
    #expect(
      shape(d) == ["header[]", "question[1]", "answer[1]", "question[2]", "answer[2]"])
    #expect(d.sections[2].heading == "Antwort")
    let answer1 = d.text.substring(d.sections[2].textRange)
    #expect(answer1.hasSuffix("2. Schulen auf dem Land"))
  }

  @Test func zuHeadingsAfterNumberedQuestions() {
    let d = structure(
      """
      Antwort der Landesregierung
      auf die Kleine Anfrage 9 der Abgeordneten Eva Test SPD
      Drucksache 16/301
      Titel
      1. Wie viele?
      2. Wie viele noch?
      Zu 1. und 2.:
      Viele.
      3. Und wann?
      Zu Frage 3:
      Bald.
      """)
    #expect(
      shape(d) == [
        "header[]", "question[1]", "question[2]", "answer[1, 2]", "question[3]", "answer[3]",
      ])
  }

  @Test func jointAnswerWithRange() {
    let d = structure(
      """
      Antwort der Landesregierung auf die Kleine Anfrage 9 der Abgeordneten Eva Test SPD Drucksache 16/301
      Titel
      1. Wie viele?
      2. Wie viele noch?
      3. Und wie viele davon neu?
      Die Fragen 1 bis 3 werden zusammen beantwortet.
      Es sind 12.
      """)
    #expect(
      shape(d) == ["header[]", "question[1]", "question[2]", "question[3]", "answer[1, 2, 3]"])
  }

  @Test func numberedListInAnAnswerIsNotTheNextQuestion() {
    let d = structure(
      """
      Antwort der Landesregierung auf die Kleine Anfrage 9 der Abgeordneten Eva Test SPD Drucksache 16/301
      Titel
      1. Welche Projekte werden gefördert?
      Gefördert werden:
      1. Das Projekt A.
      2. Das Projekt B.
      2. Wie hoch ist die Förderung?
      Sie beträgt 1,5 Mio. Euro.
      """)
    #expect(shape(d) == ["header[]", "question[1]", "answer[1]", "question[2]", "answer[2]"])
  }

  @Test func datesAtTheStartOfAParagraphAreNoQuestions() {
    let d = structure(
      """
      Antwort der Landesregierung auf die Kleine Anfrage 9 der Abgeordneten Eva Test SPD Drucksache 16/301
      Titel
      1. Seit wann gilt das Gesetz?
      Seit dem
      1. Januar 2012 gilt das Gesetz.
      2. Wer prüft?
      Das Ministerium.
      """)
    #expect(shape(d) == ["header[]", "question[1]", "answer[1]", "question[2]", "answer[2]"])
  }

  @Test func bareVorbemerkungAndSignature() {
    let d = structure(
      """
      Antwort des Senats
      auf die Kleine Anfrage der Abgeordneten Eva Test (SPD)
      Titel
      Vorbemerkung:
      Der Senat beantwortet wie folgt.
      1. Was gilt?
      Das Gesetz.
      Mit freundlichen Grüßen
      In Vertretung
      Max Mustermann
      Staatssekretär
      """)
    #expect(
      shape(d) == [
        "header[]", "government-preamble[]", "question[1]", "answer[1]", "signature[]",
      ])
    #expect(d.sections[1].heading == "Vorbemerkung")
    #expect(d.body == nil, "the Senat alone does not say which city-state")
  }

  @Test func letterSpacedHeadingLeftOpen() {
    let d = structure(
      """
      Antwort der Landesregierung auf die Kleine Anfrage 9 der Abgeordneten Eva Test SPD Drucksache 16/301
      Titel
      V o r b e m e r k u n g  d e r  L a n d e s r e g i e r u n g
      Text.
      1. Wie?
      So.
      """)
    #expect(shape(d) == ["header[]", "government-preamble[]", "question[1]", "answer[1]"])
  }

  /// Papers with nothing recognisable and hostile input do not trap.
  @Test(arguments: [
    "", "\n\n\n", "1.", "1. ", "Zu", "Zu Frage", "Zu den Fragen 1 und", "Drucksache 16/",
    "Antwort", "Antwort\n", "Vorbemerkung", "Kleine Anfrage 99999999999999999999",
    "Drucksache 99/99999999999999999999", "\u{FEFF}Antwort\u{00A0}\n\u{00A0}",
    "Die Fragen 1 bis 999999 werden gemeinsam beantwortet.", "Zu 1 bis 1000000:",
    "LANDTAG NORDRHEIN-WESTFALEN\nDrucksache 0/0\n", "A n t w o r t", "Frage 1:", "—\n–\n-",
    "Antwort der Landesregierung auf die Kleine Anfrage vom der Abgeordneten",
  ])
  func oddInputDoesNotTrap(_ text: String) {
    let d = structure(text)
    for s in d.sections {
      #expect(s.textRange.upperBound <= text.utf8.count)
      #expect(s.numbers.count <= 101)
    }
  }

  /// Deterministic noise: random bytes of the marks' alphabet, never a trap.
  @Test func noiseDoesNotTrap() {
    let alphabet = Array("0123456789 .:,()/–-\nZu Frage Antwort Vorbemerkung der ä?".utf8)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<300 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let d = structure(text)
      #expect(d.sections.allSatisfy { $0.textRange.upperBound <= text.utf8.count })
    }
  }

  /// A long answer paper stays one question per number, in order.
  @Test func manyQuestions() {
    var text = "Antwort der Landesregierung auf die Kleine Anfrage 9 Drucksache 16/301\nTitel\n"
    for n in 1...400 { text += "\(n). Wie steht es um Punkt \(n)?\nEs steht gut um Punkt \(n).\n" }
    let d = structure(text)
    let questions = d.sections.filter { $0.kind == .question }.map(\.numbers)
    #expect(questions == (1...400).map { [$0] })
    #expect(d.sections.filter { $0.kind == .answer }.count == 400)
  }
}

// MARK: - Pieces

@Suite struct StructurePieceTests {
  @Test(arguments: [
    ("1 und 2", [1, 2]), ("6, 7, 8 und 10", [6, 7, 8, 10]), ("1 bis 3", [1, 2, 3]),
    ("4 – 6", [4, 5, 6]), ("1. und 2.:", [1, 2]), ("3 sowie 5", [3, 5]), ("2", [2]),
    ("7 und der", [7]), ("16/850", []),
  ])
  func numberLists(_ text: String, _ expected: [Int]) {
    let numbers = NumberList.parse(Fold.fold(text), at: 0)?.0 ?? []
    #expect(numbers == expected)
  }

  @Test(arguments: [
    ("Vorbemerkung der Kleinen Anfrage", "preamble question-preamble"),
    ("Vorbemerkung des Fragestellers:", "preamble question-preamble"),
    ("VORBEMERKUNG DER BUNDESREGIERUNG", "preamble government-preamble"),
    ("Vorbemerkung der Staatsregierung", "preamble government-preamble"),
    ("Vorbemerkung", "preamble bare"),
    ("Vorbemerkungen zur Sache sind hier überflüssig und lang genug für Text.", "none"),
    ("3. Wie viele Stellen gibt es?", "question 3 q"),
    ("3. Die Stellen im Überblick", "question 3 -"),
    ("12) Welche Mittel?", "question 12 q"),
    ("1. Januar 2012 begann das Projekt.", "none"),
    ("16. Wahlperiode", "none"),
    ("1.1 Wie viele?", "none"),
    ("Frage 4:", "question 4 q"),
    ("Zu Frage 2:", "answer [2]"),
    ("Zu den Fragen 6, 7, 8 und 10:", "answer [6, 7, 8, 10]"),
    ("Zu 3.", "answer [3]"),
    ("Zu 3 Prozent der Fälle liegen keine Daten vor.", "none"),
    ("Zu den Fragen der Integration gibt es viel zu sagen.", "none"),
    ("Antwort:", "answer []"),
    ("Antwort zu Frage 5: Nein.", "answer [5]"),
    (
      "Die Fragen 3 und 4 werden wegen des Sachzusammenhangs gemeinsam beantwortet.", "joint [3, 4]"
    ),
    ("Die Fragen 3 und 4 sind berechtigt.", "none"),
  ])
  func paragraphMarks(_ text: String, _ expected: String) {
    let bytes = TextBytes(text)
    let mark = ParagraphMarks.classify(bytes, Paragraph(start: 0, end: bytes.bytes.count))
    let described: String
    switch mark {
    case .none: described = "none"
    case .preamble(let kind, _): described = "preamble " + (kind?.rawValue ?? "bare")
    case .question(let n, let questionLike, _):
      described = "question \(n) \(questionLike ? "q" : "-")"
    case .answer(let numbers, _): described = "answer \(numbers)"
    case .jointAnswer(let numbers): described = "joint \(numbers)"
    }
    #expect(described == expected)
  }

  @Test func bodyEvidenceNeedsAClearLead() {
    var evidence = BodyEvidence()
    evidence.addWords(of: Array("Die Landesregierung und der Landtag.".utf8))
    #expect(evidence.decision == nil)
    evidence.addWords(of: Array("In Nordrhein-Westfalen, im Saarland.".utf8))
    #expect(evidence.decision == nil, "NRW and Saarland tie")
    var nrw = BodyEvidence()
    nrw.addWords(of: Array("Das NRW-Pilotprojekt der Landesregierung in Düsseldorf.".utf8))
    #expect(nrw.decision == nil, "3 + 1 is below the threshold")
    nrw.add([.nw], weight: 2)
    #expect(nrw.decision == .nw)
    var st = BodyEvidence()
    st.addWords(of: Array("Sachsen-Anhalt Sachsen-Anhalt Landtag".utf8))
    #expect(st.scores[.st] == 4)
    #expect(st.scores[.sn] == 1, "the parts of Sachsen-Anhalt do not count for Sachsen")
  }

  @Test func selfNamesDecide() {
    #expect(BodyEvidence.selfName(in: Fold.fold("LANDTAG NORDRHEIN-WESTFALEN")) == .nw)
    #expect(BodyEvidence.selfName(in: Fold.fold("Deutscher Bundestag Drucksache 19/4711")) == .bt)
    #expect(BodyEvidence.selfName(in: Fold.fold("THÜRINGER LANDTAG")) == .th)
    #expect(BodyEvidence.selfName(in: Fold.fold("Bundesrat Drucksache 12/18")) == .br)
    #expect(BodyEvidence.selfName(in: Fold.fold("im Bundesrat beraten")) == nil)
  }

  @Test func ministries() {
    #expect(
      StructureParser.ministry(of: "Minister für Arbeit, Gesundheit und Soziales")?.acronym
        == "mags")
    #expect(
      StructureParser.ministry(of: "Ministerin für Schule und Weiterbildung")?.bodies == [.nw])
    #expect(StructureParser.ministry(of: "Bundesministerium für Gesundheit")?.acronym == "bmg")
    #expect(StructureParser.ministry(of: "Ministerium für Gesundheit") == nil)
    #expect(StructureParser.ministry(of: "Justizminister") == nil)
  }

  @Test func paperNumbers() {
    #expect(
      TitleBlock.drucksache(in: Fold.fold("BT-Drs. 18/13 032"), from: 0)?.number.number == 13032)
    #expect(
      TitleBlock.drucksache(in: Fold.fold("Drucksache 16/850"), from: 0)?.number.printed == "16/850"
    )
    #expect(
      TitleBlock.drucksache(in: Fold.fold("Drs. Nr. 16/7748"), from: 0)?.number.number == 7748)
    #expect(TitleBlock.version(in: Fold.fold("2. Neudruck")) == "2.neudruck")
    #expect(TitleBlock.version(in: Fold.fold("Neudruck")) == "neudruck")
    #expect(
      TitleBlock.version(
        in: Fold.fold("Vorabfassung - wird durch die lektorierte Version ersetzt."))
        == "vorabfassung")
  }
}

@Suite struct MoreKindsTests {
  @Test func grosseAnfrageAnswer() {
    let d = structure(
      """
      LANDTAG NORDRHEIN-WESTFALEN
      16. Wahlperiode
      Drucksache 16/4000
      Antwort
      der Landesregierung
      auf die Große Anfrage 5
      der Fraktion der SPD
      Drucksache 16/3500
      Schulsozialarbeit
      Vorbemerkung der Fragestellerinnen und Fragesteller
      Text.
      1. Wie viele Fachkräfte gibt es?
      Es gibt 1.082.
      """)
    #expect(d.key == "nw/drs/16/4000")
    #expect(d.aliases == ["nw/antwort/16/3500", "nw/antwort-ga/16/5"])
    #expect(d.answers?.kind == .grosseAnfrage)
    #expect(d.answers?.number == 5)
    #expect(d.originators == [Person(name: "Fraktion der SPD", party: "SPD", role: "Fraktion")])
    #expect(d.sections[1].heading == "Vorbemerkung der Fragestellerinnen und Fragesteller")
    #expect(shape(d) == ["header[]", "question-preamble[]", "question[1]", "answer[1]"])
  }

  @Test(arguments: [
    (
      "Gesetzentwurf\nder Bundesregierung\nEntwurf eines Gesetzes zur Förderung\nA. Problem und Ziel\nText.",
      DocumentKind.gesetzentwurf, "Entwurf eines Gesetzes zur Förderung"
    ),
    (
      "Beschlussempfehlung und Bericht\ndes Ausschusses für Arbeit\nzu dem Gesetzentwurf der Landesregierung\nDrucksache 16/1234\nGesetz über Dinge\nText folgt hier.",
      .beschlussempfehlung, "Gesetz über Dinge"
    ),
    (
      "Unterrichtung\ndurch die Bundesregierung\nBericht über die Lage\nText.", .unterrichtung,
      "Bericht über die Lage"
    ),
    (
      "Entschließungsantrag\nder Fraktion der CDU\nzu der Großen Anfrage 5\nMehr Schulen\nDer Landtag wolle beschließen:",
      .entschliessungsantrag, "Mehr Schulen"
    ),
  ])
  func kindsAndTitles(_ text: String, _ kind: DocumentKind, _ title: String) {
    let d = structure("Deutscher Bundestag Drucksache 19/100\n19. Wahlperiode 01.02.2019\n" + text)
    #expect(d.kind == kind)
    #expect(d.title == title)
    #expect(d.key == "bt/drs/19/100")
    #expect(d.dates.header == PartialDate(year: 2019, month: 2, day: 1))
  }
}
