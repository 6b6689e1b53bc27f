import DocumentModel
import Testing

@testable import Claims

/// What makes two figures the same measure, and what a correcting paragraph corrects: the
/// patterns the bench's scoring of the generated corpus turned up (issue 5 and 7).
@Suite struct MeasureIdentityTests {
  @Test func figuresForDifferentPlacesOrLawSectionsAreNoMismatch() throws {
    let places = try PaperBuilder.corrections(
      preamble: "Im Kreis Kleve wurden im Jahr 2012 genau 388 Fälle erfasst.",
      answer: "Im Kreis Düren wurden im Jahr 2012 genau 161 Fälle erfasst.")
    #expect(places.isEmpty)
    let sections = try PaperBuilder.corrections(
      preamble:
        "Eine Aufenthaltserlaubnis nach § 8 AufenthG wurde im Jahr 2012 in 52 Fällen erteilt.",
      answer:
        "Eine Aufenthaltserlaubnis nach § 26 AufenthG wurde im Jahr 2012 in 552 Fällen erteilt.")
    #expect(sections.isEmpty)
    // The same place and section with another figure is a mismatch.
    let same = try PaperBuilder.corrections(
      preamble: "Im Kreis Kleve wurden im Jahr 2012 genau 388 Fälle erfasst.",
      answer: "Im Kreis Kleve wurden im Jahr 2012 genau 161 Fälle erfasst.")
    #expect(same.map(\.kind) == [.numeric])
  }

  @Test func aRebuttalFollowedByTheRightFigureIsANumericCorrection() throws {
    let found = try PaperBuilder.corrections(
      preamble:
        "Nach der amtlichen Statistik wurden im Kreis Siegen im Jahr 2012 genau 4.243 Fälle erfasst.",
      answer:
        "Diese Angabe ist unzutreffend. Nach der abschließenden Auswertung der amtlichen Statistik waren es 4.282 Fälle."
    )
    #expect(found.map(\.kind) == [.numeric])
    #expect(found.first?.explanation.contains("4.282") == true)
  }

  /// The right figure may equal another figure of the question in another unit (bench,
  /// 100,000 papers: "2.698 Personen" beside "3.390 Fälle"): that is no quote of the other
  /// claim, and the correction stays numeric. The same figure in the same unit is a quote.
  @Test(arguments: [
    (
      "Im Rahmen des Programms wurden insgesamt 2.698 Personen erreicht.", [Correction.Kind.numeric]
    ),
    ("Im Kreis Olpe wurden im Jahr 2011 insgesamt 2.698 Fälle erfasst.", []),
  ])
  func aFigureOfAnotherClaimIsQuotedOnlyInItsUnit(
    other: String, kinds: [Correction.Kind]
  ) throws {
    let found = try PaperBuilder.corrections(
      preamble:
        "Im Kreis Olpe wurden nach Angaben der örtlichen Presse im vergangenen Jahr 3.390 Fälle registriert. \(other)",
      answer:
        "Nach der amtlichen Statistik wurden im Kreis Olpe im vergangenen Jahr 2.698 Fälle erfasst."
    )
    #expect(found.map(\.kind) == kinds, "\(found.map(\.explanation))")
  }

  /// A rebuttal quoting a figure corrects the claim that states it, in its unit or without
  /// one; "1.456 Fällen" of a third paper does not repeat "1456 Stellen" of the question
  /// (bench, 100,000 papers).
  @Test(arguments: [
    ("Zum Stichtag waren 436 der 1456 Stellen besetzt.", [Correction.Kind]()),
    ("Im Kreis Höxter wurden im Jahr 2018 insgesamt 1.456 Fälle erfasst.", [.numeric]),
  ])
  func aQuotedFigureNamesTheClaimOfItsUnit(preamble: String, kinds: [Correction.Kind]) throws {
    let found = try PaperBuilder.corrections(
      preamble: preamble,
      answer:
        "Die in der Antwort der Landesregierung (Drucksache 16/84251) genannte Zahl von 1.456 Fällen im Kreis Höxter für das Jahr 2018 trifft nicht zu; tatsächlich wurden 1.818 Fälle erfasst."
    )
    #expect(found.map(\.kind) == kinds, "\(found.map(\.explanation))")
  }

  @Test func oneParagraphMayCorrectTwoClaims() throws {
    let found = try PaperBuilder.corrections(
      preamble:
        "Im Kreis Wesel wurden im Jahr 2012 genau 1.305 Fälle erfasst. Die Beratungsstelle in Wesel ist seit dem Sommer 2012 geschlossen.",
      answer:
        "Im Kreis Wesel wurden im Jahr 2012 genau 1.412 Fälle erfasst. Die Angabe, die Beratungsstelle in Wesel sei seit dem Sommer 2012 geschlossen, beruht auf einem Irrtum."
    )
    #expect(Set(found.map(\.kind)) == [.numeric, .rebuttal])
  }

  @Test func anAnswerQuotingAThirdPaperDoesNotCorrectTheEarlierOne() throws {
    let earlier = try PaperBuilder.report(
      "Im Kreis Siegen wurden im Jahr 2012 genau 4.243 Fälle erfasst.", number: "1200",
      date: "01.03.2013")
    let later = try PaperBuilder.report(
      "In der Antwort auf die Drucksache 16/4393 wurden für das Jahr 2012 im Kreis Siegen 4.100 Fälle erfasst.",
      number: "2400", date: "01.03.2013")
    #expect(CorrectionDetector().corrections(between: earlier, and: later).isEmpty)
  }

  @Test func twoPressReleasesOfOneMinistryAreNotOneEvent() throws {
    let found = try PaperBuilder.corrections(
      preamble: "Das Ministerium hat am 10. März 2012 eine Pressemitteilung veröffentlicht.",
      answer: "Das Ministerium hat am 21. April 2012 eine Pressemitteilung veröffentlicht.")
    #expect(found.isEmpty)
  }
}
