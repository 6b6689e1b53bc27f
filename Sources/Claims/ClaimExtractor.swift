import DocumentModel
import TextIngest

/// A claim with what the correction detector compares it by.
struct ClaimRecord: Sendable {
  var claim: Claim
  var sentence: PaperSentence
  /// For a presupposition: the presupposed words and the stems of its event or act
  /// (`seit der Einführung der anonymisierte Bewerbungen` → `einführ`).
  var trigger: Presupposition?
}

struct Presupposition: Sendable {
  var phrase: String
  var terms: Set<String>
  var eventStems: Set<String>
}

/// Takes the checkable sentences of a paper: statements (with who said them), quotations,
/// what questions presuppose, with their numbers, dates and polarity.
public enum ClaimExtractor {
  /// The claims of `document`, in text order. An answer's copy of the question's Vorbemerkung
  /// and questions is not the answer's own claim and is left out.
  /// With the paper's `references`, a claim attributed to a source the paper cites (a press
  /// release, a Drucksache) names it as `source`.
  public static func claims(in document: Document, references: [Reference] = []) -> [Claim] {
    records(in: document, references: references).map(\.claim)
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
    let sentences = all.filter { kinds.contains($0.sectionKind) }
    var records: [ClaimRecord] = []
    var source: String?
    var sourceKey: DocumentKey?
    let cited = references.filter { Self.sourceKinds.contains($0.kind) }
    var previous: PaperSentence?
    for var sentence in sentences {
      defer { previous = sentence }
      // "Davon entfielen …": the sentence before says what is counted.
      if let first = sentence.words.first, Cues.contextOpeners.contains(first), let previous,
        previous.paragraph == sentence.paragraph
      {
        sentence.terms.formUnion(previous.terms)
      }
      let lower = sentence.words
      // A sentence that names a dated source makes it the current source; a sentence that
      // reports what was said names a source only as such ("Ebenso wurde angekündigt, dass …
      // ein Erfahrungsbericht …" keeps the source it continues).
      let namedSource =
        attributes(lower, cueWords: sentence.cueWords)
        ? sourceNamedAsSuch(lower) : lower.first(where: isSourceNoun)
      let citedHere = citedSource(in: sentence, of: document, among: cited)
      if let namedSource, let date = sentence.dates.first {
        source = sourceLabel(namedSource, in: sentence.text, date: date)
        sourceKey = citedHere
      }
      if sentence.isQuestion || sentence.sectionKind == .question {
        if let presupposition = presupposition(in: sentence) {
          records.append(
            record(
              .presupposition, sentence, document: document, source: nil,
              trigger: presupposition))
        }
        continue
      }
      guard sentence.terms.count >= 2, !isFurniture(sentence.cueWords) else { continue }
      let attributed = attributes(lower, cueWords: sentence.cueWords)
      let quotes = sentence.text.unicodeScalars.contains { $0 == "„" || $0 == "\u{201C}" }
      var label: String?
      if attributed {
        label =
          personLabel(sentence.text) ?? sourceNamedAsSuch(lower).map {
            surface($0, in: sentence.text)
          }
          ?? source ?? "ihre Quelle"
      }
      let kind: Claim.Kind = attributed && quotes ? .quotation : .statement
      // A statement may presuppose an event too ("Seit der Einführung der … ist …").
      let trigger = presupposition(in: sentence, eventsOnly: true)
      var made = record(kind, sentence, document: document, source: label, trigger: trigger)
      if attributed { made.claim.source = citedHere ?? (label == source ? sourceKey : nil) }
      records.append(made)
    }
    return records
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
    _ kind: Claim.Kind, _ s: PaperSentence, document: Document, source: String?,
    trigger: Presupposition?
  ) -> ClaimRecord {
    let claim = Claim(
      kind: kind, document: document.key, text: s.text, span: document.text.span(of: s.range),
      textRange: s.range, subjectTerms: s.terms.sorted(),
      polarity: s.isNegated ? .negative : .positive, quantities: s.quantities, dates: s.dates,
      source: nil, sourceLabel: source, paperDate: document.dates.effective,
      sectionKind: s.sectionKind, sectionNumbers: s.sectionNumbers)
    return ClaimRecord(claim: claim, sentence: s, trigger: trigger)
  }

  /// Whether the sentence reports what a source said ("In dieser wurde angekündigt, dass …").
  static func attributes(_ words: [String], cueWords: [Int32]) -> Bool {
    let joined = words.prefix(4).joined(separator: " ")
    if Cues.sourceAnaphors.contains(where: { joined.hasPrefix($0) }) { return true }
    if words.contains(where: { Cues.attributionVerbs.contains($0) }) { return true }
    return attributionPatterns.occurs(in: cueWords)
  }

  static let attributionPatterns = CueList(Cues.attributionPhrases)
  static let furniturePatterns = CueList(Cues.furniture)

  /// A sentence about the paper itself ("… mit Schreiben vom … beantwortet").
  static func isFurniture(_ words: [Int32]) -> Bool {
    furniturePatterns.occurs(in: words)
  }

  /// A source noun the sentence names as where something was said ("in der Pressemitteilung",
  /// "laut Bericht"), not one it speaks about ("dass … einen ersten Erfahrungsbericht …
  /// geben soll" is no source).
  private static func sourceNamedAsSuch(_ words: [String]) -> String? {
    for (i, word) in words.enumerated() where isSourceNoun(word) {
      let before = words[max(0, i - 3)..<i]
      if before.contains(where: Cues.sourcePrepositions.contains) { return word }
    }
    return nil
  }

  /// "Pressemitteilung vom 2010-12-21".
  private static func sourceLabel(_ noun: String, in text: String, date: PartialDate) -> String {
    "\(surface(noun, in: text)) vom \(date.iso)"
  }

