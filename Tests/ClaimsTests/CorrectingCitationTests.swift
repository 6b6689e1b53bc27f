import Citations
import DocumentModel
import Testing

@testable import Claims

/// Which citations make a paper a candidate for correcting the paper it cites: only those
/// are compared at ingest.
@Suite struct CorrectingCitationTests {
  /// The cited targets of `body` (as a Vorlage) that stand where it may correct them.
  func correcting(_ body: String) throws -> [String] {
    let document = try PaperBuilder.report(body, number: "2400", date: "01.03.2015")
    let references = ReferenceExtractor().extract(from: document)
    let picked = PaperReading(document).correctingCitations(references)
    return picked.sorted().map { references[$0].target.rawValue }
  }

  @Test func aCitationThatQuotesAFigureOrADateIsCorrecting() throws {
    #expect(
      try correcting("Nach der Vorlage 16/1200 gab es im Jahr 2012 genau 400 Dorfläden.")
        == ["nw/vorlage/16/1200"])
    #expect(
      try correcting(
        "In der Antwort auf Drucksache 16/1200 ist ein Fehler unterlaufen. Im Jahr 2012 waren es 412 Dorfläden."
      ) == ["nw/drs/16/1200"])
  }

  @Test func aCitationFollowedByACueInItsParagraphIsCorrecting() throws {
    #expect(
      try correcting(
        "Die Antwort in Drucksache 16/1200 bedarf der Richtigstellung. Die Darstellung der Förderung trifft nicht zu."
      ) == ["nw/drs/16/1200"])
  }

  @Test(arguments: [
    "Die Landesregierung verweist auf die Drucksache 16/1200.",
    "Die Drucksachen 16/1200 und 16/1300 betreffen dasselbe Vorhaben.",
    // The cue comes before the citation, about something else.
    "Die Behauptung trifft nicht zu. \n\nIm Übrigen wird auf Drucksache 16/1200 verwiesen.",
    // A conditional and not-knowing are no cues.
    "Zur Drucksache 16/1200 liegen der Landesregierung keine Erkenntnisse vor.",
  ])
  func aCitationWithoutFigureOrCueIsNot(body: String) throws {
    #expect(try correcting(body).isEmpty)
  }
}
