import DocumentModel
import TextIngest

/// Finds the corrections one paper makes of another's claims: explicit rebuttals,
/// misattributions, false premises, numeric and date mismatches, entity substitutions.
///
/// The mechanism is general: cue phrases are data (`Cues`), a correcting sentence is aligned to
/// the claim it answers by shared content words (an anaphor such as "Dies" reaches back to the
/// sentence before it), and quantities are compared on the same unit, measure and time within
/// the tolerance their hedges allow. Findings about the same claim merge into the most specific
/// kind.
public struct CorrectionDetector: Sendable {
  public init() {}

  /// The sections of an answer that answer: not its copy of the question.
  static let answeringKinds: Set<Section.Kind> = [
    .governmentPreamble, .answer, .body, .speech, .agendaItem,
  ]

  /// Corrections of the question's claims by its answer (the answer's `answers` names the
  /// question).
  public func corrections(question: Document, answer: Document) -> [Correction] {
    corrections(question: PaperReading(question), answer: PaperReading(answer))
  }

  /// `corrections(question:answer:)` on papers read already.
  public func corrections(question: PaperReading, answer: PaperReading) -> [Correction] {
    let responses = answer.sentences(in: Self.answeringKinds)
    var run = Run(
      claims: question.claims, responses: responses, answer: answer, mode: .answer)
    for q in question.sentences where q.sectionKind == .question {
      for n in q.sectionNumbers { run.questionTerms[n, default: TermSet()].formUnion(q.terms) }
      if q.words.contains(where: { $0.hash == Self.wann }) {
        run.askingWhen.formUnion(q.sectionNumbers)
      }
    }
    return run.detect()
  }

  static let wann = ByteHash.of("wann")

  /// Corrections between two papers about the same subject (not question/answer): numeric
  /// and date mismatches on the same measure and time, explicit rebuttals naming the other
  /// paper. A later paper reporting a later state of affairs is not a correction.
  public func corrections(between earlier: Document, and later: Document) -> [Correction] {
    corrections(between: PaperReading(earlier), and: PaperReading(later))
  }

  /// `corrections(between:and:)` on papers read already.
  public func corrections(between earlier: PaperReading, and later: PaperReading)
    -> [Correction]
  {
    let claims = earlier.claims.filter { $0.claim.kind != .presupposition }
    let isAnswer = later.document.answers != nil || later.document.kind == .antwort
    let responses = later.sentences(in: isAnswer ? Self.answeringKinds : nil)
    var run = Run(
      claims: claims, responses: responses, answer: later, mode: .between(earlier: earlier))
    return run.detect()
  }
}

/// A figure as a value in a unit (`Terms.unitKey`).
private struct Figure: Hashable {
  var value: Double
  var unit: UInt64
}

/// One detection pass of a set of claims against another paper's sentences.
private struct Run {
  enum Mode {
    case answer
    case between(earlier: PaperReading)
  }

  struct Finding {
    var kind: Correction.Kind
    var claim: Int
    var sentence: Int
    var cue: String?
    var confidence: Double
    var detail: String
  }

  let claims: [ClaimRecord]
  let responses: [PaperSentence]
  let answerDocument: Document
  let mode: Mode
  var findings: [Finding] = []
  /// The claim each response sentence was aligned to, for anaphors that follow.
  var targets: [Int: Int] = [:]
  var withTrigger: [Int] = []
  /// Whether each claim has an event date.
  var withEventDate: [Bool]
  var hasEventDate = false
  /// (content term, claim) for each term of each claim, sorted: the claims whose sentence
  /// has a word.
  var postings: [(term: UInt64, claim: Int)] = []
  /// Figure (value and unit) → claims stating it.
  var valueOwners: [Figure: [Int]] = [:]
  /// Unit key → claims with a figure in it.
  var byUnit: [UInt64: [Int]] = [:]
  /// The content words of each numbered question, for an anaphor that answers the question.
  var questionTerms: [Int: TermSet] = [:]
  /// The numbered questions that ask when ("Wann wurde die ZUE Bad Berleburg eröffnet?"):
  /// the date their answer gives is the date of what they name ("Die Einrichtung wurde am
  /// 17. November 2014 in Betrieb genommen").
  var askingWhen: Set<Int> = []
  /// The numbers the papers may be cited by, taken when first needed.
  let numbers: CitedNumbers
  /// Between papers, per response sentence: whether its context names the earlier paper,
  /// and the paper numbers it shares with the claims' sentences (`anchor(_:)`).
  var namesEarlier: [Bool] = []
  var anchorNumbers: [Set<String>] = []

  init(claims: [ClaimRecord], responses: [PaperSentence], answer: PaperReading, mode: Mode) {
    self.claims = claims
    self.responses =
      responses.contains(where: \.isFurniture) ? responses.filter { !$0.isFurniture } : responses
    withEventDate = [Bool](repeating: false, count: claims.count)
    // Indexes, so that long papers are not compared claim by claim for every sentence.
    var postings: [(term: UInt64, claim: Int)] = []
    for (c, record) in claims.enumerated() {
      if record.trigger != nil { withTrigger.append(c) }
      if !record.sentence.eventDates.isEmpty {
        withEventDate[c] = true
        hasEventDate = true
      }
      for term in record.terms.hashes { postings.append((term, c)) }
      let units = record.sentence.quantityUnits
      for (k, q) in record.claim.quantities.enumerated() where k < units.count {
        let figure = Figure(value: q.value, unit: units[k])
        if valueOwners[figure]?.last != c { valueOwners[figure, default: []].append(c) }
      }
      for (k, unit) in units.enumerated() where unit != 0 && !units[..<k].contains(unit) {
        byUnit[unit, default: []].append(c)
      }
    }
    postings.sort { ($0.term, $0.claim) < ($1.term, $1.claim) }
    self.postings = postings
    answerDocument = answer.document
    self.mode = mode
    var earlier: PaperReading?
    if case .between(let reading) = mode { earlier = reading }
    numbers = CitedNumbers(
      answer: answer.citedAs, claimsPaper: claims.first?.claim.document,
      ofEarlier: earlier?.citedAs ?? [], earlierAnfragen: earlier?.citedAsAnfrage ?? [])
  }

