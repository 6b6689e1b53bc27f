import DocumentModel
import Testing

@testable import Claims

/// A claim in a Vorbemerkung and one sentence of the government's Vorbemerkung about it.
private let claim =
  "Nach Presseberichten hat die Landesregierung das Förderprogramm für Dorfläden im Herbst eingestellt."

@Test(arguments: [
  "In der Vorbemerkung wird behauptet, das Förderprogramm für Dorfläden sei eingestellt worden. Dies beruht auf einem Irrtum.",
  "Die Behauptung, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.",
  "Die Darstellung, das Förderprogramm für Dorfläden sei eingestellt worden, ist unzutreffend.",
  "Die Angabe, das Förderprogramm für Dorfläden sei eingestellt worden, entspricht nicht den Tatsachen.",
  "Anders als in der Anfrage dargestellt, ist das Förderprogramm für Dorfläden nicht eingestellt worden.",
  "Das Förderprogramm für Dorfläden läuft weiter. Richtig ist vielmehr, dass das Förderprogramm für Dorfläden bis 2015 verlängert wurde.",
  "Die Annahme, das Förderprogramm für Dorfläden sei eingestellt worden, ist falsch.",
])
func rebuttalCueIsFound(_ sentence: String) throws {
  let found = try PaperBuilder.corrections(
    preamble: claim, government: sentence, answer: "Es gibt 120 Dorfläden.")
  #expect(found.map(\.kind) == [.rebuttal], "\(sentence)")
  #expect(found.first?.claim.text == claim)
  #expect(found.first?.cue != nil)
}

@Test(arguments: [
  // A conditional is no rebuttal.
  "Die Behauptung, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu, wenn man die Förderung der Kommunen einbezieht.",
  // Not knowing is no correction.
  "Der Landesregierung liegen zum Förderprogramm für Dorfläden keine Erkenntnisse vor.",
  // Disagreeing with a third party's opinion is no correction.
  "Die Landesregierung teilt die Auffassung des Verbandes zum Förderprogramm für Dorfläden nicht.",
  // Additive, not a substitution.
  "Das Förderprogramm für Dorfläden wird nicht nur fortgeführt, sondern auch ausgeweitet.",
  // Confirmation.
  "Das trifft zu. Das Förderprogramm für Dorfläden wurde im Herbst eingestellt.",
  // Unrelated rebuttal: aligned to no claim.
  "Die Behauptung, die Autobahn A 1 werde im Sommer gesperrt, trifft nicht zu.",
])
func nonCorrectionIsIgnored(_ sentence: String) throws {
  let found = try PaperBuilder.corrections(
    preamble: claim, government: sentence, answer: "Es gibt 120 Dorfläden.")
  #expect(found.isEmpty, "\(sentence): \(found.map(\.kind))")
}

@Test(arguments: ["Ja.", "Nein.", "Nein. Die Landesregierung plant keine weiteren Maßnahmen."])
func polarAnswerIsNoCorrection(_ answer: String) throws {
  let found = try PaperBuilder.corrections(
    preamble: claim, question: "Plant die Landesregierung ein neues Förderprogramm für Dorfläden?",
    answer: answer)
  #expect(found.isEmpty)
}

@Test func misattributionOfAQuotedPressRelease() throws {
  let found = try PaperBuilder.corrections(
    preamble: """
      Am 3. Mai 2012 veröffentlichte das Ministerium eine Pressemitteilung zu den Dorfläden. \
      In dieser wurde angekündigt, dass jeder Dorfladen einen Zuschuss des Bundes erhält.
      """,
    government: """
      Dies beruht auf einem Irrtum. Ein Zuschuss des Bundes war in der Pressemitteilung nicht enthalten.
      """,
    answer: "Es gibt 120 Dorfläden.")
  #expect(found.map(\.kind) == [.misattribution])
  #expect(found.first?.claim.text.hasPrefix("In dieser wurde angekündigt") == true)
  #expect(found.first?.explanation.contains("2012-05-03") == true)
}

