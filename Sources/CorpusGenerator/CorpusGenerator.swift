/// A deterministic generator of NRW and Bundestag papers in the style of pdftotext output.
///
/// Papers come in groups of ten of one parliament (three NRW groups, then two Bundestag
/// groups) on one topic: four Kleine Anfragen each followed by its Antwort, then an Antrag and
/// (NRW) its Neudruck or (Bundestag) one more question/answer pair. Answers correct a figure
/// and a premise of their question; a Neudruck changes a figure of its Antrag. Later papers
/// cite earlier answers and questions of the group by number: they correct a figure or a
/// statement (cross-paper corrections) or speak of it without correcting it (hard negatives:
/// a later state, agreement, a conditional rejection, disagreement with an opinion); see
/// `GroupFacts`. Paper `i` depends only on the seed and `i`, so any slice can be generated
/// alone.
public struct CorpusGenerator: Sendable {
  public let seed: UInt64

  public init(seed: UInt64 = 7) { self.seed = seed }

  /// The `index`-th paper of the corpus.
  public func paper(_ index: Int) -> GeneratedPaper {
    let slot = index % 10
    let isNW = (index / 10) % 5 < 3
    switch (slot, isNW) {
    case (8, true): return antrag(index, neudruck: false)
    case (9, true): return antrag(index - 1, neudruck: true)
    case (_, _) where slot % 2 == 0: return question(index, nw: isNW)
    default: return answer(index, nw: isNW)
    }
  }

  // MARK: Identity and shared content

  private func rng(_ index: Int, _ stream: UInt64) -> SplitMix {
    SplitMix(seed: seed &* 0x100_0000_01B3 ^ (UInt64(index) &* 0x9E37_79B9) ^ (stream << 56))
  }

  private func ownNumber(_ index: Int) -> Int { 1000 + index }
  private func wahlperiode(nw: Bool) -> Int { nw ? 16 : 19 }
  private func year(_ index: Int, nw: Bool) -> Int { (nw ? 2013 : 2018) + index / 12_000 }
  private func kaNumber(_ index: Int) -> Int { 100 + index / 2 }

  private func citing(_ index: Int, nw: Bool) -> CitingPaper {
    let w = wahlperiode(nw: nw)
    let n = ownNumber(index)
    return CitingPaper(
      body: nw ? "nw" : "bt", wahlperiode: w, ownNumber: n,
      key: "\(nw ? "nw" : "bt")/drs/\(w)/\(n)",
      year: year(index, nw: nw))
  }

  private func printedDate(_ rng: inout SplitMix, year: Int) -> String {
    let d = rng.int(1...28)
    let m = rng.int(1...12)
    return (d < 10 ? "0" : "") + "\(d)." + (m < 10 ? "0" : "") + "\(m).\(year)"
  }

  /// The seed of the facts filler sentences state in a parliament's papers.
  private func world(_ p: CitingPaper) -> UInt64 {
    seed &* 0xD6E8_FEB8_6659_FD93 ^ (p.body == "nw" ? 1 : 2)
  }

  /// A paragraph of filler with `references` reference sentences among it.
  private func paragraph(_ rng: inout SplitMix, _ p: CitingPaper, references: Int) -> Phrase {
    var sentences: [String] = []
    var targets: [String] = []
    let fillers = rng.int(2...5)
    var refsLeft = references
    for i in 0..<(fillers + references) {
      let remaining = fillers + references - i
      if refsLeft > 0, rng.int(1...remaining) <= refsLeft {
        let phrase = p.body == "nw" ? Phrases.nw(&rng, p) : Phrases.bt(&rng, p)
        sentences.append(phrase.text)
        targets += phrase.targets
        refsLeft -= 1
      } else {
        sentences.append(Phrases.filler(&rng, year: p.year, world: world(p)))
      }
    }
    return Phrase(text: sentences.joined(separator: " "), targets: targets)
  }

  /// What a Kleine Anfrage says, shared by the question and (reprinted) by its answer.
  private struct QuestionContent {
    var title: String
    var authors: [String]
    var party: String
    var date: Phrases.DateParts
    var preamble: [Phrase]
    var claimedCases: Int
    var place: String
    var questions: [String]
    /// How the question gets the Beratungsstelle wrong (see `Premise`).
    var premise: Premise
  }