  /// The numbers papers may be cited by; most runs never need them, and making the strings
  /// for every run cost more than the rest of a run's setup.
  final class CitedNumbers {
    let answer: Set<String>
    let claimsPaper: DocumentKey?
    /// Between papers: the numbers the earlier paper may be cited by.
    let ofEarlier: Set<String>
    /// Between papers: "Anfrage N" for the earlier paper's question numbers.
    let earlierAnfragen: [String]

    init(
      answer: Set<String>, claimsPaper: DocumentKey?, ofEarlier: Set<String>,
      earlierAnfragen: [String]
    ) {
      self.answer = answer
      self.claimsPaper = claimsPaper
      self.ofEarlier = ofEarlier
      self.earlierAnfragen = earlierAnfragen
    }

    /// The numbers of the answering paper and of the claims' paper.
    lazy var own: Set<String> = answer.union([claimsPaper?.printedNumber].compactMap { $0 })
  }

  var isBetween: Bool {
    if case .between = mode { return true }
    return false
  }

  mutating func detect() -> [Correction] {
    guard !claims.isEmpty else { return [] }
    if case .between(let earlier) = mode { anchor(earlier.document) }
    for i in responses.indices {
      let s = responses[i]
      // Between papers, only where the later paper speaks of the earlier one.
      if isBetween, !namesEarlier[i], anchorNumbers[i].isEmpty { continue }
      let blocked = s.isBlocked
      // Only a sentence with a cue (or "sondern") can give a cued finding.
      if s.mayCue && !blocked && !hasOpinionWord(s) { cueFindings(i) }
      if !blocked { structuralFalsePremise(i) }
      numericFindings(i)
      dateFindings(i)
    }
    return merge()
  }

  /// Whether a sentence has a word of opinion (`Cues.opinionWords`, "Prognose…").
  func hasOpinionWord(_ s: PaperSentence) -> Bool {
    s.words.indices.contains {
      s.words[$0].flags.contains(.opinion) || s.word($0, hasPrefix: Words.prognose)
    }
  }

  // MARK: Candidates and alignment

  /// Claims a response sentence may answer: everything but other questions' presuppositions.
  func candidates(for s: PaperSentence, among subset: [Int]? = nil) -> [Int] {
    (subset ?? Array(claims.indices)).filter { c in
      guard claims[c].claim.sectionKind == .question, s.sectionKind == .answer else { return true }
      return claims[c].claim.sectionNumbers.contains { s.sectionNumbers.contains($0) }
    }
  }

  /// Claims sharing at least `minimum` content words with `s`, in text order, found through
  /// the word index rather than by comparing every claim.
  func sharing(_ terms: TermSet, atLeast minimum: Int, among allowed: [Bool]) -> [Int] {
    var counts = [Int32](repeating: 0, count: claims.count)
    var any = false
    for term in terms.hashes {
      var low = 0
      var high = postings.count
      while low < high {
        let mid = (low + high) / 2
        if postings[mid].term < term { low = mid + 1 } else { high = mid }
      }
      while low < postings.count, postings[low].term == term {
        let c = postings[low].claim
        if allowed[c] {
          counts[c] += 1
          any = true
        }
        low += 1
      }
    }
    guard any else { return [] }
    return counts.indices.filter { counts[$0] >= minimum }
  }

  /// The candidate sharing most content words with `terms` (at least `minimum`).
  func align(_ terms: TermSet, among candidates: [Int], minimum: Int = 2) -> Int? {
    var best: (score: Double, claim: Int)?
    for c in candidates {
      let shared = claims[c].terms.intersectionCount(terms)
      guard shared >= minimum else { continue }
      let score = Double(shared) + Double(shared) / Double(max(1, claims[c].terms.count))
      if best == nil || score > best!.score { best = (score, c) }
    }
    return best?.claim
  }

  func isAnaphoric(_ s: PaperSentence) -> Bool {
    guard let first = s.words.first?.hash else { return false }
    if first == Words.dies || first == Words.letzteres || first == Words.diesbezueglich {
      return true
    }
    // Whether the second word starts with a capital (false without one).
    let capitalized = s.words.count > 1 && s.words[1].isCapitalized
    if Words.demonstratives.contains(first) {
      return (s.words.count > 1 && s.words[1].flags.contains(.claimNoun)) || !capitalized
    }
    if Words.dasDem.contains(first) { return !capitalized }
    if Words.indefinite.contains(first), s.words.count > 1, s.word(1, hasPrefix: Words.solch) {
      return true
    }
    return false
  }

