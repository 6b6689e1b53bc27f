import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import TextIngest

/// Checks that normalized text leads back to the right bytes of the original file.
enum LayoutInvariant {
  /// Letters and digits only: what must survive removed hyphens, line breaks and blanks.
  static func core<S: StringProtocol>(_ s: S) -> [Character] {
    s.filter { $0.isLetter || $0.isNumber }
  }

  /// The original bytes of `span` without the bytes of page furniture, decoded.
  static func original(
    _ bytes: [UInt8], _ span: Span, encoding: String, skipping furniture: [Span] = []
  ) -> String {
    var kept: [UInt8] = []
    var i = span.start
    for f in furniture.sorted() where f.end > span.start && f.start < span.end {
      if f.start > i { kept += bytes[i..<f.start] }
      i = max(i, f.end)
    }
    if i < span.end { kept += bytes[i..<span.end] }
    if encoding == "windows-1252" {
      return String(data: Data(kept), encoding: .windowsCP1252) ?? ""
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// Every paragraph and every word of `text` maps to original bytes with the same letters
  /// and digits (furniture spans inside a paragraph's span are left out).
  static func checkParagraphsAndWords(
    of text: NormalizedText, original bytes: [UInt8], encoding: String,
    furniture: [Span] = [], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let utf8 = Array(text.text.utf8)
    var paragraphStart = 0
    for i in 0...utf8.count where i == utf8.count || utf8[i] == 0x0A {
      check(
        text, paragraphStart..<i, bytes, encoding, furniture, sourceLocation: sourceLocation)
      paragraphStart = i + 1
    }
    checkWords(
      of: text, original: bytes, encoding: encoding, furniture: furniture,
      sourceLocation: sourceLocation)
  }

  static func checkWords(
    of text: NormalizedText, original bytes: [UInt8], encoding: String,
    furniture: [Span] = [], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let utf8 = Array(text.text.utf8)
    var wordStart = 0
    for i in 0...utf8.count where i == utf8.count || utf8[i] == 0x0A || utf8[i] == 0x20 {
      if i > wordStart {
        check(text, wordStart..<i, bytes, encoding, furniture, sourceLocation: sourceLocation)
      }
      wordStart = i + 1
    }
  }

  private static func check(
    _ text: NormalizedText, _ range: Range<Int>, _ bytes: [UInt8], _ encoding: String,
    _ furniture: [Span], sourceLocation: SourceLocation
  ) {
    let normalized = text.substring(range)
    let span = text.span(of: range)
    let original = original(bytes, span, encoding: encoding, skipping: furniture)
    #expect(
      core(normalized) == core(original),
      "\(range) \(span): \(normalized.prefix(80)) | \(original.prefix(80))",
      sourceLocation: sourceLocation)
  }
}

/// Normalisation of pdftotext output: furniture out, paragraphs rebuilt, hyphens joined.
@Suite struct NormalizationTests {
  static func normalize(_ text: String) throws -> NormalizedPaper {
    TextNormalizer.normalize(try TextDecoder.decode(Array(text.utf8), path: "test.txt"))
  }

  static func paragraphs(_ paper: NormalizedPaper) -> [String] {
    paper.text.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  static func load(_ url: URL) throws -> (bytes: [UInt8], paper: NormalizedPaper) {
    let bytes = [UInt8](try Data(contentsOf: url))
    let paper = TextNormalizer.normalize(try TextDecoder.decode(bytes, path: url.path))
    return (bytes, paper)
  }

  // MARK: Hyphens

  struct Join: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var testDescription: String { expected }
  }

