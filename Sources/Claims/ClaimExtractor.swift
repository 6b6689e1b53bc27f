import DocumentModel
import TextIngest

/// A claim with what the correction detector compares it by.
struct ClaimRecord: Sendable {
  var claim: Claim
  var sentence: PaperSentence
  /// The sentence's content terms, with those of the sentence before when it continues it
  /// ("Davon entfielen …").
  var terms: TermSet
  /// For a presupposition: the presupposed words and the stems of its event or act
  /// (`seit der Einführung der anonymisierte Bewerbungen` → `einführ`).
  var trigger: Presupposition?
  /// The sentences whose terms `terms` joins. The claim's `subjectTerms` (strings) are made
  /// from them only for a caller that shows claims (`completeClaim`): the detector compares
  /// hashes, and making the strings of every claim took a third of extracting them.
  var chain: [PaperSentence] = []

  /// `claim` with its `subjectTerms`.
  var completeClaim: Claim {
    var claim = claim
    claim.subjectTerms = Terms.contentStrings(chain, terms: terms)
    return claim
  }
}

struct Presupposition: Sendable {
  var phrase: String
  var terms: TermSet
  var eventStems: TermSet
}

/// Takes the checkable sentences of a paper: statements (with who said them), quotations,
/// what questions presuppose, with their numbers, dates and polarity.
public enum ClaimExtractor {
  /// The claims of `document`, in text order. An answer's copy of the question's Vorbemerkung
  /// and questions is not the answer's own claim and is left out.
  /// With the paper's `references`, a claim attributed to a source the paper cites (a press
  /// release, a Drucksache) names it as `source`.
  public static func claims(in document: Document, references: [Reference] = []) -> [Claim] {
    records(in: document, references: references).map(\.completeClaim)
  }

  static func records(in document: Document, references: [Reference] = []) -> [ClaimRecord] {
    records(
      in: document, sentences: PaperSentences.sentences(of: document), references: references)
  }

  /// The claims of `document`, read from its `sentences` (all sections but header and
  /// signature, as `PaperSentences.sentences(of:)` gives them).
  static func records(
    in document: Document, sentences all: [PaperSentence], references: [Reference] = []
  ) -> [ClaimRecord] {
    let isAnswer = document.answers != nil || document.kind == .antwort
    var kinds: Set<Section.Kind> = [
      .questionPreamble, .governmentPreamble, .question, .answer, .body, .agendaItem, .speech,
    ]
    if isAnswer { kinds.subtract([.questionPreamble, .question]) }
    let mask = KindMask(kinds)
    let sentences = all.filter { mask.contains($0.sectionKind) }
    var records: [ClaimRecord] = []
    var source: String?
    var sourceKey: DocumentKey?
    let cited = references.filter { Self.sourceKinds.contains($0.kind) }
    var previous: PaperSentence?
    var previousTerms = TermSet()
    /// The sentences whose terms `previousTerms` joins, for the claim's `subjectTerms`.
    var previousChain: [PaperSentence] = []
    for sentence in sentences {
      var terms = sentence.terms
      var chain = [sentence]
      defer {
        previous = sentence
        previousTerms = terms
        previousChain = chain
      }
      // "Davon entfielen …": the sentence before says what is counted.
      if let first = sentence.words.first, first.flags.contains(.contextOpener), let previous,
        previous.paragraph == sentence.paragraph
      {
        terms.formUnion(previousTerms)
        chain += previousChain
      }
      // A sentence that names a dated source makes it the current source; a sentence that
      // reports what was said names a source only as such ("Ebenso wurde angekündigt, dass …
      // ein Erfahrungsbericht …" keeps the source it continues).
      let attributed = attributes(sentence)
      let namedSource =
        attributed
        ? sourceNamedAsSuch(sentence) : sentence.words.indices.first { isSourceNoun(sentence, $0) }
      let citedHere = citedSource(in: sentence, of: document, among: cited)
      if let namedSource, let date = sentence.dates.first {
        source = sourceLabel(namedSource, in: sentence, date: date)
        sourceKey = citedHere
      }
      if sentence.isQuestion || sentence.sectionKind == .question {
        if let presupposition = presupposition(in: sentence) {
          records.append(
            record(
              .presupposition, sentence, terms: terms, chain: chain, document: document,
              source: nil, trigger: presupposition))
        }
        continue
      }
      guard terms.count >= 2, !sentence.isFurniture else { continue }
      let quotes = hasQuotationMark(sentence.slice)
      var label: String?
      if attributed {
        label =
          personLabel(sentence) ?? sourceNamedAsSuch(sentence).map { surface($0, in: sentence) }
          ?? source ?? "ihre Quelle"
      }
      let kind: Claim.Kind = attributed && quotes ? .quotation : .statement
      // A statement may presuppose an event too ("Seit der Einführung der … ist …").
      let trigger = presupposition(in: sentence, eventsOnly: true)
      var made = record(
        kind, sentence, terms: terms, chain: chain, document: document, source: label,
        trigger: trigger)
      if attributed { made.claim.source = citedHere ?? (label == source ? sourceKey : nil) }
      records.append(made)
    }
    return records
  }

