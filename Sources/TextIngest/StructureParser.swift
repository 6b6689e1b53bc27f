import DocumentModel

/// The structure stage: a normalized paper becomes a `Document` with identity, kind,
/// dates, originators, the answering ministry, the question it answers, and sections.
///
/// Pure and linear in the text: the paragraphs are classified once
/// (`ParagraphMarks`), the title block is read from the furniture and the first paragraphs
/// (`TitleBlock`), the body is decided on scored evidence (`BodyEvidence`), the rest is cut
/// into sections (`SectionParser`), and the key follows `DocumentIdentity`. Odd input never
/// traps: a paper with no recognisable structure comes out as kind `unknown` with one
/// `body` section and a content-hash key.
public enum StructureParser {
  public static func parse(_ paper: NormalizedPaper, source: SourceInfo) -> Document {
    let normalized = paper.text
    let text = TextBytes(normalized.text)
    let paragraphs = text.paragraphs()
    let marks = paragraphs.map { ParagraphMarks.classify(text, $0) }
    let block = TitleBlock.parse(
      text: text, paragraphs: paragraphs, marks: marks, furniture: paper.furniture)

    let body = decideBody(block, text: text)
    let role = ParliamentKnowledge.memberRole(body)
    let originators = block.originators.map { person in
      var p = person
      if p.role == nil { p.role = role }
      return p
    }

    var answers: AnsweredQuestion? = nil
    if block.kind == .antwort
      && (block.answeredKind != nil || block.answeredDrucksache != nil
        || block.answeredNumber != nil)
    {
      answers = AnsweredQuestion(
        kind: block.answeredKind ?? .kleineAnfrage, number: block.answeredNumber,
        date: block.answeredDate,
        drucksache: body.flatMap { b in
          block.answeredDrucksache.map {
            DocumentKey(
              body: b, series: .drucksache, wahlperiode: $0.wahlperiode, number: "\($0.number)")
          }
        })
    }

    let sections = SectionParser.sections(
      text: text, normalized: normalized, paragraphs: paragraphs, marks: marks,
      headerEnd: block.headerEnd, kind: block.kind, originators: originators)

    // "Berlin, den 14. März 2022" under a question: the day it was signed.
    var dates = block.dates
    if dates.other == nil, let signature = sections.last, signature.kind == .signature {
      let signed = String(normalized.substring(signature.textRange))
      dates.other = GermanDateParser.dates(in: signed).first { $0.date.granularity == .day }?.date
    }

    let identity = DocumentIdentity.identify(
      DocumentIdentity.Facts(
        body: body, wahlperiode: block.wahlperiode, kind: block.kind, ownNumber: block.ownNumber,
        version: block.version, questionNumber: block.questionNumber,
        answeredKind: block.answeredKind, answeredNumber: block.answeredNumber,
        answeredDrucksache: block.answeredDrucksache,
        issuerSlug: block.issuer.flatMap { ministry(of: $0)?.acronym },
        date: dates.effective, sha256: source.sha256))

    return Document(
      source: source, key: identity.key, keyOrigin: identity.origin, aliases: identity.aliases,
      body: body, wahlperiode: block.wahlperiode, number: block.ownNumber?.printed,
      version: block.version, kind: block.kind, title: block.title, dates: dates,
      originators: originators, issuer: block.issuer, answers: answers, sections: sections,
      text: normalized)
  }

  /// The body, from the title block's self-name or else the scored evidence.
  static func decideBody(_ block: TitleBlock, text: TextBytes) -> Parliament? {
    var evidence = BodyEvidence()
    if let name = block.selfName { evidence.addSelfName(name) }
    if let decided = evidence.decision { return decided }
    if let g = block.government {
      let government = ParliamentKnowledge.governments[g]
      evidence.add(government.bodies, weight: government.weight)
    }
    if let issuer = block.issuer {
      let f = Fold.fold(issuer)
      if ParliamentKnowledge.federalIssuerPrefixes.contains(where: { Match.hasPrefix(f, $0) }) {
        evidence.add([.bt], weight: 8)
      } else if let m = ministry(of: issuer) {
        evidence.add(m.bodies, weight: 4)
      }
    }
    let numberedQuestion =
      (block.kind == .antwort && block.answeredKind == .kleineAnfrage
        && block.answeredNumber != nil)
      || (block.kind == .kleineAnfrage && block.questionNumber != nil)
    if numberedQuestion {
      evidence.add(
        ParliamentKnowledge.numberedKleineAnfrage,
        weight: ParliamentKnowledge.numberedKleineAnfrageWeight)
    }
    evidence.addWords(of: text.bytes)
    return evidence.decision
  }

  /// The ministry an issuer names, by the portfolio after "für".
  static func ministry(of issuer: String) -> ParliamentKnowledge.Ministry? {
    let f = Fold.fold(issuer)
    guard let at = Match.find(f, "für ") else { return nil }
    let portfolio = Array(f[(at + 5)...])  // "für " is five bytes
    let federal = Match.hasPrefix(f, "bundesminister")
    var best: ParliamentKnowledge.Ministry? = nil
    for m in ParliamentKnowledge.ministries where Match.hasPrefix(portfolio, m.portfolio) {
      guard federal == (m.bodies == [.bt]) else { continue }
      if best == nil || m.portfolio.utf8.count > best!.portfolio.utf8.count { best = m }
    }
    return best
  }
}