  static let joins: [Join] = [
    Join(input: "Wort \u{AD} weiter\n\u{AD}\tund so fort", expected: "Wort weiter und so fort"),
    Join(
      input: "die Pilotphase „Anony-\nmisierte Bewerbung“", expected: "„Anonymisierte Bewerbung“"),
    Join(
      input: "mit dem Teilhabe- \nund Integrationsgesetz",
      expected: "Teilhabe- und Integrationsgesetz"),
    Join(
      input: "Hin-\noder Rückfahrt und Kinder-\nbzw. Jugendarbeit",
      expected: "Hin- oder Rückfahrt und Kinder- bzw. Jugendarbeit"),
    Join(input: "Landesförderung „KOMM-IN NRW – Innovation", expected: "„KOMM-IN NRW – Innovation"),
    Join(
      input: "sagte Frau Walter-\nRosenheimer gestern", expected: "Frau Walter-Rosenheimer gestern"),
    Join(input: "Die NRW-\nLandesverwaltung hat", expected: "Die NRW-Landesverwaltung hat"),
    Join(input: "eine NRW-\nweite Regelung", expected: "eine NRW-weite Regelung"),
    Join(input: "seine Geburts\u{AD}hilfe geschlossen", expected: "seine Geburtshilfe geschlossen"),
    Join(input: "die Berufs\u{AD}\nhaftpflicht steigt", expected: "die Berufshaftpflicht steigt"),
    Join(
      input: "wie in der Drucksa- che 17/3125 beschrieben",
      expected: "in der Drucksache 17/3125 beschrieben"),
    Join(
      input: "der Ein- und Ausgang sowie Haupt- bzw. Nebenstellen",
      expected: "der Ein- und Ausgang sowie Haupt- bzw. Nebenstellen"),
    Join(input: "Zuwanderungs-geschichte bleibt", expected: "Zuwanderungs-geschichte bleibt"),
    Join(input: "Strecke Trier- Homburg bleibt", expected: "Strecke Trier- Homburg bleibt"),
    Join(input: "die Jahre 2010-\n2012 umfasst", expected: "die Jahre 2010-2012 umfasst"),
  ]

  @Test(arguments: joins) func hyphens(_ join: Join) throws {
    let paper = try Self.normalize(join.input)
    #expect(paper.text.text.contains(join.expected), "\(paper.text.text)")
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(join.input.utf8), encoding: "utf-8")
  }

  // MARK: Paragraph boundaries

  struct Boundary: Sendable, CustomTestStringConvertible {
    var input: String
    var paragraphs: [String]
    var testDescription: String { paragraphs.joined(separator: " ¶ ") }
  }

  static let boundaries: [Boundary] = [
    Boundary(
      input: "Die Wache ist besetzt.\nII. Der Landtag stellt fest:\n• Sozialarbeit ist wichtig.",
      paragraphs: [
        "Die Wache ist besetzt.", "II. Der Landtag stellt fest:", "• Sozialarbeit ist wichtig.",
      ]),
    Boundary(
      input: "Ende des Satzes.\n\u{AD}\nNeuer Absatz.",
      paragraphs: ["Ende des Satzes.", "Neuer Absatz."]),
    Boundary(
      input:
        "Es sprach Frau Walter-\n\u{0C}LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/3287\n\nRosenheimer gestern.",
      paragraphs: ["Es sprach Frau Walter-Rosenheimer gestern."]),
    Boundary(
      input: "Am\n11. September 2012 hat das Kabinett getagt.",
      paragraphs: ["Am 11. September 2012 hat das Kabinett getagt."]),
    Boundary(
      input: "Die Fragen werden beantwortet.\n1. Wie viele Stellen gibt es?",
      paragraphs: ["Die Fragen werden beantwortet.", "1. Wie viele Stellen gibt es?"]),
    Boundary(
      input: "gemäß Nr.\n3. Die Landesregierung prüft.",
      paragraphs: ["gemäß Nr. 3. Die Landesregierung prüft."]),
    Boundary(
      input: "Zu Frage 2:\nDer Landesregierung ist nichts bekannt.",
      paragraphs: ["Zu Frage 2:", "Der Landesregierung ist nichts bekannt."]),
    Boundary(
      input: "Vorbemerkung\nder Landesregierung\n\nDie Landesregierung prüft.",
      paragraphs: ["Vorbemerkung der Landesregierung", "Die Landesregierung prüft."]),
    Boundary(
      input: "auf der Regionalbahn\n-Strecke formuliert worden\n?\n\n\nZu Frage 9:",
      paragraphs: ["auf der Regionalbahn-Strecke formuliert worden?", "Zu Frage 9:"]),
    Boundary(
      input: "Es wurden registriert:\n\n2010: 12 Fälle\n2011: 14 Fälle",
      paragraphs: ["Es wurden registriert:", "2010: 12 Fälle", "2011: 14 Fälle"]),
    Boundary(
      input: "Ende.\n\n\nV o r b e m e r k u n g :\n\nText.",
      paragraphs: ["Ende.", "Vorbemerkung:", "Text."]),
  ]