  /// Whether `text` has an opening quotation mark („ or “).
  private static func hasQuotationMark(_ text: Substring) -> Bool {
    // „ is E2 80 9E, “ is E2 80 9C.
    var found = false
    var text = text
    text.withUTF8 { bytes in
      var i = 0
      while i + 2 < bytes.count {
        if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9E || bytes[i + 2] == 0x9C {
          found = true
          return
        }
        i += 1
      }
    }
    return found
  }

  /// Kinds of reference that name something a claim can be attributed to.
  static let sourceKinds: Set<ReferenceKind> = [
    .pressRelease, .drucksache, .kleineAnfrage, .grosseAnfrage, .vorlage, .stellungnahme,
    .information, .plenarprotokoll, .ausschussprotokoll,
  ]

  /// The target of the first of `references` (by start) that stands in `sentence`.
  private static func citedSource(
    in sentence: PaperSentence, of document: Document, among references: [Reference]
  ) -> DocumentKey? {
    guard !references.isEmpty else { return nil }
    let span = document.text.span(of: sentence.range)
    return references.first { span.start <= $0.span.start && $0.span.start < span.end }?.target
  }

  private static func record(
    _ kind: Claim.Kind, _ s: PaperSentence, terms: TermSet, chain: [PaperSentence],
    document: Document, source: String?, trigger: Presupposition?
  ) -> ClaimRecord {
    let claim = Claim(
      kind: kind, document: document.key, text: s.text, span: document.text.span(of: s.range),
      textRange: s.range, polarity: s.isNegated ? .negative : .positive, quantities: s.quantities,
      dates: s.dates,
      source: nil, sourceLabel: source, paperDate: document.dates.effective,
      sectionKind: s.sectionKind, sectionNumbers: s.sectionNumbers)
    return ClaimRecord(claim: claim, sentence: s, terms: terms, trigger: trigger, chain: chain)
  }

  /// Whether the sentence reports what a source said ("In dieser wurde angekündigt, dass …").
  static func attributes(_ s: PaperSentence) -> Bool {
    if Words.sourceAnaphors.contains(where: { s.lowerStarts(fromWord: 0, words: 4, with: $0) }) {
      return true
    }
    if s.words.contains(where: { $0.flags.contains(.attributionVerb) }) { return true }
    return s.cueStarts & CueLists.Bit.attribution != 0 && attributionPatterns.occurs(in: s.cueWords)
  }

  static let attributionPatterns = CueLists.attribution

  /// A sentence about the paper itself ("… mit Schreiben vom … beantwortet").
  static func isFurniture(_ words: [Int32]) -> Bool {
    CueLists.furniture.occurs(in: words)
  }

  /// A source noun the sentence names as where something was said ("in der Pressemitteilung",
  /// "laut Bericht"), not one it speaks about ("dass … einen ersten Erfahrungsbericht …
  /// geben soll" is no source); its word index.
  private static func sourceNamedAsSuch(_ s: PaperSentence) -> Int? {
    for i in s.words.indices where isSourceNoun(s, i) {
      if s.words[max(0, i - 3)..<i].contains(where: { $0.flags.contains(.sourcePreposition) }) {
        return i
      }
    }
    return nil
  }

  /// "Pressemitteilung vom 2010-12-21".
  private static func sourceLabel(_ noun: Int, in s: PaperSentence, date: PartialDate) -> String {
    "\(surface(noun, in: s)) vom \(date.iso)"
  }

  /// A word as the text writes it (where the sentence first has it).
  private static func surface(_ k: Int, in s: PaperSentence) -> String {
    let hash = s.words[k].hash
    let first = s.words.firstIndex { $0.hash == hash } ?? k
    return s.surface(first, first)
  }

  /// `isSourceNoun(_:)` for word `k` of `s`.
  static func isSourceNoun(_ s: PaperSentence, _ k: Int) -> Bool {
    isSourceNoun(s.words[k], lower: s.lower)
  }

