import DocumentModel
import Synchronization

/// What the claim stages read from one paper, once: its sentences and its claims.
///
/// Reading a paper costs far more than comparing two, and one paper is compared with
/// several (its question, its answers, the papers it corrects), so it is read once and the
/// reading handed to each `CorrectionDetector` call.
public struct PaperReading: Sendable {
  public let document: Document
  /// The sentences of every section but header and signature, in text order.
  let sentences: [PaperSentence]
  /// The paper's references, naming the sources of attributed claims.
  let references: [Reference]
  private let claimRecords = OnceClaims()
  /// The numbers the paper may be cited by ("19/2311"; for an answer also its question's).
  let citedAs: Set<String>
  /// "Anfrage 812" for each number of the question this paper answers, as other papers
  /// name it.
  let citedAsAnfrage: [String]

  public init(_ document: Document, references: [Reference] = []) {
    self.document = document
    self.references = references
    sentences = PaperSentences.sentences(of: document)
    citedAs = CorrectionDetector.printedNumbers(of: document)
    var questionNumbers = document.aliases.filter { $0.series != document.key.series }
      .compactMap(\.number)
    if let n = document.answers?.number { questionNumbers.append("\(n)") }
    citedAsAnfrage = questionNumbers.map { "Anfrage \($0)" }
  }

  /// The paper's claims, in text order; taken on first use, as most papers are read only to
  /// find their correcting citations and are never compared.
  var claims: [ClaimRecord] {
    claimRecords.value {
      ClaimExtractor.records(in: document, sentences: sentences, references: references)
    }
  }

  /// The sentences of sections of `kinds` (all when nil).
  func sentences(in kinds: Set<Section.Kind>?) -> [PaperSentence] {
    guard let kinds else { return sentences }
    let mask = KindMask(kinds)
    return sentences.filter { mask.contains($0.sectionKind) }
  }

  /// The references, as indexes into `references`, that stand where this paper may correct
  /// the paper they cite: in a sentence that states a figure or a date, or is followed in
  /// its paragraph by one that does, or in a paragraph or section that goes on to a
  /// correction cue ("Die in der Drucksache 16/2350 genannte Zahl … ist
  /// fehlerhaft", "Die Antwort … (Drucksache 17/8466) bedarf der Richtigstellung. … trifft
  /// nicht zu"). Only these citations are compared with the cited paper at ingest: comparing
  /// every citing pair cost more than all the rest of ingest and found mostly noise.
  public func correctingCitations(_ references: [Reference]) -> Set<Int> {
    guard !sentences.isEmpty else { return [] }
    let spans = sentences.map { document.text.span(of: $0.range) }
    let cued = sentences.indices.filter { CorrectionDetector.hasCorrectionCue(sentences[$0]) }
    var result = Set<Int>()
    for (r, reference) in references.enumerated() {
      switch reference.kind {
      case .internal, .law, .pressRelease: continue
      default: break
      }
      guard let i = sentenceIndex(containing: reference.span.start, spans: spans) else {
        continue
      }
      let s = sentences[i]
      let cueFollows = cued.contains { j in
        j >= i
          && (sentences[j].paragraph == s.paragraph
            || (sentences[j].sectionKind == s.sectionKind
              && sentences[j].sectionNumbers == s.sectionNumbers))
      }
      let statesFigure = [i, i + 1].contains { j in
        j < sentences.count && sentences[j].paragraph == s.paragraph
          && (!sentences[j].quantities.isEmpty || !sentences[j].dates.isEmpty)
      }
      if statesFigure || cueFollows { result.insert(r) }
    }
    return result
  }

  /// The sentence whose span holds `offset` (original bytes), by binary search.
  private func sentenceIndex(containing offset: Int, spans: [Span]) -> Int? {
    var low = 0
    var high = spans.count
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    guard low < spans.count, spans[low].start <= offset else { return nil }
    return low
  }
}

/// Claims taken once, by whichever core first needs them.
private final class OnceClaims: Sendable {
  private let storage = Mutex<[ClaimRecord]?>(nil)

  func value(_ make: () -> [ClaimRecord]) -> [ClaimRecord] {
    storage.withLock { stored in
      if let stored { return stored }
      let made = make()
      stored = made
      return made
    }
  }
}