@Test(arguments: [
  (
    "Wie hat sich seit der Einführung der Dorfladenprämie die Zahl der Dorfläden entwickelt?",
    "Eine Dorfladenprämie ist nicht eingeführt worden. Vielmehr wurden Beratungen gefördert.", true
  ),
  (
    "Warum wurde die Dorfladenprämie abgeschafft?",
    "Die Dorfladenprämie wurde nicht abgeschafft. Sie wird bis 2015 gezahlt.", true
  ),
  (
    "Wo bleibt der angekündigte Bericht über die Dorfläden?",
    "Ein Bericht über die Dorfläden wurde nicht angekündigt.", true
  ),
  // The premise is confirmed, only a detail is negated.
  (
    "Warum wurde die Dorfladenprämie abgeschafft?",
    "Die Dorfladenprämie wurde abgeschafft, weil sie nicht in Anspruch genommen wurde.", false
  ),
  ("Wie viele Dorfläden gibt es?", "Es gibt keine Statistik über Dorfläden.", false),
])
func falsePremise(_ question: String, _ answer: String, _ expected: Bool) throws {
  let found = try PaperBuilder.corrections(
    preamble: "Dorfläden sichern die Nahversorgung im ländlichen Raum.", question: question,
    answer: answer)
  #expect(found.map(\.kind) == (expected ? [.falsePremise] : []), "\(question) / \(answer)")
}

@Test(arguments: [
  ("rund 400 Dorfläden", "Im Jahr 2012 gab es 392 Dorfläden in Nordrhein-Westfalen.", false),
  ("rund 400 Dorfläden", "Im Jahr 2012 gab es 312 Dorfläden in Nordrhein-Westfalen.", true),
  ("knapp 400 Dorfläden", "Im Jahr 2012 gab es 380 Dorfläden in Nordrhein-Westfalen.", false),
  ("knapp 400 Dorfläden", "Im Jahr 2012 gab es 412 Dorfläden in Nordrhein-Westfalen.", true),
  ("400 Dorfläden", "Im Jahr 2012 gab es 400 Dorfläden in Nordrhein-Westfalen.", false),
  ("mehr als 400 Dorfläden", "Im Jahr 2012 gab es 455 Dorfläden in Nordrhein-Westfalen.", false),
  // Another year is another time.
  ("400 Dorfläden", "Im Jahr 2010 gab es 312 Dorfläden in Nordrhein-Westfalen.", false),
  // Another measure.
  ("400 Dorfläden", "Im Jahr 2012 wurden 12 Dorfläden neu gegründet.", false),
])
func numericMismatchRespectsHedgeMeasureAndTime(
  _ figure: String, _ answer: String, _ expected: Bool
) throws {
  let found = try PaperBuilder.corrections(
    preamble: "Im Jahr 2012 gab es in Nordrhein-Westfalen \(figure).", answer: answer)
  #expect(found.map(\.kind) == (expected ? [.numeric] : []), "\(figure) / \(answer)")
}

@Test func entitySubstitution() throws {
  let found = try PaperBuilder.corrections(
    preamble: "Der Dorfladen in Heek wird nach Presseberichten von der Gemeinde Heek betrieben.",
    answer:
      "Der Dorfladen in Heek wird nicht von der Gemeinde Heek, sondern von einer Genossenschaft der Bürger betrieben."
  )
  #expect(found.map(\.kind) == [.entity])
}

@Test func dateMismatch() throws {
  let found = try PaperBuilder.corrections(
    preamble: "Der Dorfladen in Heek wurde am 3. März 2012 eröffnet.",
    answer: "Der Dorfladen in Heek wurde am 17. April 2012 eröffnet.")
  #expect(found.map(\.kind) == [.date])
  let same = try PaperBuilder.corrections(
    preamble: "Der Dorfladen in Heek wurde am 3. März 2012 eröffnet.",
    answer: "Der Dorfladen in Heek wurde am 3. März 2012 eröffnet und hat 12 Beschäftigte.")
  #expect(same.isEmpty)
}