  /// How a question gets the Beratungsstelle wrong, and how its answer says so.
  enum Premise: Equatable {
    /// The Vorbemerkung states that it closed; the answer's Vorbemerkung rebuts that with a
    /// cue, in the paragraph that corrects the count (`bundled`) or in one of its own.
    case statement(bundled: Bool)
    /// Question 2 asks why it closed; the answer to question 2 says it did not.
    case question

    init(pair: Int) {
      self = pair % 2 == 1 ? .question : .statement(bundled: pair / 2 % 2 == 0)
    }
  }

  /// The facts shared by the group of ten papers that `index` belongs to.
  private func groupFacts(_ index: Int) -> GroupFacts {
    var r = rng(index - index % 10, 5)
    return GroupFacts(group: index / 10, rng: &r)
  }

  private func questionContent(_ index: Int, nw: Bool) -> QuestionContent {
    var r = rng(index, 1)
    let p = citing(index, nw: nw)
    let slot = index % 10
    let facts = groupFacts(index)
    let place = facts.places[GroupFacts.subject(ofQuestionSlot: slot)]
    let title = "\(facts.topic) im Kreis \(place)"
    let authors = [Phrases.pick(&r, Phrases.names), Phrases.pick(&r, Phrases.names)]
    let party = nw ? Phrases.pick(&r, Phrases.nwParties) : Phrases.pick(&r, Phrases.btFractions)
    let date = Phrases.date(&r, year: p.year)
    // The press reports more cases than the answer will give.
    let claimed = facts.statedCases(answeringSlot: slot) + r.int(100...900)
    let opinion =
      GroupFacts.isFirst(questionSlot: slot) ? " " + CrossPaperPassages.opinion(place: place) : ""
    let premise = Premise(pair: index / 2)
    let closed: String
    if case .statement = premise {
      closed = " Die Beratungsstelle in \(place) ist seit dem Sommer \(p.year - 1) geschlossen."
    } else {
      closed = ""
    }
    var preamble = [
      Phrase(
        text:
          "Im Kreis \(place) wurden nach Angaben der örtlichen Presse im vergangenen Jahr \(Phrases.count(claimed)) Fälle registriert.\(closed)\(opinion)",
        targets: [])
    ]
    for _ in 0..<r.int(1...3) { preamble.append(paragraph(&r, p, references: r.int(0...3))) }
    var questions: [String] = []
    for q in 0..<r.int(3...7) {
      if q == 0 {
        questions.append(
          "Wie viele Fälle wurden in den Jahren \(p.year - 2) und \(p.year - 1) im Kreis \(place) registriert?"
        )
      } else if q == 1, case .question = premise {
        questions.append(
          "Warum wurde die Beratungsstelle in \(place) im Sommer \(p.year - 1) geschlossen?")
      } else {
        questions.append(
          "Welche Maßnahmen plant die \(nw ? "Landesregierung" : "Bundesregierung"), um die Lage im Kreis \(place) in den kommenden \(q + 1) Jahren zu verbessern?"
        )
      }
    }
    return QuestionContent(
      title: title, authors: authors, party: party, date: date, preamble: preamble,
      claimedCases: claimed, place: place, questions: questions, premise: premise)
  }

  // MARK: Papers

  private func layout(_ p: CitingPaper, _ r: inout SplitMix, printed: String) -> PageLayout {
    let w = p.wahlperiode
    let n = p.ownNumber
    if p.body == "nw" {
      return PageLayout(
        width: r.int(84...96), linesPerPage: r.int(40...52),
        firstPageFooter: [
          "Datum des Originals: \(printed)/Ausgegeben: \(printed)", " ",
          "Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine Schutzgebühr beim Archiv",
          "des Landtags Nordrhein-Westfalen, 40002 Düsseldorf, Postfach 10 11 43, Telefon (0211) 884 - 2439, zu beziehen.",
          "Der kostenfreie Download ist möglich über das Internet-Angebot des Landtags Nordrhein-Westfalen unter",
          "www.landtag.nrw.de",
        ],
        runningHeader: { page in
          [
            "LANDTAG NORDRHEIN-WESTFALEN - \(w). Wahlperiode Drucksache \(w)/\(n)", " ", "\(page)",
            " ", " ",
          ]
        })
    }
    return PageLayout(
      width: r.int(84...96), linesPerPage: r.int(44...56), firstPageFooter: [],
      runningHeader: { page in
        page % 2 == 0
          ? ["Drucksache \(w)/\(n) – \(page) – Deutscher Bundestag – \(w). Wahlperiode", " ", " "]
          : ["Deutscher Bundestag – \(w). Wahlperiode – \(page) – Drucksache \(w)/\(n)", " ", " "]
      })
  }

