import Foundation
import TestSupport
import Testing

@testable import TextIngest

/// The seed paper with its lines joined the simple way: blank lines separate paragraphs,
/// a line-end hyphen directly before a lower-case letter is dropped, other line breaks become
/// spaces, and a numbered question or a lower-case continuation after a blank line is handled
/// as the normalizer would. One paragraph per line, like `NormalizedText.text`.
func seedParagraphsJoinedNaively() throws -> String {
  let raw = try String(contentsOf: Repository.seed, encoding: .utf8)
  var paragraphs: [String] = []
  var current = ""
  func flush() {
    if !current.isEmpty { paragraphs.append(current) }
    current = ""
  }
  for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty {
      flush()
      continue
    }
    let startsQuestion =
      trimmed.first?.isNumber == true && trimmed.contains(". ")
      && trimmed.prefix(while: { $0.isNumber }).count <= 2
      && trimmed.dropFirst(trimmed.prefix(while: { $0.isNumber }).count).hasPrefix(". ")
    let afterSentence = current.isEmpty || ".?!:".contains(current.last ?? " ")
    if startsQuestion, afterSentence { flush() }
    if current.isEmpty, trimmed.first?.isLowercase == true, let last = paragraphs.popLast() {
      current = last  // a question split by a blank line continues
    }
    if current.isEmpty {
      current = trimmed
    } else if current.hasSuffix("-"), trimmed.first?.isLowercase == true,
      current.dropLast().last?.isLowercase == true
    {
      current = String(current.dropLast()) + trimmed
    } else if current.hasSuffix("-") {
      current += trimmed
    } else {
      current += " " + trimmed
    }
    if line.last == " " || line.last == "\t", current.hasSuffix("-") { current += " " }
  }
  flush()
  return paragraphs.map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
}

/// The sentences of `text` as strings.
func sentenceStrings(_ text: String, range: Range<Int>? = nil) -> [String] {
  let utf8 = Array(text.utf8)
  return SentenceSplitter.sentences(in: text, range: range).map {
    String(decoding: utf8[$0], as: UTF8.self)
  }
}