/// The answer to "Wann …?" dates what the question names, though it calls it otherwise
/// ("Die Einrichtung" for "der Dorfladen in Heek", "in Betrieb genommen" for "eröffnet").
@Test(arguments: [
  ("Wann wurde der Dorfladen in Heek eröffnet?", true),
  ("Wie viele Beschäftigte hat der Dorfladen in Heek?", false),
])
func anAnswerToWhenDatesWhatTheQuestionNames(question: String, expected: Bool) throws {
  let found = try PaperBuilder.corrections(
    preamble: "Der Dorfladen in Heek wurde am 3. März 2012 eröffnet.", question: question,
    answer: "Die Einrichtung wurde am 17. April 2012 in Betrieb genommen.")
  #expect(found.map(\.kind) == (expected ? [.date] : []))
}

/// A date of another event in the same sentence (after a semicolon) does not date the
/// claim's event alike.
@Test(arguments: [
  (
    "Der Dorfladen in Heek wurde am 17. April 2012 eröffnet; der Mietvertrag war am 3. März 2012 unterzeichnet worden.",
    true
  ),
  (
    "Der Dorfladen in Heek wurde am 17. April 2012 eröffnet; am 3. März 2012 war der Dorfladen in Heek nur vorläufig eröffnet worden.",
    false
  ),
])
func aDateOfAnotherClauseDoesNotDateTheEventAlike(answer: String, expected: Bool) throws {
  let found = try PaperBuilder.corrections(
    preamble: "Der Dorfladen in Heek wurde am 3. März 2012 eröffnet.", answer: answer)
  #expect(found.map(\.kind) == (expected ? [.date] : []))
}

@Test func laterPaperReportingALaterStateIsNoCorrection() throws {
  let earlier = try PaperBuilder.report(
    "Im Jahr 2012 gab es in Nordrhein-Westfalen 400 Dorfläden.", number: "1200", date: "01.03.2013")
  let later = try PaperBuilder.report(
    "Im Jahr 2014 gab es in Nordrhein-Westfalen 455 Dorfläden.", number: "2400", date: "01.03.2015")
  #expect(CorrectionDetector().corrections(between: earlier, and: later).isEmpty)
  let undated = try PaperBuilder.report(
    "In Nordrhein-Westfalen gibt es 455 Dorfläden.", number: "2400", date: "01.03.2015")
  let before = try PaperBuilder.report(
    "In Nordrhein-Westfalen gibt es 400 Dorfläden.", number: "1200", date: "01.03.2013")
  #expect(CorrectionDetector().corrections(between: before, and: undated).isEmpty)
  let corrected = try PaperBuilder.report(
    "Abweichend von der Vorlage 16/1200 gab es im Jahr 2012 in Nordrhein-Westfalen 312 Dorfläden.",
    number: "2400", date: "01.03.2015")
  #expect(
    CorrectionDetector().corrections(between: earlier, and: corrected).map(\.kind) == [.numeric])
}

/// Between papers a figure corrects only where the later paper speaks of the earlier one
/// (names it in the paragraph or before in the section), or of a paper the claim cites too.
@Test func aFigureBetweenPapersMustStandWhereTheEarlierPaperIsNamed() throws {
  let earlier = try PaperBuilder.report(
    "Im Jahr 2012 gab es in Nordrhein-Westfalen 400 Dorfläden.", number: "1200", date: "01.03.2013")
  let elsewhere = try PaperBuilder.report(
    "Zur Vorlage 16/1200 wird auf den Bericht verwiesen.\n\nDorfläden sichern die Nahversorgung.\n\nIm Jahr 2012 gab es in Nordrhein-Westfalen 312 Dorfläden.",
    number: "2400", date: "01.03.2015")
  #expect(CorrectionDetector().corrections(between: earlier, and: elsewhere).isEmpty)
  let quoting = try PaperBuilder.report(
    "Nach der Vorlage 16/690 gab es im Jahr 2012 in Nordrhein-Westfalen 400 Dorfläden.",
    number: "1200", date: "01.03.2013")
  let alsoQuoting = try PaperBuilder.report(
    "Nach der Vorlage 16/690 gab es im Jahr 2012 in Nordrhein-Westfalen 312 Dorfläden.",
    number: "2400", date: "01.03.2015")
  #expect(
    CorrectionDetector().corrections(between: quoting, and: alsoQuoting).map(\.kind) == [.numeric])
}