  /// The claim a cue sentence answers.
  mutating func resolve(_ i: Int) -> Int? {
    let s = responses[i]
    let pool = candidates(for: s)
    let previous =
      i > 0 && responses[i - 1].sectionKind == s.sectionKind
        && responses[i - 1].sectionNumbers == s.sectionNumbers ? i - 1 : nil
    var own = s.terms
    if i + 1 < responses.count, responses[i + 1].paragraph == s.paragraph {
      own.formUnion(responses[i + 1].terms)
    }
    let samePara = previous.flatMap { responses[$0].paragraph == s.paragraph ? $0 : nil }
    if isAnaphoric(s) {
      if let p = previous, let t = targets[p] { return t }
      if let p = previous, let t = align(responses[p].terms, among: pool) { return t }
      if let p = previous, let t = align(responses[p].terms.union(own), among: pool) { return t }
      if let t = questionAntecedent(for: s, among: pool) { return t }
      if let t = questionClaim(for: s) { return t }
      return align(own, among: pool)
    }
    if let t = align(s.terms, among: pool) { return t }
    if let p = samePara, let t = targets[p] { return t }
    if let p = samePara, let t = align(responses[p].terms, among: pool) { return t }
    if let t = align(own, among: pool) { return t }
    if let t = questionAntecedent(for: s, among: pool) { return t }
    return questionClaim(for: s)
  }

  /// The claim the answered question's own words point to ("Wie bewertet … die Aussage …?").
  func questionAntecedent(for s: PaperSentence, among pool: [Int]) -> Int? {
    guard s.sectionKind == .answer else { return nil }
    var terms = TermSet()
    for n in s.sectionNumbers { terms.formUnion(questionTerms[n] ?? TermSet()) }
    guard !terms.isEmpty else { return nil }
    return align(terms, among: pool)
  }

  /// The single claim of the question this answer section answers, if there is one.
  func questionClaim(for s: PaperSentence) -> Int? {
    guard s.sectionKind == .answer, !s.sectionNumbers.isEmpty else { return nil }
    let own = claims.indices.filter {
      claims[$0].claim.sectionKind == .question
        && !Set(claims[$0].claim.sectionNumbers).isDisjoint(with: s.sectionNumbers)
    }
    return own.count == 1 ? own[0] : nil
  }

  // MARK: Cued findings

  mutating func cueFindings(_ i: Int) {
    let s = responses[i]
    var found: [(Correction.Kind, String, Double)] = []
    for (_, m) in CueLists.rebuttal.matches(s.cueWords) {
      // "trifft nicht zu, wenn …" is a conditional, not a rebuttal.
      if m.upperBound + 1 < s.words.count,
        s.words[m.upperBound + 1].flags.contains(.conditional)
      {
        continue
      }
      found.append((.rebuttal, surface(s, m), 0.9))
      break
    }
    if let m = CueLists.falsePremise.firstMatch(s.cueWords) {
      found.append((.falsePremise, surface(s, m), 0.85))
    }
    if let m = CueLists.misattribution.firstMatch(s.cueWords) {
      found.append((.misattribution, surface(s, widened(m, in: s)), 0.85))
    }
    if isAnaphoric(s), found.isEmpty, let m = CueLists.anaphoricDenials.firstMatch(s.cueWords) {
      found.append((.rebuttal, surface(s, m), 0.8))
    }
    let entity = substitution(in: s)
    if let entity { found.append((.entity, entity.cue, 0.8)) }
    guard !found.isEmpty else { return }
    if isBetween, !namesEarlier[i] { return }
    if rebutsAnotherPaper(i) || quotesAThirdPaper(s) { return }
    // A rebuttal that quotes a figure of the other paper ("die genannte Zahl von 1.874 …
    // ist fehlerhaft; richtig ist 1.913") corrects the claim holding that figure.
    let quoted = quotedFigureClaim(s)
    guard let target = quoted ?? resolve(i) else { return }
    let record = claims[target]
    if quoted != nil, found.contains(where: { $0.0 == .rebuttal }),
      let given = s.quantities.first(where: { q in
        !record.claim.quantities.contains { $0.value == q.value }
      })
    {
      let old = record.claim.quantities.first { q in s.quantities.contains { $0.value == q.value } }
      append(.numeric, target, i, found.first?.1, 0.85, "\(old?.text ?? "")\u{0}\(given.text)")
    } else if quoted == nil, found.contains(where: { $0.0 == .rebuttal }),
      let (old, given) = figureGiven(after: i, against: record)
    {
      // "Diese Angabe ist unzutreffend. Nach der abschließenden Auswertung … waren es 4.482
      // Fälle.": the rebutted figure, and the one the paragraph gives instead.
      append(.numeric, target, i, found.first?.1, 0.85, "\(old.text)\u{0}\(given.text)")
    }
    for (kind, cue, confidence) in found {
      switch kind {
      case .misattribution:
        // Only a claim someone is said to have made can be misattributed.
        guard record.claim.sourceLabel != nil else {
          append(.rebuttal, target, i, cue, 0.7, "")
          continue
        }
        append(.misattribution, target, i, cue, confidence, record.claim.sourceLabel ?? "")
      case .entity:
        guard let entity, !record.terms.isDisjoint(with: entity.replaced) else {
          continue
        }
        append(.entity, target, i, cue, confidence, entity.detail)
      case .rebuttal:
        if isOpinion(record.sentence) { continue }
        append(
          record.trigger != nil && record.claim.kind == .presupposition ? .falsePremise : .rebuttal,
          target, i, cue, confidence, "")
      default:
        append(kind, target, i, cue, confidence, "")
      }
    }
    targets[i] = target
  }