  /// A noun that names something a statement can be attributed to (`Pressemitteilung`,
  /// `Monitoringbericht`, `Interview`): `w`, with the lower-cased bytes it points into.
  static func isSourceNoun(_ w: Terms.Word, lower: [UInt8]) -> Bool {
    if w.flags.contains(.sourceNoun) { return true }
    guard w.length > 5 else { return false }
    for (ending, letters) in Words.sourceNounEndings
    where Terms.hasSuffix(lower, ending, at: w.lower) {
      let count =
        w.flags.contains(.unusual)
        ? String(decoding: lower[w.lower], as: UTF8.self).count : Int(w.length)
      if count > letters + 2 { return true }
    }
    return false
  }

  /// "Minister Schneider", where a sentence quotes a person by office and name.
  private static func personLabel(_ s: PaperSentence) -> String? {
    let words = s.words
    for (i, w) in words.enumerated()
    where
      (w.flags.contains(.office) || s.word(i, hasSuffix: Words.minister)
      || s.word(i, hasSuffix: Words.ministerin)) && i + 1 < words.count
    {
      let next = words[i + 1]
      return Terms.substring(
        s.slice,
        w.range.lowerBound..<(next.isCapitalized ? next.range.upperBound : w.range.upperBound))
    }
    return nil
  }

  /// What a question takes for granted, if anything.
  static func presupposition(in s: PaperSentence, eventsOnly: Bool = false) -> Presupposition? {
    // A question's number ("5. Hat sich …") is not part of its words.
    let base =
      s.words.first.map {
        s.lower[$0.lower.lowerBound] >= 0x30 && s.lower[$0.lower.lowerBound] <= 0x39
      } == true ? 1 : 0
    let count = s.words.count - base
    guard count > 0 else { return nil }
    func word(_ k: Int) -> Terms.Word { s.words[base + k] }
    func make(_ from: Int, _ to: Int, events: [Int]) -> Presupposition {
      let p = s.surface(base + from, base + to)
      return Presupposition(
        phrase: p, terms: Terms.content(p),
        eventStems: TermSet(
          unsorted: events.map { Terms.stemHash(s.lower(base + $0)) }))
    }
    // "seit der Einführung der anonymisierte Bewerbungen"
    for i in 0..<count where word(i).flags.contains(.eventPreposition) {
      var j = i + 1
      if j < count, !word(j).flags.isDisjoint(with: [.article, .possessive]) {
        j += 1
      }
      guard j < count, isEventNoun(s, base + j) else { continue }
      var end = j
      if end + 1 < count, word(end + 1).hash == Words.der || word(end + 1).hash == Words.des {
        var k = end + 2
        while k < count, k <= end + 4 {
          if word(k).isCapitalized {
            end = k
            break
          }
          k += 1
        }
      }
      return make(i, end, events: [j])
    }
    if eventsOnly { return nil }
    // "Warum wurde … abgeschafft?", "Wo bleibt der … angekündigte Erfahrungsbericht?"
    if let (_, skip) = Words.presuppositionOpeners.first(where: {
      s.lowerStarts(fromWord: base, words: 3, with: $0.0)
    }) {
      guard skip < count else { return nil }
      // The presupposed act ends at the first comma ("…, obwohl …").
      var end = count - 1
      if let offset = s.slice.utf8.firstIndex(of: UInt8(ascii: ",")).map({
        s.slice.utf8.distance(from: s.slice.utf8.startIndex, to: $0)
      }) {
        if let l = (0..<count).last(where: { word($0).range.upperBound <= offset }), l >= skip {
          end = l
        }
      }
      let participles = (skip...end).filter { k in
        Words.presupposingParticiples.contains { s.word(base + k, hasPrefix: $0) }
      }
      let verb = (skip...end).last(where: { word($0).isContent }).map { [$0] } ?? []
      return make(skip, end, events: participles.isEmpty ? verb : participles)
    }
    // "wie 2010 auch angekündigt", "der angekündigte Bericht"
    if let p = (0..<count).first(where: { k in
      Words.presupposingParticiples.contains { s.word(base + k, hasPrefix: $0) }
    }) {
      var end = p
      while end + 1 < count, end < p + 3, !word(end).isCapitalized || end == p {
        end += 1
      }
      let from = max(0, p - 3)
      return make(from, end, events: [p])
    }
    return nil
  }

  private static func isEventNoun(_ s: PaperSentence, _ k: Int) -> Bool {
    let w = s.words[k]
    guard w.isCapitalized else { return false }
    let count = w.flags.contains(.unusual) ? s.lowerString(k).count : Int(w.length)
    return count > 5 && Words.eventNounEndings.contains { s.word(k, hasSuffix: $0) }
  }
}