@Suite struct SentenceSplitterTests {
  static let cases: [(String, [String])] = [
    (
      "Am 6. September 2012 wurde gefragt. Die Antwort folgte.",
      ["Am 6. September 2012 wurde gefragt.", "Die Antwort folgte."]
    ),
    (
      "Siehe Abs. 2 und Nr. 7 der Vorlage. Das gilt.",
      ["Siehe Abs. 2 und Nr. 7 der Vorlage.", "Das gilt."]
    ),
    (
      "Das gilt z. B. für Kommunen, z.B. Duisburg, u. a. Köln, d. h. Alle sind dabei.",
      ["Das gilt z. B. für Kommunen, z.B. Duisburg, u. a. Köln, d. h. Alle sind dabei."]
    ),
    (
      "Es kostet ca. 5 Mio. Euro bzw. 4,4 Mrd. Euro und Tsd. Stunden.",
      ["Es kostet ca. 5 Mio. Euro bzw. 4,4 Mrd. Euro und Tsd. Stunden."]
    ),
    (
      "Dr. Müller und Prof. Schmidt sprachen mit Drs. Meier. Dipl.-Ing. Kurz kam. Er blieb.",
      [
        "Dr. Müller und Prof. Schmidt sprachen mit Drs. Meier.", "Dipl.-Ing. Kurz kam.",
        "Er blieb.",
      ]
    ),
    (
      "Vgl. S. 24 ff. der Drucksache. Weitere Angaben fehlen.",
      ["Vgl. S. 24 ff. der Drucksache.", "Weitere Angaben fehlen."]
    ),
    (
      "Gem. § 6 Abs. 1 i. V. m. § 2 gilt das, lt. Gesetz ggf. auch insb. für Std. Arbeit.",
      ["Gem. § 6 Abs. 1 i. V. m. § 2 gilt das, lt. Gesetz ggf. auch insb. für Std. Arbeit."]
    ),
    (
      "Der Anteil beträgt 5 v. H. Der Rest folgt 5 v. H. später.",
      ["Der Anteil beträgt 5 v. H.", "Der Rest folgt 5 v. H. später."]
    ),
    (
      "Die Sitzungen vom 6. Sept. 2012 und vom 12. Jan. 2013 fanden statt.",
      ["Die Sitzungen vom 6. Sept. 2012 und vom 12. Jan. 2013 fanden statt."]
    ),
    (
      "Dies geschah in der 16. Wahlperiode im 2. Neudruck nach der 3. Beratung.",
      ["Dies geschah in der 16. Wahlperiode im 2. Neudruck nach der 3. Beratung."]
    ),
    (
      "1. Was hat die Landesregierung getan? Wann?",
      ["1. Was hat die Landesregierung getan?", "Wann?"]
    ),
    ("II. Vorbemerkung der Fragesteller", ["II. Vorbemerkung der Fragesteller"]),
    (
      "Im Rahmen des unter 3. genannten Projektes wurden bis 30.06.2012 insgesamt 1.256 Personen "
        + "eingestellt. Das war gut.",
      [
        "Im Rahmen des unter 3. genannten Projektes wurden bis 30.06.2012 insgesamt 1.256 Personen "
          + "eingestellt.",
        "Das war gut.",
      ]
    ),
    (
      "Mehr unter www.mais.nrw.de und poststelle@mais.nrw.de. Danke.",
      ["Mehr unter www.mais.nrw.de und poststelle@mais.nrw.de.", "Danke."]
    ),
    (
      "Das Gesamtkonzept wurde gebilligt. Es legt die Ziele fest.",
      ["Das Gesamtkonzept wurde gebilligt.", "Es legt die Ziele fest."]
    ),
    (
      "Wer hat das getan? Niemand! Das ist klar.",
      ["Wer hat das getan?", "Niemand!", "Das ist klar."]
    ),
    (
      "Die Überschrift lautet „Die Pilotphase beginnt.“ Der Minister war zufrieden.",
      ["Die Überschrift lautet „Die Pilotphase beginnt.“", "Der Minister war zufrieden."]
    ),
    (
      "Dies beruht auf einem Irrtum. Dieser Bezug fehlte.",
      ["Dies beruht auf einem Irrtum.", "Dieser Bezug fehlte."]
    ),
    (
      "Er wurde mit dem Satz „Nach und nach sollen Partner gewonnen werden. Deshalb sprechen wir "
        + "mit Kommunen.“ zitiert. Danach nicht mehr.",
      [
        "Er wurde mit dem Satz „Nach und nach sollen Partner gewonnen werden. Deshalb sprechen wir "
          + "mit Kommunen.“ zitiert.",
        "Danach nicht mehr.",
      ]
    ),
    (
      "Er sagte: „Das ist gut. Wir machen weiter.“ Danach ging er.",
      ["Er sagte: „Das ist gut. Wir machen weiter.“", "Danach ging er."]
    ),
    (
      "„Erster Satz. Zweiter Satz.“ Dritter Satz.",
      ["„Erster Satz.", "Zweiter Satz.“", "Dritter Satz."]
    ),
    (
      "Er sagte „Das ist gut. Dann ging er ohne Schlusszeichen.",
      ["Er sagte „Das ist gut.", "Dann ging er ohne Schlusszeichen."]
    ),
    (
      "Die Frage „Wie geht es weiter?“ wurde gestellt.",
      ["Die Frage „Wie geht es weiter?“ wurde gestellt."]
    ),
    (
      "Vorbemerkung der Landesregierung\nDie Öffnung ist eine Aufgabe. Sie gilt.",
      ["Vorbemerkung der Landesregierung", "Die Öffnung ist eine Aufgabe.", "Sie gilt."]
    ),
    (
      "Die Zahl stieg im Jahr 2012. Im Jahr 2013 sank sie.",
      ["Die Zahl stieg im Jahr 2012.", "Im Jahr 2013 sank sie."]
    ),
    ("Es waren genau 89. Die Zahl stieg.", ["Es waren genau 89.", "Die Zahl stieg."]),
    (
      "Das steht in Drucksache 16/850. Sie wurde beantwortet.",
      ["Das steht in Drucksache 16/850.", "Sie wurde beantwortet."]
    ),
    (
      "Das betrifft Anträge, Berichte usw. Die Ergebnisse folgen.",
      ["Das betrifft Anträge, Berichte usw.", "Die Ergebnisse folgen."]
    ),
    ("Er zögerte … dann sprach er.", ["Er zögerte … dann sprach er."]),
    (
      "Es kostet 4,4 Mrd. Das ist viel. Es kostet 4,4 Mrd. Euro.",
      ["Es kostet 4,4 Mrd.", "Das ist viel.", "Es kostet 4,4 Mrd. Euro."]
    ),
    (
      "Dazu zählen Köln, Bonn u. a. Die Städte und Kreise o. ä. Mehr nicht.",
      ["Dazu zählen Köln, Bonn u. a.", "Die Städte und Kreise o. ä.", "Mehr nicht."]
    ),
    ("Das gilt u.a. Die Regel.", ["Das gilt u.a.", "Die Regel."]),
    (
      "• Sie ist Teil des Angebots der Schulen. • Die Befristung gefährdet Strukturen.",
      ["• Sie ist Teil des Angebots der Schulen.", "• Die Befristung gefährdet Strukturen."]
    ),
    (
      "in der Antwort auf die Kleine Anfrage der Fraktion DIE LINKE. (BT-Drs. 18/13 032) dargestellt.",
      [
        "in der Antwort auf die Kleine Anfrage der Fraktion DIE LINKE. (BT-Drs. 18/13 032) dargestellt."
      ]
    ),
    ("Das gilt u. a. für Köln.", ["Das gilt u. a. für Köln."]),
    ("Es heißt dort […] Gewinner sind alle.", ["Es heißt dort […] Gewinner sind alle."]),
    ("Er zögerte… Dann sprach er.", ["Er zögerte…", "Dann sprach er."]),
    (
      "Gefördert wurde \"Integration.Interkommunal\". Das half.",
      ["Gefördert wurde \"Integration.Interkommunal\".", "Das half."]
    ),
    (
      "Die Fragen 1. und 2. werden gemeinsam beantwortet.",
      ["Die Fragen 1. und 2. werden gemeinsam beantwortet."]
    ),
    (
      "Es wurden bis zum 30. Juni 2012 (Ende die Pilotphase) 89 Stellen besetzt.",
      ["Es wurden bis zum 30. Juni 2012 (Ende die Pilotphase) 89 Stellen besetzt."]
    ),
    (
      "Das regelt das Gesetz (vgl. §§ 1 Nr. 7 und 6 Abs.1). Eine Maßnahme folgt.",
      ["Das regelt das Gesetz (vgl. §§ 1 Nr. 7 und 6 Abs.1).", "Eine Maßnahme folgt."]
    ),
    (
      "Sie bestand aus dem Los 1 (rd. 3,6 Mio. Zug-Kilometer) und Frankfurt/M. Das reicht.",
      ["Sie bestand aus dem Los 1 (rd. 3,6 Mio. Zug-Kilometer) und Frankfurt/M.", "Das reicht."]
    ),
    ("  \n \n", []),
    ("Kein Satzende", ["Kein Satzende"]),
  ]