  /// The claim whose figure a sentence repeats exactly, preferring the same unit and more
  /// shared words. A figure in another unit is no repetition ("1.456 Fällen" does not
  /// repeat "1456 Stellen"); one without a unit may be ("die genannte Zahl von 1.874").
  func quotedFigureClaim(_ s: PaperSentence) -> Int? {
    var best: (score: Int, claim: Int)?
    for c in candidates(for: s) {
      let quantities = claims[c].claim.quantities
      for (qk, q) in quantities.enumerated() where q.value >= 10 {
        let unit = claims[c].sentence.quantityUnits[qk]
        guard
          let r = s.quantities.indices.first(where: { r in
            s.quantities[r].value == q.value
              && (s.quantityUnits[r] == unit || s.quantityUnits[r] == 0 || unit == 0)
          })
        else { continue }
        let score =
          (s.quantityUnits[r] == unit ? 100 : 0) + claims[c].terms.intersectionCount(s.terms)
        if best == nil || score > best!.score { best = (score, c) }
      }
    }
    return best?.claim
  }

  /// The claim's figure and another of the same unit that sentence `i` or the two after it
  /// in its paragraph give, beyond the hedge's tolerance; nil if they repeat the claim's.
  func figureGiven(after i: Int, against record: ClaimRecord) -> (Quantity, Quantity)? {
    let paragraph = responses[i].paragraph
    for k in i..<min(responses.count, i + 3) where responses[k].paragraph == paragraph {
      for (gk, given) in responses[k].quantities.enumerated() {
        let unit = responses[k].quantityUnits[gk]
        guard unit != 0 else { continue }
        // The paper says the figure is wrong, so any other value is the correction.
        let units = record.sentence.quantityUnits
        let same = record.claim.quantities.indices.filter { units[$0] == unit }.map {
          record.claim.quantities[$0]
        }
        guard let old = same.first, !same.contains(where: { $0.value == given.value }) else {
          continue
        }
        return (old, given)
      }
    }
    return nil
  }

  /// A misattribution cue widened to the source it names: "nicht enthalten" →
  /// "war in der Presseerklärung nicht enthalten".
  func widened(_ m: ClosedRange<Int>, in s: PaperSentence) -> ClosedRange<Int> {
    let window = max(0, m.lowerBound - 4)..<m.lowerBound
    guard let noun = window.last(where: { ClaimExtractor.isSourceNoun(s, $0) }) else {
      return m
    }
    var start = noun
    while start > 0, start > m.lowerBound - 7, Words.glue.contains(s.words[start - 1].hash) {
      start -= 1
    }
    return start...m.upperBound
  }

  func isOpinion(_ s: PaperSentence) -> Bool {
    hasOpinionWord(s) || s.words.contains { Words.opinionVerbs.contains($0.hash) }
  }

  /// "nicht X, sondern Y": the replaced words' terms and a cue.
  func substitution(in s: PaperSentence) -> (replaced: TermSet, cue: String, detail: String)? {
    let words = s.words
    guard let sondern = words.firstIndex(where: { $0.hash == Words.sondern }), sondern > 0 else {
      return nil
    }
    guard
      let neg = words[..<sondern].indices.last(where: {
        words[$0].hash == Words.nicht || s.word($0, hasPrefix: Words.kein_)
      }),
      sondern - neg <= 14, neg + 1 < sondern
    else { return nil }
    let x = s.surface(neg + 1, sondern - 1)
    let yEnd = min(words.count - 1, sondern + 6)
    let y = s.surface(sondern + 1, yEnd)
    let replaced = Terms.content(x)
    guard !replaced.isEmpty else { return nil }
    return (replaced, "nicht … sondern", "nicht \u{201E}\(x)\u{201C}, sondern \u{201E}\(y)\u{201C}")
  }

  private func surface(_ s: PaperSentence, _ m: ClosedRange<Int>) -> String {
    s.surface(m.lowerBound, m.upperBound)
  }

