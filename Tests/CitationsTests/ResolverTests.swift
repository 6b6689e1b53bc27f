import DocumentModel
import Testing

@testable import Citations

@Suite struct Resolution {
  func reference(
    _ target: DocumentKey, aliases: [DocumentKey] = [], kind: ReferenceKind = .drucksache
  )
    -> Reference
  {
    Reference(
      kind: kind, target: target, aliases: aliases, text: "", span: Span(start: 0, end: 0), line: 1,
      relation: .cites)
  }

  let citing = Citing.nwAntrag.document("")

  @Test func knownIsResolvedUnknownIsDangling() {
    let c = CitationResolver.resolve(
      [reference("nw/drs/16/1"), reference("nw/drs/16/2")], citing: citing,
      known: { $0 == "nw/drs/16/1" }, alias: { _ in nil })
    #expect(c.map(\.status) == [.resolved, .dangling])
    #expect(c.map(\.resolvedTarget) == ["nw/drs/16/1", "nw/drs/16/2"])
  }

  @Test func aStoreAliasResolvesAQuestionNumber() {
    let c = CitationResolver.resolve(
      [reference("nw/ka/16/421", kind: .kleineAnfrage)], citing: citing,
      known: { $0 == "nw/drs/16/850" },
      alias: { $0 == "nw/ka/16/421" ? "nw/drs/16/850" : nil })
    #expect(c.first?.resolvedTarget == "nw/drs/16/850")
    #expect(c.first?.status == .resolved)
  }

  @Test func theTextPairsAQuestionWithItsDrucksacheBeforeTheStoreKnowsEither() {
    let refs = [
      reference("nw/drs/16/3602", aliases: ["nw/ka/16/1447"], kind: .kleineAnfrage),
      reference("nw/ka/16/1447", kind: .kleineAnfrage),
    ]
    let c = CitationResolver.resolve(
      refs, citing: citing, known: { _ in false }, alias: { _ in nil })
    #expect(c.map(\.resolvedTarget) == ["nw/drs/16/3602", "nw/drs/16/3602"])
    #expect(c.map(\.status) == [.dangling, .dangling])
  }

  @Test func textAndStoreDisagreeingIsAmbiguous() {
    let refs = [reference("nw/ka/16/1447", aliases: ["nw/drs/16/3602"], kind: .kleineAnfrage)]
    let c = CitationResolver.resolve(
      refs, citing: citing, known: { _ in true },
      alias: { $0 == "nw/ka/16/1447" ? "nw/drs/16/9999" : nil })
    #expect(c.first?.status == .ambiguous)
    #expect(c.first?.resolvedTarget == "nw/drs/16/3602")
  }

  @Test func aDerivedAnswerKeyBindsToThePrintedPaper() {
    let c = CitationResolver.resolve(
      [reference("nw/antwort/16/850")], citing: citing, known: { $0 == "nw/drs/16/1087" },
      alias: { $0 == "nw/antwort/16/850" ? "nw/drs/16/1087" : nil })
    #expect(c.first?.resolvedTarget == "nw/drs/16/1087")
    #expect(c.first?.status == .resolved)
  }

  @Test func aLaterWahlperiodeOfTheSameParliamentIsDropped() {
    let c = CitationResolver.resolve(
      [reference("nw/drs/17/1"), reference("bt/drs/20/1"), reference("nw/drs/15/1")],
      citing: citing, known: { _ in false }, alias: { _ in nil })
    #expect(c.map(\.reference.target) == ["bt/drs/20/1", "nw/drs/15/1"])
  }

  @Test func internalReferencesResolveToTheirOwnPaper() {
    let r = reference("nw/drs/16/5000#frage-3", kind: .internal)
    let c = CitationResolver.resolve(
      [r], citing: citing, known: { _ in false }, alias: { _ in nil })
    #expect(c.first?.status == .resolved)
    #expect(c.first?.resolvedTarget == "nw/drs/16/5000#frage-3")
  }

  @Test func answerBeforeOrAfterItsQuestionGivesTheSameTarget() {
    let doc = Citing.nwAntwort.document("auf die Kleine Anfrage 421\nDrucksache 16/850")
    let refs = ReferenceExtractor().extract(from: doc)
    let before = CitationResolver.resolve(
      refs, citing: doc, known: { _ in false }, alias: { _ in nil })
    let after = CitationResolver.resolve(
      refs, citing: doc, known: { $0 == "nw/drs/16/850" }, alias: { _ in nil })
    #expect(before.map(\.resolvedTarget) == after.map(\.resolvedTarget))
    #expect(Set(after.map(\.resolvedTarget)) == ["nw/drs/16/850"])
    #expect(before.allSatisfy { $0.status == .dangling })
    #expect(after.allSatisfy { $0.status == .resolved })
  }
}

@Suite struct Profiles {
  @Test func theBundledProfilesLoad() {
    let p = ParliamentProfiles.standard
    #expect(p.parliaments["nw"]?.numbersQuestionsApart == true)
    #expect(p.parliaments["rp"]?.numbersQuestionsApart == true)
    #expect(p.parliaments["bb"]?.numbersQuestionsApart == true)
    #expect(p.parliaments["sl"]?.numbersQuestionsApart == false)
    #expect(p.ministries.contains { $0.slug == "mais" && $0.acronyms == ["MAIS"] })
    #expect(p.laws.contains { $0.slug == "tintg" })
    // Every body code of the profiles is a parliament of the document model.
    for code in p.parliaments.keys { #expect(Parliament(rawValue: code) != nil) }
  }
}