  private func titleBlock(_ l: inout PageLayout, _ p: CitingPaper, printed: String) {
    if p.body == "nw" {
      l.line("LANDTAG NORDRHEIN-WESTFALEN")
      l.line("\(p.wahlperiode). Wahlperiode")
      l.blank()
      l.line("Drucksache \(p.wahlperiode)/\(p.ownNumber)")
      l.blank()
      l.line(printed)
      l.blank(3)
    } else {
      l.line("Deutscher Bundestag Drucksache \(p.wahlperiode)/\(p.ownNumber)")
      l.line("\(p.wahlperiode). Wahlperiode \(printed)")
      l.blank(2)
    }
  }

  private func fileName(_ p: CitingPaper, _ kind: String) -> String {
    "\(p.body)_\(p.wahlperiode)_\(p.ownNumber)_\(kind).txt"
  }

  private func question(_ index: Int, nw: Bool) -> GeneratedPaper {
    let p = citing(index, nw: nw)
    let c = questionContent(index, nw: nw)
    var r = rng(index, 2)
    let printed = printedDate(&r, year: p.year)
    var l = layout(p, &r, printed: printed)
    titleBlock(&l, p, printed: printed)
    if nw {
      l.line("Kleine Anfrage \(kaNumber(index))")
      l.blank()
      l.line("der Abgeordneten \(c.authors[0]) und \(c.authors[1])   \(c.party)")
    } else {
      l.line("Kleine Anfrage")
      l.blank()
      l.paragraph(
        "der Abgeordneten \(c.authors[0]), \(c.authors[1]), weiterer Abgeordneter und der Fraktion \(c.party)",
        rng: &r)
    }
    l.blank(3)
    l.line(c.title)
    l.blank(3)
    var targets: [String] = []
    for para in c.preamble {
      l.paragraph(para.text, rng: &r)
      l.blank()
      targets += para.targets
    }
    l.blank()
    l.line(nw ? "Ich frage daher die Landesregierung:" : "Wir fragen die Bundesregierung:")
    l.blank(2)
    for (i, q) in c.questions.enumerated() {
      l.paragraph("\(i + 1). \(q)", rng: &r)
      l.blank()
    }
    l.blank()
    l.line(nw ? "\(c.authors[0])" : "Berlin, den \(c.date.long)")
    return GeneratedPaper(
      fileName: fileName(p, "kleine_anfrage"), text: l.text,
      truth: TruthRecord(
        file: fileName(p, "kleine_anfrage"), key: p.key, kind: "kleine-anfrage", version: nil,
        references: targets, corrections: [], negatives: []))
  }