  /// Between papers: for each response sentence, whether its context names the earlier
  /// paper, and the paper numbers its context cites. A finding stands where the later
  /// paper speaks of the earlier one, or of a paper the claim's own sentence cites too (two
  /// papers giving different dates for "Vorlage 16/690"); a figure elsewhere in the later
  /// paper is its own business ("Inzwischen … sind es 818 Fälle" about another Kreis).
  ///
  /// The context of a sentence is its paragraph, the paragraph before it in its section
  /// ("Die Antwort auf die Kleine Anfrage 2230 (Drucksache 17/8466) bedarf der
  /// Richtigstellung." and then "Tatsächlich …"), and in a numbered section (the answer to
  /// question 3) all of the section before it. It is gathered in one pass, as a section may
  /// be a whole long paper.
  mutating func anchor(_ earlier: Document) {
    let cited = claims.reduce(into: Set<String>()) { $0.formUnion($1.sentence.paperNumbers) }
    let date = earlier.dates.effective.flatMap { $0.day != nil ? $0 : nil }
    // Paragraphs and sections as dense numbers, looked up only where they change: hashing a
    // section's kind and numbers for every sentence took half of the detector's time.
    struct SectionID: Hashable {
      var kind: Section.Kind
      var numbers: [Int]
    }
    var paragraphOf = [Int](repeating: 0, count: responses.count)
    var sectionOf = [Int](repeating: 0, count: responses.count)
    var paragraphIDs: [Int: Int] = [:]
    var sectionIDs: [SectionID: Int] = [:]
    for (i, r) in responses.enumerated() {
      let previous = i > 0 ? responses[i - 1] : nil
      if let previous, previous.paragraph == r.paragraph {
        paragraphOf[i] = paragraphOf[i - 1]
      } else {
        paragraphOf[i] = paragraphIDs[r.paragraph, default: paragraphIDs.count]
        paragraphIDs[r.paragraph] = paragraphOf[i]
      }
      if let previous, previous.sectionKind == r.sectionKind,
        previous.sectionNumbers == r.sectionNumbers
      {
        sectionOf[i] = sectionOf[i - 1]
      } else {
        let id = SectionID(kind: r.sectionKind, numbers: r.sectionNumbers)
        sectionOf[i] = sectionIDs[id, default: sectionIDs.count]
        sectionIDs[id] = sectionOf[i]
      }
    }
    // Per paragraph: whether it names the earlier paper, the numbers it cites, and the
    // paragraph before it in its section.
    var seen = [Bool](repeating: false, count: paragraphIDs.count)
    var names = [Bool](repeating: false, count: paragraphIDs.count)
    var numbers = [Set<String>](repeating: [], count: paragraphIDs.count)
    var before = [Int?](repeating: nil, count: paragraphIDs.count)
    var last: (section: Int, paragraph: Int)?
    var named = [Bool](repeating: false, count: responses.count)
    for (i, r) in responses.enumerated() {
      let p = paragraphOf[i]
      if !seen[p], let last, last.section == sectionOf[i], last.paragraph != p {
        before[p] = last.paragraph
      }
      seen[p] = true
      last = (sectionOf[i], p)
      named[i] = isNamed(r, date: date)
      names[p] = names[p] || named[i]
      if !cited.isEmpty, !r.paperNumbers.isEmpty {
        numbers[p].formUnion(r.paperNumbers.intersection(cited))
      }
    }
    var sectionNames = [Bool](repeating: false, count: sectionIDs.count)
    var sectionNumbers = [Set<String>](repeating: [], count: sectionIDs.count)
    namesEarlier = []
    anchorNumbers = []
    namesEarlier.reserveCapacity(responses.count)
    anchorNumbers.reserveCapacity(responses.count)
    for (i, r) in responses.enumerated() {
      let p = paragraphOf[i]
      let section = sectionOf[i]
      let b = before[p]
      namesEarlier.append(names[p] || b.map { names[$0] } == true || sectionNames[section])
      var anchors = sectionNumbers[section]
      anchors.formUnion(numbers[p])
      if let b { anchors.formUnion(numbers[b]) }
      anchorNumbers.append(anchors)
      guard !r.sectionNumbers.isEmpty else { continue }
      sectionNames[section] = sectionNames[section] || named[i]
      sectionNumbers[section].formUnion(numbers[p])
    }
  }

  /// Whether sentence `i` may correct claim `c` (between papers, only where anchored).
  func anchored(_ c: Int, _ i: Int) -> Bool {
    guard isBetween else { return true }
    return namesEarlier[i] || !claims[c].sentence.paperNumbers.isDisjoint(with: anchorNumbers[i])
  }

  /// Whether sentence `s` names the earlier paper: its number or its question's ("in der
  /// Antwort auf Bundestagsdrucksache 19/1880"), its number as a question ("die Antwort
  /// auf die Kleine Anfrage 812"), or its date (`date`, when it has a day).
  func isNamed(_ s: PaperSentence, date: PartialDate?) -> Bool {
    if let date, s.dates.contains(date) { return true }
    var text = s.slice
    return text.withUTF8 { bytes in
      // Most sentences cite nothing, and "19/1880" cannot stand where there is no slash.
      let hasSlash = bytes.contains(0x2F)
      return numbers.ofEarlier.contains {
        (hasSlash || !$0.utf8.contains(0x2F)) && Self.occurs($0, in: bytes)
      } || numbers.earlierAnfragen.contains { Self.occurs($0, in: bytes) }
    }
  }

  /// Whether `needle` (not empty) occurs in `bytes`, byte for byte (Foundation's
  /// `contains` bridges to UTF-16 and took a sixth of the ingest here), and not as part of
  /// a longer number: "16/850" does not occur in "16/8500", nor "Anfrage 81" in "Anfrage 812".
  static func occurs(_ needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    var needle = needle
    return needle.withUTF8 { n in
      guard let first = n.first, let final = n.last, n.count <= bytes.count else { return false }
      let startsWithDigit = isDigit(first)
      let endsWithDigit = isDigit(final)
      var i = 0
      let last = bytes.count - n.count
      while i <= last {
        if bytes[i] == first {
          var k = 1
          while k < n.count, bytes[i + k] == n[k] { k += 1 }
          if k == n.count, !(startsWithDigit && i > 0 && isDigit(bytes[i - 1])),
            !(endsWithDigit && i + k < bytes.count && isDigit(bytes[i + k]))
          {
            return true
          }
        }
        i += 1
      }
      return false
    }
  }

  // MARK: Structural findings

  /// A negated sentence about the event a claim presupposes ("… sind nicht eingeführt worden").
  mutating func structuralFalsePremise(_ i: Int) {
    let s = responses[i]
    guard !isBetween, s.isNegated, !withTrigger.isEmpty else { return }
    var stems: [UInt64] = []
    var best: (Int, Int)?
    for c in candidates(for: s, among: withTrigger) {
      guard let trigger = claims[c].trigger else { continue }
      let shared = trigger.terms.intersectionCount(s.terms)
      guard shared >= 2 else { continue }
      if stems.isEmpty {
        stems = s.words.indices.map { Terms.stemHash(s.lower($0)) }
      }
      // The negation must stand near the presupposed event's word.
      let near = stems.indices.contains { k in
        trigger.eventStems.contains(stems[k])
          && s.words[max(0, k - 4)...k].contains(where: \.isNegation)
      }
      guard near else { continue }
      if best == nil || shared > best!.1 { best = (c, shared) }
    }
    guard let (c, _) = best else { return }
    let neg = s.words.firstIndex(where: \.isNegation) ?? 0
    let cue = s.surface(neg, min(s.words.count - 1, neg + 1))
    append(.falsePremise, c, i, cue, 0.8, claims[c].trigger?.phrase ?? "")
    targets[i] = targets[i] ?? c
  }