  @Test(arguments: cases)
  func splits(_ text: String, _ expected: [String]) {
    #expect(sentenceStrings(text) == expected)
  }

  @Test func rangesAreUTF8OffsetsWithinTheGivenRange() {
    let text = "Überschrift\nÖffnung ist wichtig. Über alles.\nEnde."
    let utf8 = Array(text.utf8)
    let start = Array("Überschrift\n".utf8).count
    let end = start + Array("Öffnung ist wichtig. Über alles.".utf8).count
    let ranges = SentenceSplitter.sentences(in: text, range: start..<end)
    #expect(
      ranges.map { String(decoding: utf8[$0], as: UTF8.self) } == [
        "Öffnung ist wichtig.", "Über alles.",
      ])
    #expect(ranges.first?.lowerBound == start)
    #expect(ranges.last?.upperBound == end)
    #expect(SentenceSplitter.sentences(in: text, range: 0..<1_000).count == 4)
  }

  static let seedSentences: [String] = [
    "Im Mai 2011 hat das Landeskabinett das von einer interministeriellen Arbeitsgruppe (AG) "
      + "erarbeitete Gesamtkonzept gebilligt.",
    "Es legt die Ziele der Landesinitiative und zunächst 28 Maßnahmen fest, die sukzessive "
      + "entwickelt und umgesetzt werden.",
    "Am 11. September 2012 hat das Kabinett den ersten Umsetzungsbericht zum Stand der "
      + "Landesinitiative gebilligt.",
    "Dies beruht auf einem Irrtum.",
    "Dieser Bezug auf die Initiative des Bundes war in der Presseerklärung nicht enthalten.",
    "Minister Schneider wurde in derselben Mitteilung mit dem Satz „Nach und nach sollen weitere "
      + "Partner für die Initiative gewonnen werden. Deshalb werden wir mit Kommunen und auch "
      + "einzelnen Unternehmen sprechen.“ zitiert.",
    "1. Was hat die Landesregierung in den vergangenen 20 Monaten getan, Kommunen für die "
      + "interkulturelle Öffnung ihrer Verwaltungen zu gewinnen?",
    "Im Rahmen des unter 3. genannten Pilotprojektes „Anonymisierte Bewerbung“ wurden bis zum "
      + "30. Juni 2012 (Ende die Pilotphase) 89 Stellen besetzt.",
    "Auf diese Stellen hatten sich insgesamt 1.256 Personen beworben.",
    "„Gefeiert“ wird in der Mitteilung, dass man nun mit der Stadt Duisburg die erste Kommune "
      + "für dieses Ziel gewonnen habe.",
    "Die interkulturelle Öffnung der Landesverwaltung und die gezielte Förderung der "
      + "interkulturellen Kompetenz der Landesbediensteten ist eine Aufgabe des Landes nach dem "
      + "Teilhabe- und Integrationsgesetz (vgl. §§ 1 Nr. 7 und 6 Abs.1).",
    "Vielmehr wurde ein Pilotprojekt mit Stellenkontingenten in acht Ressorts mit einer Laufzeit "
      + "von Januar 2011 bis Ende Juni 2012 durchgeführt.",
    "Über die Ergebnisse wurde der Landtag mit Vorlage 15/1144 vom 18. Januar 2012 informiert.",
    "Ebenso wurde angekündigt, dass Ende 2011 einen ersten Erfahrungsbericht zu diesem Verfahren "
      + "geben soll.",
    "In Abs. 2 des Eingangstextes der Kleinen Anfrage wird unter Bezugnahme auf eine "
      + "Pressemitteilung des MAIS vom 21. Dezember 2010 darauf hingewiesen, „dass die "
      + "Landesverwaltung mit Hilfe der Initiative des Bundes „Anonymisierte Bewerbungen“ mehr "
      + "Menschen mit Zuwanderungsgeschichte in den öffentlichen Dienst einstellen will“.",
    "Weiter heißt es: „Die NRW-Landesverwaltung hat sich mit dem Teilhabe- und "
      + "Integrationsgesetz bereits selbst zur interkulturellen Öffnung verpflichtet. Unser Ziel "
      + "ist es, jetzt auch die Städte und Gemeinden im Land, sowie Verbände aber auch "
      + "privatwirtschaftliche Unternehmen für dieses Ziel zu gewinnen.“",
    "2. Gibt es bisher, wie 2010 auch angekündigt, auch „einzelne Unternehmen“, die man gewinnen "
      + "konnte (falls ja, bitte Unternehmen nennen)?",
    "In 2011 lag der Fokus nicht auf der Partnergewinnung, sondern auf anderen Maßnahmen der "
      + "Landesinitiative.",
    "Die Befragung soll in vier Jahren wiederholt werden.",
  ]

  @Test(arguments: seedSentences)
  func seedHasSentence(_ sentence: String) throws {
    let sentences = sentenceStrings(try seedParagraphsJoinedNaively())
    #expect(sentences.contains(sentence))
  }

  /// Sentences are ordered, disjoint, trimmed, never cross a line, and together cover every
  /// non-space byte of the text.
  @Test func seedSentencesCoverTheTextInOrder() throws {
    let text = try seedParagraphsJoinedNaively()
    let bytes = Array(text.utf8)
    let ranges = SentenceSplitter.sentences(in: text)
    var covered = [Bool](repeating: false, count: bytes.count)
    var previousEnd = 0
    for r in ranges {
      #expect(r.lowerBound >= previousEnd && !r.isEmpty)
      #expect(bytes[r.lowerBound] != 0x20 && bytes[r.upperBound - 1] != 0x20)
      #expect(!bytes[r].contains(0x0A))
      for i in r { covered[i] = true }
      previousEnd = r.upperBound
    }
    let uncovered = bytes.indices.filter { !covered[$0] && bytes[$0] != 0x20 && bytes[$0] != 0x0A }
    #expect(uncovered.isEmpty)
  }

  /// No sentence of the seed ends at an abbreviation or an ordinal, and none starts in lower
  /// case (which would mean the sentence before it was cut off).
  @Test func seedSentencesDoNotEndInsideASentence() throws {
    let sentences = sentenceStrings(try seedParagraphsJoinedNaively())
    #expect(sentences.count == 50)
    for s in sentences {
      let lastWord = s.split(separator: " ").last.map(String.init) ?? ""
      #expect(
        !["Abs.", "Nr.", "vgl.", "B.", "S.", "3.", "6.", "11.", "21.", "30."].contains(lastWord),
        "\(s)")
    }
    let lowerStarts = sentences.filter { $0.first?.isLowercase == true }
    #expect(lowerStarts == [])
  }
}