  private func answer(_ index: Int, nw: Bool) -> GeneratedPaper {
    let p = citing(index, nw: nw)
    let qIndex = index - 1
    let qp = citing(qIndex, nw: nw)
    let c = questionContent(qIndex, nw: nw)
    var r = rng(index, 3)
    let printed = printedDate(&r, year: p.year)
    var l = layout(p, &r, printed: printed)
    titleBlock(&l, p, printed: printed)
    var targets: [String] = []
    let w = p.wahlperiode
    let government = nw ? "Landesregierung" : "Bundesregierung"
    if nw {
      let ka = kaNumber(qIndex)
      l.line("Antwort")
      l.blank()
      l.line("der Landesregierung")
      l.blank()
      l.line("auf die Kleine Anfrage \(ka) vom \(c.date.long)")
      l.line("der Abgeordneten \(c.authors[0]) und \(c.authors[1])   \(c.party)")
      l.line("Drucksache \(w)/\(qp.ownNumber)")
      l.blank(3)
      l.line(c.title)
      l.blank(3)
      l.paragraph(
        "Der Minister für Inneres und Kommunales hat die Kleine Anfrage \(ka) mit Schreiben vom \(Phrases.date(&r, year: p.year).long) namens der Landesregierung beantwortet.",
        rng: &r)
      targets += Array(repeating: qp.key, count: 3)
      l.blank(3)
      l.line("Vorbemerkung der Kleinen Anfrage")
    } else {
      l.line("Antwort")
      l.line("der Bundesregierung")
      l.blank(2)
      l.paragraph(
        "auf die Kleine Anfrage der Abgeordneten \(c.authors[0]), \(c.authors[1]), weiterer Abgeordneter und der Fraktion \(c.party)",
        rng: &r)
      l.line("– Drucksache \(w)/\(qp.ownNumber) –")
      targets.append(qp.key)
      l.blank(2)
      l.line(c.title)
      l.blank(2)
      l.line("Vorbemerkung der Fragesteller")
    }
    l.blank()
    for para in c.preamble {
      l.paragraph(para.text, rng: &r)
      l.blank()
      targets += para.targets
    }
    l.blank()
    l.line("Vorbemerkung der \(government)")
    l.blank()
    let qSlot = qIndex % 10
    let facts = groupFacts(index)
    let actual = facts.statedCases(answeringSlot: qSlot)
    let numericCue = "trifft nicht zu"
    let premiseCue = "beruht auf einem Irrtum"
    // A first answer on a subject also names who runs the Beratungsstelle.
    let carrier =
      GroupFacts.isFirst(questionSlot: qSlot)
      ? " Träger der Beratungsstelle ist der Kreis \(c.place)." : ""
    let count =
      "Die in der Vorbemerkung \(nw ? "der Kleinen Anfrage" : "der Fragesteller") genannte Zahl von \(Phrases.count(c.claimedCases)) Fällen \(numericCue). Nach der amtlichen Statistik wurden im Kreis \(c.place) im vergangenen Jahr \(Phrases.count(actual)) Fälle erfasst."
    let rebuttal =
      "Die Angabe, die Beratungsstelle in \(c.place) sei seit dem Sommer \(p.year - 1) geschlossen, \(premiseCue). Die Beratungsstelle ist weiterhin geöffnet."
    switch c.premise {
    case .statement(bundled: true): l.paragraph(count + " " + rebuttal + carrier, rng: &r)
    case .statement(bundled: false):
      l.paragraph(count, rng: &r)
      l.blank()
      l.paragraph(rebuttal + carrier, rng: &r)
    case .question: l.paragraph(count + carrier, rng: &r)
    }
    // "in der Vorbemerkung der Kleinen Anfrage" points at the question's preamble.
    targets.append("\(p.key)#vorbemerkung-fragesteller")
    // Later answers of the group speak of earlier answers and questions.
    let passages = crossPassages(index, nw: nw, writer: p)
    var cross: [CrossPassage] = []
    switch qSlot {
    case 4: cross = [passages.correctedCount()]
    case 6: cross = [passages.citedCount(stand: facts.trueCases[1] / 3 + r.int(0...400))]
    case 8: cross = [passages.correctedCarrier(), passages.rejectedOpinion()]
    default: break
    }
    for passage in cross {
      l.blank()
      l.paragraph(passage.text, rng: &r)
      targets += passage.targets
    }
    l.blank(2)
    for (i, q) in c.questions.enumerated() {
      l.paragraph("\(i + 1). \(q)", rng: &r)
      l.blank()
      if i == 1, case .question = c.premise {
        l.paragraph(
          "Die Beratungsstelle in \(c.place) ist nicht geschlossen worden. Sie ist weiterhin geöffnet.",
          rng: &r)
      } else if nw, i > 0, r.chance(25) {
        let other = r.int(1...i)
        l.paragraph("Auf die Antwort zu Frage \(other) wird verwiesen.", rng: &r)
        targets.append("\(p.key)#antwort-\(other)")
      } else {
        let para = paragraph(&r, p, references: r.int(0...2))
        l.paragraph(para.text, rng: &r)
        targets += para.targets
      }
      l.blank(2)
    }
    let corrections = [
      InjectedCorrection(
        kind: "numeric", scope: "question-answer", claimDocument: qp.key,
        correctionDocument: p.key,
        claimed: "\(Phrases.count(c.claimedCases)) Fälle",
        corrected: "\(Phrases.count(actual)) Fälle", cue: numericCue),
      c.premise == .question
        ? InjectedCorrection(
          kind: "false-premise", scope: "question-answer", claimDocument: qp.key,
          correctionDocument: p.key,
          claimed:
            "Warum wurde die Beratungsstelle in \(c.place) im Sommer \(p.year - 1) geschlossen?",
          corrected: "Die Beratungsstelle in \(c.place) ist nicht geschlossen worden.",
          cue: "nicht geschlossen worden")
        // A statement of the Vorbemerkung, not a presupposition: rebutted with a cue.
        : InjectedCorrection(
          kind: "rebuttal", scope: "question-answer", claimDocument: qp.key,
          correctionDocument: p.key,
          claimed:
            "Die Beratungsstelle in \(c.place) ist seit dem Sommer \(p.year - 1) geschlossen.",
          corrected: "Die Beratungsstelle ist weiterhin geöffnet.", cue: premiseCue),
    ]
    return GeneratedPaper(
      fileName: fileName(p, "antwort"), text: l.text,
      truth: TruthRecord(
        file: fileName(p, "antwort"), key: p.key, kind: "antwort", version: nil,
        references: targets,
        corrections: corrections + cross.filter(\.isCorrection).map(\.entry),
        negatives: cross.filter { !$0.isCorrection }.map(\.entry)))
  }