  /// The interval a hedged quantity allows.
  static func interval(_ q: Quantity) -> ClosedRange<Double> {
    let v = q.value
    let plain = q.text.utf8.contains(UInt8(ascii: ",")) ? 0 : 0.5
    switch q.hedge {
    case .exact: return (v - max(abs(v) * 0.01, plain))...(v + max(abs(v) * 0.01, plain))
    case .approximately: return (v * 0.9)...(v * 1.1)
    case .justBelow: return (v * 0.85)...v
    case .above, .atLeast: return v...Double.greatestFiniteMagnitude
    case .below, .atMost: return 0...v
    }
  }

  /// Whether two times may be the same: dates in the sentences, else the papers' dates
  /// between papers.
  func sameTime(_ claim: ClaimRecord, _ s: PaperSentence) -> Bool {
    let a = claim.sentence.dates
    let b = s.dates
    if !a.isEmpty, !b.isEmpty {
      // Between papers a cut-off date and a year are different times; an answer may date the
      // same count more precisely than the question.
      return a.contains { x in
        b.contains { y in (!isBetween || x.granularity == y.granularity) && x.isCompatible(with: y)
        }
      }
    }
    if s.words.contains(where: { $0.flags.contains(.laterState) }) { return false }
    guard isBetween else { return true }
    // A figure without a date is the state at its paper's date.
    let x = a.first ?? claim.claim.paperDate
    let y = b.first ?? answerDocument.dates.effective
    guard let x, let y else { return false }
    return x.granularity == y.granularity && x.isCompatible(with: y)
  }

  /// Shared measure words of two sentences, without units. A counted noun (`Mietwohnungen`)
  /// says much of the measure already; a generic unit (`Euro`, `Prozent`) needs two more words.
  /// `terms` are the claim's terms, `a` its sentence.
  func sameMeasure(_ terms: TermSet, _ a: PaperSentence, _ b: PaperSentence, unit: UInt64)
    -> Bool
  {
    // "nach § 8 AufenthG" and "nach § 26 AufenthG" count different things.
    let ra = a.sectionSigns
    let rb = b.sectionSigns
    if !ra.isEmpty, !rb.isEmpty, ra.isDisjoint(with: rb) { return false }
    // "im Kreis Kleve" and "im Kreis Düren" count in different places.
    let pa = a.places
    let pb = b.places
    if !pa.isEmpty, !pb.isEmpty, !pa.contains(where: pb.contains) { return false }
    let inX = terms.contains(unit)
    let inY = b.terms.contains(unit)
    let x = terms.count - (inX ? 1 : 0)
    let y = b.terms.count - (inY ? 1 : 0)
    let shared = terms.intersectionCount(b.terms) - (inX && inY ? 1 : 0)
    let needed = Words.genericUnits.contains(unit) ? 2 : 1
    return shared >= needed && Double(shared) >= 0.3 * Double(min(x, y))
  }

  /// In an answer, an anaphoric rebuttal whose sentence before (in its paragraph) cites a
  /// Drucksache other than the question and the answer rebuts that paper, not the question
  /// ("… (Bundestagsdrucksache 19/1843) … Diese Angabe trifft nicht zu.").
  func rebutsAnotherPaper(_ i: Int) -> Bool {
    guard !isBetween, i > 0, isAnaphoric(responses[i]),
      responses[i - 1].paragraph == responses[i].paragraph
    else { return false }
    let cited = responses[i - 1].drucksacheNumbers
    return !cited.isEmpty && cited.isDisjoint(with: numbers.own)
  }

  /// Between papers: a sentence that gives a figure as another paper's ("In der Antwort …
  /// (Drucksache 19/4393) wurden … 4.243 Fälle angegeben") states nothing of its own about
  /// the earlier paper's figures, unless that other paper is the earlier one; and a cued
  /// sentence that names another paper ("Die in der Antwort (Drucksache 16/19071) genannte
  /// Zahl … ist fehlerhaft") corrects that paper, even where the earlier one was named
  /// before it in the same answer.
  func quotesAThirdPaper(_ s: PaperSentence) -> Bool {
    guard isBetween else { return false }
    let cited = s.drucksacheNumbers
    guard !cited.isEmpty else { return false }
    return cited.isDisjoint(with: numbers.ofEarlier)
  }