/// Every pair and triple of awkward fragments (truncated dates, lone quotes, glue, invalid
/// UTF-8 replacement, bullets) through all scanners: no crash, and every range lies inside the
/// text, in order, without overlap.
@Suite struct GermanScannerRobustnessTests {
  static let fragments = [
    "1", "12", "2012", ".", ",", "/", "-", " ", "\n", "„", "“", "\"", "?", "…", "§", "%", "Mio",
    "September", "Sept", "Ende", "des", "Jahres", "Quartal", "erstes", "I", "Q", "Abs", "z", "Die",
    "rund", "acht", "Stellen", "Tel", "0211", ":", "(", "v", "H", "\u{00A0}", "\u{FFFD}", "Ü",
    "06", "31", "–", "•", "[", "u", "bis", "mg", "LANDTAG",
  ]

  @Test func fragmentCombinationsKeepRangesInBounds() {
    var texts: [String] = []
    for a in Self.fragments {
      for b in Self.fragments {
        texts.append(a + b)
        texts.append(a + " " + b)
        texts.append(a + " " + b + ".")
        texts.append(b + a + b)
      }
    }
    for text in texts {
      let count = text.utf8.count
      var end = 0
      for r in SentenceSplitter.sentences(in: text) {
        #expect(r.lowerBound >= end && r.upperBound <= count && !r.isEmpty, "\(text)")
        end = r.upperBound
      }
      #expect(
        SentenceSplitter.sentences(in: text, range: 1..<(count + 5)).allSatisfy {
          $0.lowerBound >= 1 && $0.upperBound <= count
        })
      end = 0
      for q in GermanNumberParser.quantities(in: text) {
        #expect(q.range.lowerBound >= end && q.range.upperBound <= count, "\(text)")
        end = q.range.upperBound
      }
      end = 0
      for d in GermanDateParser.dates(in: text) {
        #expect(d.range.lowerBound >= end && d.range.upperBound <= count, "\(text)")
        end = d.range.upperBound
      }
      _ = GermanDateParser.parse(Substring(text))
      _ = GermanNumberParser.parseNumber(Substring(text))
    }
  }
}