  @Test(arguments: boundaries) func paragraphBoundaries(_ boundary: Boundary) throws {
    let paper = try Self.normalize(boundary.input)
    #expect(Self.paragraphs(paper) == boundary.paragraphs)
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(boundary.input.utf8), encoding: "utf-8",
      furniture: paper.furniture.map(\.span))
  }

  // MARK: Letter spacing and blanks

  @Test func letterSpacedHeadingsAreClosedUp() throws {
    let text = """
      A n t w o r t

      d e r  L a n d e s r e g i e r u n g

      Text davor.

      V o r b e m e r k u n g  d e r  K l e i n e n  A n f r a g e

      Buchstaben a, b und c sowie die Punkte x y bleiben stehen.
      """
    let paper = try Self.normalize(text)
    let paragraphs = Self.paragraphs(paper)
    #expect(paragraphs.contains("Antwort der Landesregierung"))
    #expect(paragraphs.contains("Vorbemerkung der Kleinen Anfrage"))
    #expect(paragraphs.contains("Buchstaben a, b und c sowie die Punkte x y bleiben stehen."))
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(text.utf8), encoding: "utf-8")
  }

  @Test func blanksCollapseAndParagraphsAreSingleLines() throws {
    let text =
      "  der Abgeordneten Serap Güler   CDU \t\nDrucksache\t16/850  \n\n\n\n  Aktive  Partnerschaften  \n"
    let paper = try Self.normalize(text)
    #expect(
      Self.paragraphs(paper) == [
        "der Abgeordneten Serap Güler CDU Drucksache 16/850", "Aktive Partnerschaften",
      ])
  }

  // MARK: The seed

  @Test func seedParagraphsAndQuestions() throws {
    let (bytes, paper) = try Self.load(Repository.seed)
    #expect(paper.encoding == "utf-8")
    #expect(paper.furniture.isEmpty)
    let paragraphs = Self.paragraphs(paper)
    let text = paper.text.text
    #expect(!text.contains("\n\n") && !text.hasSuffix("\n") && !text.contains("  "))
    for p in paragraphs {
      #expect(!p.isEmpty && p.first != " " && p.last != " ", "\(p)")
    }
    // Headings are paragraphs of their own, also where no blank line came before them.
    #expect(paragraphs.contains("Vorbemerkung der Kleinen Anfrage"))
    #expect(paragraphs.contains("Vorbemerkung der Landesregierung"))
    // Question 1 is split by a blank line in the file; questions 3-5 even inside a word.
    #expect(
      paragraphs.contains(
        "1. Was hat die Landesregierung in den vergangenen 20 Monaten getan, Kommunen für die interkulturelle Öffnung ihrer Verwaltungen zu gewinnen?"
      ))
    #expect(
      paragraphs.contains(
        "2. Gibt es bisher, wie 2010 auch angekündigt, auch „einzelne Unternehmen“, die man gewinnen konnte (falls ja, bitte Unternehmen nennen)?"
      ))
    #expect(
      paragraphs.contains(
        "3. Wo bleibt der in der Pressemitteilung vom 21. Dezember 2010 angekündigte Erfahrungsbericht zu dem Instrument „Anonymisierte Bewerbung“?"
      ))
    #expect(
      paragraphs.contains(
        "4. Wie viele anonymisierte Bewerbungen sind seit Ende 2010 an die Landesverwaltung gerichtet worden?"
      ))
    #expect(
      paragraphs.contains(
        "5. Hat sich seit der Einführung der anonymisierte Bewerbungen die Zahl der Einstellungen von Beschäftigten mit Zuwanderungsgeschichte in der Landesverwaltung signifikant erhöht (bitte konkrete Vergleichszahlen nennen)?"
      ))
    // The numbered questions are the only paragraphs that start with a number and a dot:
    // `Am \n11. September 2012` and `unter 3. genannten` stay inside their paragraphs.
    let numbered = paragraphs.filter { $0.first?.isNumber == true && $0.contains(". ") }
    #expect(numbered.map { $0.prefix(2) } == ["1.", "2.", "3.", "4.", "5."])
    #expect(text.contains("umgesetzt werden. Am 11. September 2012 hat das Kabinett"))
    #expect(
      text.contains("„Nordrhein-Westfalen macht Ernst – Pilotphase ‚Anonymisierte Bewerbung‘"))
    #expect(text.contains("mit dem Teilhabe- und Integrationsgesetz bereits"))
    #expect(text.contains("„Die NRW-Landesverwaltung hat"))
    #expect(text.contains("„KOMM-IN NRW – Innovation in der kommunalen Integrationsarbeit“"))
    #expect(text.contains("mit Schreiben vom 9. Oktober 2012 namens der Landesregierung"))
    LayoutInvariant.checkParagraphsAndWords(of: paper.text, original: bytes, encoding: "utf-8")
  }

  // MARK: The real Saarland answer

  @Test func saarlandLosesItsHeadersAndPageNumbers() throws {
    let url = Repository.fixture("real/sl_drs_15-1284_antwort_pdftotext.txt")
    let (bytes, paper) = try Self.load(url)
    let text = paper.text.text
    #expect(!text.contains("Landtag des Saarlandes"))
    #expect(!text.contains("Drucksache 15/1284"))
    let paragraphs = Self.paragraphs(paper)
    for p in paragraphs {
      #expect(!(p.hasPrefix("- ") && p.hasSuffix(" -")), "page number left: \(p)")
    }
    let headers = paper.furniture.filter { $0.kind == .runningHeader }
    #expect(headers.count == 5)
    #expect(
      headers.allSatisfy {
        $0.text == "Drucksache 15/1284 (15/1217) Landtag des Saarlandes - 15. Wahlperiode -"
      })
    let pageNumbers = paper.furniture.filter { $0.kind == .pageNumber }.map(\.text)
    #expect(pageNumbers == ["- 2 -", "- 3 -", "- 4 -", "- 5 -", "- 6 -"])
    let title = paper.furniture.filter { $0.kind == .titleBlock }.map(\.text)
    #expect(
      title == [
        "LANDTAG DES SAARLANDES", "15. Wahlperiode Drucksache 15/1284 (15/1217)", "12.03.2015",
      ])
    #expect(
      paper.furniture.filter { $0.kind == .boilerplate }.map(\.text) == [
        "Ausgegeben: 12.03.2015 (15.01.2015)"
      ])
    // Every furniture span holds exactly the furniture's text.
    for f in paper.furniture {
      #expect(String(decoding: bytes[f.span.start..<f.span.end], as: UTF8.self) == f.text)
    }
    // Broken wraps repaired: punctuation torn from its word, a hyphen torn from its word,
    // a closing quote on the next line, a hyphen across a blank line.
    #expect(text.contains("(Fahrplanverdichtung). Für Pendler"))
    #expect(text.contains("die Verkehrssicherheit, wenn ab Landesgrenze"))
    #expect(text.contains("gemeinsam beantwortet.\n"))
    #expect(text.contains("des Einsatzes von „Kurzzügen“ auf der o.g. Bahnstrecke"))
    #expect(text.contains("Inbetriebsetzungskonzept"))
    // Questions without their numbers are paragraphs of their own.
    #expect(
      paragraphs.contains(
        "Nimmt das Land den Betreiber Vlexx für nicht erbrachte Leistung in Regress?"))
    #expect(
      paragraphs.contains(
        "Welche Ausschreibungskriterien sind hinsichtlich der Vergabe der Verkehrsleistung auf der Regionalbahn-Strecke Trier-Homburg formuliert worden?"
      ))
    #expect(paragraphs.contains("Zu den Fragen 6, 7, 8 und 10:"))
    #expect(paragraphs.contains("Vorbemerkung der Landesregierung:"))
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: bytes, encoding: paper.encoding,
      furniture: paper.furniture.map(\.span))
  }

  // MARK: Furniture in NRW and Bundestag layouts

  static let nrwPaper = """
    LANDTAG NORDRHEIN-WESTFALEN
    16. Wahlperiode

    Drucksache 16/1087

    09.10.2012


    Antwort

    der Landesregierung

    auf die Kleine Anfrage 421 vom 6. September 2012
    der Abgeordneten Serap Güler   CDU
    Drucksache 16/850


    Die Aussage trifft nicht zu. Der



    Datum des Originals: 09.10.2012/Ausgegeben: 12.10.2012

    Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine Schutzgebühr beim Archiv
    des Landtags Nordrhein-Westfalen, 40002 Düsseldorf, Postfach 10 11 43, Telefon (0211) 884 - 2439, zu be-
    ziehen. Der kostenfreie Abruf ist auch möglich über das Internet-Angebot des Landtags Nordrhein-Westfalen
    unter www.landtag.nrw.de
    \u{0C}LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode

    Drucksache 16/1087

    2

    Träger hat die Abteilung verlagert. Die Kreispolizei-

    3
    \u{0C}LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/1087 4

    behörden bleiben zuständig; die Zahl der

    Wachen ist unverändert.

    Vorbemerkung der Landesregierung
    Die Wache ist besetzt.
    2. Gibt es bisher Partner?

    Bewerbungen insgesamt:

    89

    Davon eingestellt: 12
    \u{0C}
    """

  @Test func nrwFurnitureIsRemovedAndReported() throws {
    let paper = try Self.normalize(Self.nrwPaper)
    let byKind = Dictionary(grouping: paper.furniture, by: \.kind).mapValues { $0.map(\.text) }
    #expect(
      byKind[.titleBlock] == [
        "LANDTAG NORDRHEIN-WESTFALEN", "16. Wahlperiode", "Drucksache 16/1087", "09.10.2012",
      ])
    #expect(byKind[.boilerplate]?.count == 5)
    #expect(byKind[.boilerplate]?.first == "Datum des Originals: 09.10.2012/Ausgegeben: 12.10.2012")
    #expect(byKind[.boilerplate]?.last == "unter www.landtag.nrw.de")
    #expect(
      byKind[.runningHeader] == [
        "LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode", "Drucksache 16/1087",
        "LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/1087 4",
      ])
    #expect(byKind[.pageNumber] == ["2", "3"])

    let paragraphs = Self.paragraphs(paper)
    #expect(
      paragraphs == [
        "Antwort der Landesregierung auf die Kleine Anfrage 421 vom 6. September 2012 der Abgeordneten Serap Güler CDU Drucksache 16/850",
        // Across page 1's footer and page 2's header: the sentence goes on.
        "Die Aussage trifft nicht zu. Der Träger hat die Abteilung verlagert. Die Kreispolizeibehörden bleiben zuständig; die Zahl der Wachen ist unverändert.",
        "Vorbemerkung der Landesregierung",
        "Die Wache ist besetzt.",
        "2. Gibt es bisher Partner?",
        // A lone number inside a page is text, not a page number.
        "Bewerbungen insgesamt:", "89", "Davon eingestellt: 12",
      ])
    let bytes = Array(Self.nrwPaper.utf8)
    for f in paper.furniture {
      #expect(String(decoding: bytes[f.span.start..<f.span.end], as: UTF8.self) == f.text)
    }
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: bytes, encoding: "utf-8", furniture: paper.furniture.map(\.span))
  }

  static let bundestagPaper = """
    Deutscher Bundestag Drucksache 19/4711
    19. Wahlperiode 24.09.2018

    Vorabfassung - wird durch die lektorierte Version ersetzt.

    Antwort
    der Bundesregierung

    auf die Kleine Anfrage der Abgeordneten Dr. Jana Behrendt und der Fraktion der FDP
    – Drucksache 19/4502 –


    Die Bundesregierung hat die Ziele der IT-Konsolidierung
    \u{0C}Drucksache 17/13032 – 2 – Deutscher Bundestag – 17. Wahlperiode

    Vorabfassung - wird durch die lektorierte Version ersetzt.

    Bund festgelegt und dem Haushaltsausschuss berichtet (vgl. Drucksache 17/13 032).
    \u{0C}Deutscher Bundestag – 17. Wahlperiode – 3 – Drucksache 17/13032

    1. Wie hoch sind die Kosten?

    Sie betragen 1.256 Mio. Euro.
    """

  @Test func bundestagHeadersAndVorabfassungAreFurniture() throws {
    let paper = try Self.normalize(Self.bundestagPaper)
    let byKind = Dictionary(grouping: paper.furniture, by: \.kind).mapValues { $0.map(\.text) }
    #expect(
      byKind[.titleBlock] == [
        "Deutscher Bundestag Drucksache 19/4711", "19. Wahlperiode 24.09.2018",
      ])
    #expect(byKind[.boilerplate]?.count == 2)
    #expect(
      byKind[.runningHeader] == [
        "Drucksache 17/13032 – 2 – Deutscher Bundestag – 17. Wahlperiode",
        "Deutscher Bundestag – 17. Wahlperiode – 3 – Drucksache 17/13032",
      ])
    #expect(
      Self.paragraphs(paper) == [
        "Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Dr. Jana Behrendt und der Fraktion der FDP – Drucksache 19/4502 –",
        "Die Bundesregierung hat die Ziele der IT-Konsolidierung Bund festgelegt und dem Haushaltsausschuss berichtet (vgl. Drucksache 17/13 032).",
        "1. Wie hoch sind die Kosten?",
        "Sie betragen 1.256 Mio. Euro.",
      ])
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(Self.bundestagPaper.utf8), encoding: "utf-8",
      furniture: paper.furniture.map(\.span))
  }

  /// A period before a page break may end a name (`DIE LINKE.`, `Nr.`) rather than the
  /// sentence: what follows decides. No sentence starts in lower case or with "(" and a word.
  /// (A day before a month is `aDayBeforeAPageBreakGoesOnWithItsMonth`.)
  @Test(arguments: [
    ("(Bundestagsdrucksache 19/15093), Träger sei der Kreis, beruht auf einem Irrtum.", true),
    ("vom 9. Oktober 2012 wurde beantwortet.", true),
    ("Träger ist der Caritasverband.", false),
    ("November 2018 eine Pressemitteilung veröffentlicht.", false),
    ("(1) Die Angabe beruht auf einem Irrtum.", false),
  ])
  func aPeriodBeforeAPageBreakEndsTheSentenceOnlyIfTheNextPageSaysSo(
    next: String, goesOn: Bool
  ) throws {
    let text =
      "Die Angabe in der Antwort auf die Kleine Anfrage der Fraktion DIE LINKE.\n\n\n"
      + "\u{0C}Drucksache 19/15099 – 2 – Deutscher Bundestag – 19. Wahlperiode\n\n\n"
      + next + "\n"
    let paper = try Self.normalize(text)
    let first = "Die Angabe in der Antwort auf die Kleine Anfrage der Fraktion DIE LINKE."
    #expect(Self.paragraphs(paper) == (goesOn ? [first + " " + next] : [first, next]))
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(text.utf8), encoding: "utf-8",
      furniture: paper.furniture.map(\.span))
  }

  /// `hat am 11.` at the foot of a page and `November 2018 …` on the next is one date.
  @Test func aDayBeforeAPageBreakGoesOnWithItsMonth() throws {
    let text =
      "Das Bundesministerium für Gesundheit hat am 11.\n\n\n"
      + "\u{0C}Drucksache 19/2997 – 2 – Deutscher Bundestag – 19. Wahlperiode\n\n\n"
      + "November 2018 eine Pressemitteilung veröffentlicht. Die Kosten steigen.\n\n"
      + "Die Zahl der Fälle lag bei 11.\n\n\n"
      + "\u{0C}Drucksache 19/2997 – 3 – Deutscher Bundestag – 19. Wahlperiode\n\n\n"
      + "Träger ist der Kreis.\n"
    let paper = try Self.normalize(text)
    #expect(
      Self.paragraphs(paper) == [
        "Das Bundesministerium für Gesundheit hat am 11. November 2018 eine Pressemitteilung veröffentlicht. Die Kosten steigen.",
        // Without a month after it, the number ends the sentence.
        "Die Zahl der Fälle lag bei 11.", "Träger ist der Kreis.",
      ])
  }

  struct HeaderVariant: Sendable, CustomTestStringConvertible {
    var name: String
    var header: String
    var testDescription: String { name }
  }

  static let headerVariants: [HeaderVariant] = [
    HeaderVariant(
      name: "NRW header split over three lines with the page number",
      header: "LANDTAG NORDRHEIN-WESTFALEN\n16. Wahlperiode\n\nDrucksache 16/3287\n\n2"),
    HeaderVariant(
      name: "NRW header with the number on its line",
      header: "LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/3287 2"),
    HeaderVariant(
      name: "Bundestag even page, dashes glued",
      header: "Drucksache 19/4711 –2– Deutscher Bundestag – 19. Wahlperiode"),
    HeaderVariant(
      name: "Bayern with middle dots",
      header: "Bayerischer Landtag · 18. Wahlperiode Drucksache 18/1234"),
    HeaderVariant(
      name: "Hamburg",
      header: "Bürgerschaft der Freien und Hansestadt Hamburg – 22. Wahlperiode Drucksache 22/1234"),
    HeaderVariant(
      name: "Saarland with its page number",
      header: "Drucksache 15/1284 (15/1217) Landtag des Saarlandes - 15. Wahlperiode -\n\n- 2 -"),
    HeaderVariant(name: "page number only, between pages", header: "– 7 –"),
  ]

  /// A header between two pages, with or without a form feed, in the middle of a sentence.
  @Test(arguments: headerVariants, [true, false])
  func headerVariantsAreRemoved(_ variant: HeaderVariant, formFeed: Bool) throws {
    let text =
      "Der Minister hat die Anfrage mit Schreiben vom 9. Oktober 2012 namens der Landes-\n\n\n"
      + (formFeed ? "\u{0C}" : "") + variant.header + "\n\n\nregierung beantwortet.\n"
    let paper = try Self.normalize(text)
    #expect(
      paper.text.text
        == "Der Minister hat die Anfrage mit Schreiben vom 9. Oktober 2012 namens der Landesregierung beantwortet."
    )
    let removed = paper.furniture.map(\.text).joined(separator: "\n")
    let expected = variant.header.split(separator: "\n").joined(separator: "\n")
    #expect(removed == expected)
    LayoutInvariant.checkParagraphsAndWords(
      of: paper.text, original: Array(text.utf8), encoding: "utf-8",
      furniture: paper.furniture.map(\.span))
  }

  @Test func linesRepeatedAtPageEdgesAreFurniture() throws {
    var text = ""
    for page in 1...4 {
      text += "Ministerium für Schule – Bericht an den Ausschuss\n\n"
      text += "Absatz auf Seite \(page) mit Inhalt.\n\nNoch ein Absatz \(page).\n\n"
      text += "Seite \(page) von 4\n\u{0C}"
    }
    let paper = try Self.normalize(text)
    let byKind = Dictionary(grouping: paper.furniture, by: \.kind).mapValues { $0.map(\.text) }
    #expect(byKind[.runningHeader]?.count == 4)
    #expect(
      byKind[.pageNumber] == ["Seite 1 von 4", "Seite 2 von 4", "Seite 3 von 4", "Seite 4 von 4"])
    #expect(!paper.text.text.contains("Ministerium"))
    #expect(Self.paragraphs(paper).count == 8)
  }

  // MARK: Every fixture maps back

  static var allFixtures: [URL] {
    var urls = [Repository.seed]
    for dir in ["text", "real"] {
      let folder = Repository.fixture(dir)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      urls += names.filter { $0.hasSuffix(".txt") }.sorted().map {
        folder.appendingPathComponent($0)
      }
    }
    return urls
  }

  @Test func everyFixtureMapsBackToItsBytes() throws {
    let fixtures = Self.allFixtures
    #expect(fixtures.count >= 3)
    for url in fixtures {
      let (bytes, paper) = try Self.load(url)
      let text = paper.text.text
      #expect(!text.contains("\n\n") && !text.contains("  ") && !text.contains("\u{AD}"))
      #expect(!text.contains("\r") && !text.contains("\u{0C}"), "\(url.lastPathComponent)")
      LayoutInvariant.checkParagraphsAndWords(
        of: paper.text, original: bytes, encoding: paper.encoding,
        furniture: paper.furniture.map(\.span))
      for f in paper.furniture {
        let original = LayoutInvariant.original(bytes, f.span, encoding: paper.encoding)
        #expect(original == f.text, "\(url.lastPathComponent)")
      }
      // No running header or page number of NRW, Bundestag or Saarland survives.
      for p in Self.paragraphs(paper) {
        let header = HeaderShape(
          Array(p.utf8),
          SourceLine(rawStart: 0, rawEnd: p.utf8.count, start: 0, end: p.utf8.count, page: 0))
        #expect(header?.isStrongHeader != true, "\(url.lastPathComponent): \(p)")
      }
    }
  }

  // MARK: Size

  @Test func workGrowsLinearlyWithTheInput() throws {
    // The same page 50 and 200 times: output, map and furniture grow by the same factor.
    let page = """
      LANDTAG NORDRHEIN-WESTFALEN - 16. Wahlperiode Drucksache 16/3287

      Die Landesregierung fördert seit 2012 das Modellprojekt „Hebammen\u{AD}zentrale OWL“, das
      freiberufliche Hebammen an Schwangere vermittelt. Darüber hinaus hat die Landesregie-
      rung die Zahl der Ausbildungsplätze erhöht und

      d e r  L a n d e s r e g i e r u n g

      """
    func run(_ pages: Int) throws -> NormalizedPaper {
      var text = ""
      for n in 1...pages { text += page + "\n\(n)\n\u{0C}" }
      return try Self.normalize(text)
    }
    let small = try run(50)
    let large = try run(200)
    #expect(large.furniture.count == 4 * small.furniture.count)
    #expect(large.text.text.utf8.count <= 4 * small.text.text.utf8.count + 4)
    #expect(large.text.map.segments.count <= 4 * small.text.map.segments.count + 4)
  }

  @Test func aFiveMegabyteSingleLineIsHandled() throws {
    let chunk = "Wort  Wort\u{AD}teil Drucksa- che A B C D "
    let count = 5_000_000 / chunk.utf8.count
    let text = String(repeating: chunk, count: count)
    let paper = try Self.normalize(text)
    let out = paper.text.text
    #expect(!out.contains("\n"))
    #expect(out.hasPrefix("Wort Wortteil Drucksache ABCD Wort"))
    #expect(out.utf8.count == count * "Wort Wortteil Drucksache ABCD ".utf8.count - 1)
    let last = out.utf8.count
    #expect(paper.text.span(of: (last - 4)..<last).end == text.utf8.count - 1)
  }
}