  mutating func numericFindings(_ i: Int) {
    let s = responses[i]
    guard !s.quantities.isEmpty, !quotesAThirdPaper(s) else { return }
    // Only claims with a figure in a unit this sentence uses (in text order).
    var withUnit = [Bool](repeating: false, count: claims.count)
    var any = false
    for (k, unit) in s.quantityUnits.enumerated() where !s.quantityUnits[..<k].contains(unit) {
      for c in byUnit[unit] ?? [] {
        withUnit[c] = true
        any = true
      }
    }
    guard any else { return }
    let subset = sharing(s.terms, atLeast: 1, among: withUnit)
    for c in candidates(for: s, among: subset) where anchored(c, i) {
      let record = claims[c]
      let claimUnits = record.sentence.quantityUnits
      for (qi, q) in record.claim.quantities.enumerated() {
        let unit = claimUnits[qi]
        guard unit != 0 else { continue }
        let ownDate =
          qi < record.sentence.quantityDates.count ? record.sentence.quantityDates[qi] : nil
        let same = s.quantities.indices.filter { s.quantityUnits[$0] == unit }.map {
          s.quantities[$0]
        }
        guard !same.isEmpty, sameMeasure(record.terms, record.sentence, s, unit: unit) else {
          continue
        }
        if let ownDate {
          // A figure dated within its sentence is compared with answers of that date only.
          guard s.dates.contains(where: { $0.isCompatible(with: ownDate) }) else { continue }
        } else if !sameTime(record, s) {
          continue
        }
        // The answer quotes another claim's figure: it speaks of that claim, not this one.
        // Only a figure in this unit: "2.698 Fälle" does not quote "2.698 Personen".
        if same.allSatisfy({ r in
          (valueOwners[Figure(value: r.value, unit: unit)] ?? []).contains { $0 != c }
        }) {
          continue
        }
        let allowed = Self.interval(q)
        if same.contains(where: { Self.interval($0).overlaps(allowed) }) { continue }
        // An answer that splits the figure into parts confirms it ("15.300 … und 8.400 für …").
        let parts = s.quantities.indices.filter {
          s.quantities[$0].unit == nil || s.quantityUnits[$0] == unit
        }.map { s.quantities[$0] }
        if parts.count > 1, allowed.contains(parts.reduce(0) { $0 + $1.value }) { continue }
        // Another figure of the claim with this unit (and of a date the answer speaks of) may be
        // what the answer repeats.
        let dates = record.sentence.quantityDates
        let others = record.claim.quantities.indices.filter { k in
          k != qi && claimUnits[k] == unit
            && (k >= dates.count
              || dates[k].map { d in
                s.dates.contains { $0.isCompatible(with: d) }
              } ?? true)
        }.map { record.claim.quantities[$0] }
        if others.contains(where: { o in
          same.contains { Self.interval($0).overlaps(Self.interval(o)) }
        }) {
          continue
        }
        append(.numeric, c, i, nil, 0.75, "\(q.text)\u{0}\(same[0].text)")
        break
      }
    }
  }

  mutating func dateFindings(_ i: Int) {
    let s = responses[i]
    guard hasEventDate, !s.eventDates.isEmpty,
      !s.words.contains(where: { $0.flags.contains(.laterState) })
    else {
      return
    }
    // An answer to a question asking when speaks of what the question names.
    var y = s.terms
    if s.sectionKind == .answer {
      for n in s.sectionNumbers where askingWhen.contains(n) {
        y.formUnion(questionTerms[n] ?? TermSet())
      }
    }
    for c in candidates(for: s, among: sharing(y, atLeast: 2, among: withEventDate))
    where anchored(c, i) {
      let record = claims[c]
      guard record.claim.kind != .presupposition else { continue }
      let dated = record.sentence.eventDates.filter {
        $0.granularity == .day || $0.granularity == .month
      }
      guard !dated.isEmpty else { continue }
      let theirs = s.eventDates.filter { $0.granularity == .day || $0.granularity == .month }
      guard !theirs.isEmpty else { continue }
      // Any date of the answer that fits the claim's means the event is dated alike.
      if dates(of: s, speakingOf: record.terms).contains(where: { d in
        dated.contains { $0.isCompatible(with: d) }
      }) {
        continue
      }
      let x = record.terms
      let shared = x.intersectionCount(y)
      guard shared >= 2, Double(shared) >= 0.3 * Double(min(x.count, y.count)) else { continue }
      if isBetween,
        s.words.contains(where: { Words.plans.contains($0.hash) })
      {
        continue
      }
      // "hat am 10. März eine Pressemitteilung veröffentlicht" and "… am 21. April eine …":
      // two papers telling of an event each, not of the same one.
      if record.sentence.words.contains(where: { $0.flags.contains(.indefinite) }),
        s.words.contains(where: { $0.flags.contains(.indefinite) })
      {
        continue
      }
      append(.date, c, i, nil, 0.7, "\(dated[0].iso)\u{0}\(theirs[0].iso)")
      break
    }
  }

  /// The dates of the clauses of `s` that speak of what `terms` name: in "Der Rahmenvertrag
  /// wurde am 28. Juni 2017 geschlossen; das Vergabeverfahren war am 15. März 2017 …
  /// abgeschlossen worden" the second date is another event's, and does not date the
  /// contract alike. All its dates when it has one clause, or no clause shares two words.
  func dates(of s: PaperSentence, speakingOf terms: TermSet) -> [PartialDate] {
    guard s.dates.count > 1, s.text.utf8.contains(0x3B) else { return s.dates }
    var dates: [PartialDate] = []
    for clause in s.text.split(separator: ";") {
      let text = String(clause)
      guard Terms.content(text).intersectionCount(terms) >= 2 else { continue }
      dates += GermanDateParser.dates(in: text).map(\.date)
    }
    return dates.isEmpty ? s.dates : dates
  }

  mutating func append(
    _ kind: Correction.Kind, _ claim: Int, _ sentence: Int, _ cue: String?, _ confidence: Double,
    _ detail: String
  ) {
    findings.append(
      Finding(
        kind: kind, claim: claim, sentence: sentence, cue: cue, confidence: confidence,
        detail: detail))
  }

  // MARK: Merging

  /// Most specific first.
  static let priority: [Correction.Kind] = [
    .misattribution, .falsePremise, .numeric, .date, .entity, .rebuttal, .selfCorrection,
  ]