/// A rebuttal between papers stands only where the later paper names the earlier one, and a
/// longer number ("16/12001") does not name "16/1200".
@Test(arguments: [
  (
    "Die Angabe in der Vorlage 16/1200, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.",
    true
  ),
  ("Die Angabe, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.", false),
  (
    "Die Angabe in der Vorlage 16/12001, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.",
    false
  ),
  (
    "Die Angabe in den Vorlagen 16/12001 und 16/1200, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.",
    true
  ),
])
func rebuttalBetweenPapersMustNameTheEarlierPaper(later: String, names: Bool) throws {
  let earlier = try PaperBuilder.report(
    "Das Förderprogramm für Dorfläden wurde im Herbst 2012 eingestellt.", number: "1200",
    date: "01.03.2013")
  let paper = try PaperBuilder.report(later, number: "2400", date: "01.03.2015")
  #expect(
    CorrectionDetector().corrections(between: earlier, and: paper).map(\.kind)
      == (names ? [.rebuttal] : []))
}

@Test func rebuttalQuotingAFigureIsANumericCorrectionOfThatFigure() throws {
  let earlier = try PaperBuilder.report(
    "Im Jahr 2012 gab es in Nordrhein-Westfalen 400 Dorfläden. Im Jahr 2012 wurden 35 Dorfläden gegründet.",
    number: "1200", date: "01.03.2013")
  let later = try PaperBuilder.report(
    "Die in der Vorlage 16/1200 genannte Zahl von 35 Dorfläden im Jahr 2012 ist fehlerhaft; richtig ist 41.",
    number: "2400", date: "01.03.2015")
  let found = CorrectionDetector().corrections(between: earlier, and: later)
  #expect(found.map(\.kind) == [.numeric])
  #expect(found.first?.claim.text == "Im Jahr 2012 wurden 35 Dorfläden gegründet.")
  #expect(found.first?.cue == "ist fehlerhaft")
}

@Test func aCuedSentenceNamingAThirdPaperCorrectsThatPaper() throws {
  let earlier = try PaperBuilder.report(
    "Im Jahr 2012 gab es in Nordrhein-Westfalen 400 Dorfläden. Im Jahr 2012 wurden 35 Dorfläden gegründet.",
    number: "1200", date: "01.03.2013")
  let third = try PaperBuilder.report(
    "Die Vorlagen 16/980 und 16/1200 betreffen dasselbe Thema.\n\nDie in der Antwort (Drucksache 16/1907) genannte Zahl von 35 Dorfläden im Jahr 2012 ist fehlerhaft; richtig ist 41.",
    number: "2400", date: "01.03.2015")
  #expect(CorrectionDetector().corrections(between: earlier, and: third).isEmpty)
  let named = try PaperBuilder.report(
    "Die Vorlagen 16/980 und 16/1200 betreffen dasselbe Thema.\n\nDie dort genannte Zahl von 35 Dorfläden im Jahr 2012 ist fehlerhaft; richtig ist 41.",
    number: "2400", date: "01.03.2015")
  #expect(CorrectionDetector().corrections(between: earlier, and: named).map(\.kind) == [.numeric])
}

@Test func laterPaperMayNameAnAnswerByItsQuestion() throws {
  let earlier = try PaperBuilder.answer(
    preamble: "Dorfläden sichern die Nahversorgung.", questions: ["Gibt es ein Förderprogramm?"],
    government: nil,
    answers: ["Das Förderprogramm für Dorfläden wurde im Herbst 2012 eingestellt."])
  #expect(earlier.answers?.number == 3001)
  let later = try PaperBuilder.report(
    "Die Angabe in der Antwort auf die Kleine Anfrage 3001, das Förderprogramm für Dorfläden sei eingestellt worden, trifft nicht zu.",
    number: "2400", date: "01.03.2015")
  let found = CorrectionDetector().corrections(between: earlier, and: later)
  #expect(found.map(\.kind) == [.rebuttal])
  #expect(found.first?.claim.document == earlier.key)
}