  /// The cross-paper passages `writer` (paper `index`) may write about its group's papers.
  private func crossPassages(_ index: Int, nw: Bool, writer: CitingPaper) -> CrossPaperPassages {
    let base = index - index % 10
    return CrossPaperPassages(
      writer: writer, facts: groupFacts(index), nw: nw,
      number: { ownNumber(base + $0) },
      key: { citing(base + $0, nw: nw).key },
      questioners: { questionContent(base + $0, nw: nw).party },
      kaNumber: { kaNumber(base + $0) })
  }

  /// An NRW Antrag, or its Neudruck: the same number and text with one figure changed.
  private func antrag(_ index: Int, neudruck: Bool) -> GeneratedPaper {
    let p = citing(index, nw: true)
    var r = rng(index, 4)
    let printed = printedDate(&r, year: p.year)
    var l = layout(p, &r, printed: printed)
    if neudruck { l.linesPerPage += 3 }  // the reprint wraps its pages elsewhere
    l.line("LANDTAG NORDRHEIN-WESTFALEN")
    l.line("\(p.wahlperiode). Wahlperiode")
    l.blank()
    l.line("Drucksache \(p.wahlperiode)/\(p.ownNumber)")
    l.blank()
    l.line(printed)
    l.blank()
    if neudruck { l.line("Neudruck") }
    l.blank(2)
    l.line("Antrag")
    l.blank()
    // Another group than the one that asked the group's first question.
    let parties = Phrases.nwParties
    let askedBy = parties.firstIndex(of: questionContent(index - 8, nw: true).party) ?? 0
    let party = parties[(askedBy + r.int(1...parties.count - 1)) % parties.count]
    l.line("der Fraktion der \(party)")
    l.blank(3)
    let facts = groupFacts(index)
    l.line("\(facts.topic) verlässlich finanzieren")
    l.blank(3)
    l.line("I. Ausgangslage")
    l.blank()
    let printedAmount = r.int(20...90)
    let correctedAmount = printedAmount + r.int(1...9)
    var targets: [String] = []
    l.paragraph(
      "Das Land stellt hierfür rund \(neudruck ? correctedAmount : printedAmount) Millionen Euro jährlich bereit.",
      rng: &r)
    l.blank()
    // The Antrag corrects what an answer of the group said, and rejects a question's opinion.
    let passages = crossPassages(index, nw: true, writer: p)
    let cross = [passages.correctedCarrier(), passages.rejectedOpinion()]
    for passage in cross {
      l.paragraph(passage.text, rng: &r)
      l.blank()
      targets += passage.targets
    }
    for _ in 0..<r.int(2...4) {
      let para = paragraph(&r, p, references: r.int(1...3))
      l.paragraph(para.text, rng: &r)
      l.blank()
      targets += para.targets
    }
    l.line("II. Der Landtag fordert die Landesregierung auf,")
    l.blank()
    let para = paragraph(&r, p, references: r.int(0...2))
    l.paragraph(para.text, rng: &r)
    targets += para.targets
    let kind = neudruck ? "antrag_neudruck" : "antrag"
    let reprint =
      neudruck
      ? [
        InjectedCorrection(
          kind: "neudruck", scope: "version", claimDocument: p.key,
          correctionDocument: p.key + "@neudruck",
          claimed: "\(printedAmount) Millionen Euro",
          corrected: "\(correctedAmount) Millionen Euro",
          cue: "Neudruck")
      ] : []
    // The Neudruck reprints the cross-paper passages: the same corrections of the same paper.
    return GeneratedPaper(
      fileName: fileName(p, kind), text: l.text,
      truth: TruthRecord(
        file: fileName(p, kind), key: p.key, kind: "antrag", version: neudruck ? "neudruck" : nil,
        references: targets,
        corrections: cross.filter(\.isCorrection).map(\.entry) + reprint,
        negatives: cross.filter { !$0.isCorrection }.map(\.entry)))
  }
}

extension Phrases {
  static func pick(_ rng: inout SplitMix, _ items: [String]) -> String { rng.pick(items) }
}