  func merge() -> [Correction] {
    var byClaim: [Int: [Finding]] = [:]
    for f in findings { byClaim[f.claim, default: []].append(f) }
    var results: [(Int, Correction)] = []
    var usedSentences: Set<Int> = []
    // Claim order breaks ties: dictionary order changes from run to run, and the same papers
    // must give the same report.
    let ordered = byClaim.sorted {
      ($0.value.map(\.sentence).min() ?? 0, $0.key) < ($1.value.map(\.sentence).min() ?? 0, $1.key)
    }
    for (c, group) in ordered {
      guard
        let lead = group.min(by: { a, b in
          let pa = Self.priority.firstIndex(of: a.kind) ?? 99
          let pb = Self.priority.firstIndex(of: b.kind) ?? 99
          return (pa, a.sentence) < (pb, b.sentence)
        })
      else { continue }
      let paragraph = responses[lead.sentence].paragraph
      // One correcting sentence corrects one claim; a paragraph may correct several (a figure,
      // then "Die Angabe, … sei geschlossen, beruht auf einem Irrtum.").
      if usedSentences.contains(lead.sentence) { continue }
      usedSentences.insert(lead.sentence)
      let inParagraph = group.filter { responses[$0.sentence].paragraph == paragraph }
      let first = inParagraph.map(\.sentence).min() ?? lead.sentence
      var last = inParagraph.map(\.sentence).max() ?? lead.sentence
      var extra = 0
      while extra < 2, last + 1 < responses.count, responses[last + 1].paragraph == paragraph {
        last += 1
        extra += 1
      }
      let range = responses[first].range.lowerBound..<responses[last].range.upperBound
      let confidence = min(0.98, lead.confidence + 0.05 * Double(Set(group.map(\.kind)).count - 1))
      let correction = Correction(
        kind: lead.kind,
        claim: Passage(
          document: claims[c].claim.document, text: claims[c].claim.text, span: claims[c].claim.span
        ),
        correction: Passage(
          document: answerDocument.key,
          text: String(answerDocument.text.substring(range)),
          span: answerDocument.text.span(of: range)),
        subject: subject(claims[c]),
        cue: lead.cue ?? inParagraph.compactMap(\.cue).first,
        confidence: confidence,
        explanation: explanation(lead, claims[c]))
      results.append((first, correction))
    }
    return results.sorted { $0.0 < $1.0 }.map(\.1)
  }

  func subject(_ record: ClaimRecord) -> String {
    if let t = record.trigger { return t.phrase }
    let s = record.sentence
    return s.words.indices.filter { s.words[$0].isContent }.prefix(5).map { s.lowerString($0) }
      .joined(separator: " ")
  }

  /// One German sentence saying why this is a correction, for the report's reader (the
  /// labels of the Markdown and HTML reports are German too).
  func explanation(_ f: Finding, _ record: ClaimRecord) -> String {
    let (other, ofOther) =
      isBetween ? ("das spätere Papier", "dem späteren Papier") : ("die Antwort", "der Antwort")
    let Other = other.prefix(1).uppercased() + other.dropFirst()
    let cue = f.cue.map { "\u{201E}\($0)\u{201C}" } ?? ""
    let parts = f.detail.split(separator: "\u{0}").map(String.init)
    switch f.kind {
    case .misattribution:
      let source = f.detail.isEmpty ? "einer Quelle" : "\u{201E}\(f.detail)\u{201C}"
      return
        "Die Behauptung wird \(source) zugeschrieben; laut \(ofOther) war sie dort nicht enthalten (\(cue))."
    case .falsePremise:
      let phrase = record.trigger?.phrase ?? record.claim.text
      return
        "Die Frage setzt \u{201E}\(phrase)\u{201C} voraus; \(other) verneint das (\(cue.isEmpty ? "Verneinung" : cue))."
    case .rebuttal:
      return "\(Other) weist die Behauptung ausdrücklich zurück (\(cue))."
    case .numeric:
      return
        "Die Behauptung nennt \u{201E}\(parts.first ?? "")\u{201C}, \(other) für dieselbe Größe und denselben Zeitpunkt \u{201E}\(parts.last ?? "")\u{201C}."
    case .date:
      return
        "Die Behauptung datiert das Ereignis auf \(parts.first ?? ""), \(other) auf \(parts.last ?? "")."
    case .entity:
      return "\(Other) ersetzt Akteur oder Quelle der Behauptung: \(f.detail)."
    case .selfCorrection:
      return "Das Papier korrigiert sich selbst."
    }
  }
}

extension CorrectionDetector {
  /// Whether a sentence has a cue by which a paper corrects another (a rebuttal, a
  /// misattribution, a false premise, a denial, "nicht … sondern") and no cue that says it
  /// is none ("keine Erkenntnisse"). Cheap: it decides which citations are compared.
  static func hasCorrectionCue(_ s: PaperSentence) -> Bool {
    if s.isBlocked || !s.mayCue { return false }
    if s.words.contains(where: { $0.hash == Words.sondern }),
      s.words.contains(where: { $0.hash == Words.nicht || $0.hash == Words.kein })
    {
      return true
    }
    return [
      CueLists.rebuttal, CueLists.misattribution, CueLists.falsePremise, CueLists.anaphoricDenials,
    ]
    .contains { $0.occurs(in: s.cueWords) }
  }
}

extension CorrectionDetector {
  /// The numbers a paper may be cited by: its own ("19/2311", as printed and from its key)
  /// and, for an answer, its question's ("die Antwort auf Drucksache 19/1880").
  static func printedNumbers(of document: Document) -> Set<String> {
    Set(
      [document.number, document.key.printedNumber, document.answers?.drucksache?.printedNumber]
        .compactMap { $0 })
  }
}

extension DocumentKey {
  /// "19/1880" for `bt/drs/19/1880`: Wahlperiode and number as papers print them.
  var printedNumber: String? {
    guard let wp = wahlperiode, let n = number else { return nil }
    return "\(wp)/\(n)"
  }
}