  /// A word as the text writes it.
  private static func surface(_ lower: String, in text: String) -> String {
    guard let w = Terms.words(text).first(where: { $0.lower == lower }) else { return lower }
    let u = text.utf8
    return String(
      text[
        u.index(
          u.startIndex, offsetBy: w.range.lowerBound)..<u.index(
            u.startIndex, offsetBy: w.range.upperBound)])
  }

  /// A noun that names something a statement can be attributed to (`Pressemitteilung`,
  /// `Monitoringbericht`, `Interview`).
  static func isSourceNoun(_ lower: String) -> Bool {
    Cues.sourceNouns.contains(lower)
      || Cues.sourceNounEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
  }

  /// "Minister Schneider", where a sentence quotes a person by office and name.
  private static func personLabel(_ text: String) -> String? {
    let words = Terms.words(text)
    let offices: Set<String> = [
      "minister", "ministerin", "staatssekretär", "staatssekretärin", "ministerpräsident",
      "ministerpräsidentin", "senator", "senatorin", "bürgermeister", "bürgermeisterin",
    ]
    for (i, w) in words.enumerated()
    where
      (offices.contains(w.lower) || w.lower.hasSuffix("minister")
      || w.lower.hasSuffix("ministerin")) && i + 1 < words.count
    {
      let next = words[i + 1]
      let nextStart = text.utf8.index(text.utf8.startIndex, offsetBy: next.range.lowerBound)
      let named = text[nextStart...].unicodeScalars.first?.properties.isUppercase ?? false
      let start = text.utf8.index(text.utf8.startIndex, offsetBy: w.range.lowerBound)
      let end = text.utf8.index(
        text.utf8.startIndex, offsetBy: named ? next.range.upperBound : w.range.upperBound)
      return String(text[start..<end])
    }
    return nil
  }

  /// What a question takes for granted, if anything.
  static func presupposition(in s: PaperSentence, eventsOnly: Bool = false) -> Presupposition? {
    var words = Terms.words(s.text)
    // A question's number ("5. Hat sich …") is not part of its words.
    if let first = words.first?.lower.unicodeScalars.first, ("0"..."9").contains(first) {
      words.removeFirst()
    }
    guard !words.isEmpty else { return nil }
    let lower = words.map(\.lower)
    func phrase(_ from: Int, _ to: Int) -> String {
      let a = s.text.utf8.index(s.text.utf8.startIndex, offsetBy: words[from].range.lowerBound)
      let b = s.text.utf8.index(s.text.utf8.startIndex, offsetBy: words[to].range.upperBound)
      return String(s.text[a..<b])
    }
    func make(_ from: Int, _ to: Int, events: [String]) -> Presupposition {
      let p = phrase(from, to)
      return Presupposition(
        phrase: p, terms: Terms.content(p), eventStems: Set(events.map(Terms.stem)))
    }
    // "seit der Einführung der anonymisierte Bewerbungen"
    for i in lower.indices where Cues.eventPrepositions.contains(lower[i]) {
      var j = i + 1
      if j < lower.count, Cues.articles.contains(lower[j]) || Cues.possessives.contains(lower[j]) {
        j += 1
      }
      guard j < lower.count,
        isEventNoun(words[j].lower, capitalized: isCapitalized(words[j], in: s.text))
      else { continue }
      var end = j
      if end + 1 < lower.count, ["der", "des"].contains(lower[end + 1]) {
        var k = end + 2
        while k < lower.count, k <= end + 4 {
          if isCapitalized(words[k], in: s.text) {
            end = k
            break
          }
          k += 1
        }
      }
      return make(i, end, events: [lower[j]])
    }
    if eventsOnly { return nil }
    // "Warum wurde … abgeschafft?", "Wo bleibt der … angekündigte Erfahrungsbericht?"
    let head = lower.prefix(3).joined(separator: " ")
    if let opener = Cues.presuppositionOpeners.first(where: { head.hasPrefix($0) }) {
      let skip = opener.split(separator: " ").count
      guard skip < lower.count else { return nil }
      // The presupposed act ends at the first comma ("…, obwohl …").
      var end = lower.count - 1
      if let comma = s.text.utf8.firstIndex(of: UInt8(ascii: ",")) {
        let offset = s.text.utf8.distance(from: s.text.utf8.startIndex, to: comma)
        if let l = words.lastIndex(where: { $0.range.upperBound <= offset }), l >= skip { end = l }
      }
      let act = Array(lower[skip...end])
      let participles = act.filter { w in
        Cues.presupposingParticiples.contains { w.hasPrefix($0) }
      }
      let verb = act.last(where: Terms.isContent).map { [$0] } ?? []
      return make(skip, end, events: participles.isEmpty ? verb : participles)
    }
    // "wie 2010 auch angekündigt", "der angekündigte Bericht"
    if let p = lower.firstIndex(where: { w in
      Cues.presupposingParticiples.contains { w.hasPrefix($0) }
    }) {
      var end = p
      while end + 1 < lower.count, end < p + 3, !isCapitalized(words[end], in: s.text) || end == p {
        end += 1
      }
      let from = max(0, p - 3)
      return make(from, end, events: [lower[p]])
    }
    return nil
  }

  private static func isEventNoun(_ lower: String, capitalized: Bool) -> Bool {
    capitalized && lower.count > 5 && Cues.eventNounEndings.contains { lower.hasSuffix($0) }
  }

  private static func isCapitalized(_ w: Terms.Word, in text: String) -> Bool {
    let i = text.utf8.index(text.utf8.startIndex, offsetBy: w.range.lowerBound)
    return text[i...].unicodeScalars.first.map { $0.properties.isUppercase } ?? false
  }
}
