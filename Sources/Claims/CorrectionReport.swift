import DocumentModel
import Foundation

/// The reports of `fundstelle corrections`: JSON for machines, Markdown and one
/// self-contained HTML page for readers.
///
/// Every correction quotes the claim and the correcting statement, each with its paper key
/// and byte span in the original file, and gives the kind, the cue, a confidence and a
/// one-sentence explanation.
public enum CorrectionReport {
  /// `[{"kind", "claim": {"document", "text", "start", "end"}, "correction": {…}, "subject",
  /// "cue", "confidence", "explanation"}]`, pretty-printed with sorted keys; `cue` is `null`
  /// when no cue word signals the correction.
  public static func json(_ corrections: [Correction]) -> String {
    ReportJSON.string(corrections.map(JSONEntry.init), fallback: "[]")
  }

  /// A Markdown report: counts, then one section per correction with both passages quoted
  /// and cited (paper key, title, byte span).
  public static func markdown(_ corrections: [Correction], titles: [DocumentKey: String]) -> String
  {
    ReportMarkdown.render(corrections, titles: titles)
  }

  /// One self-contained HTML page (inline CSS, no scripts, no external resources): a header
  /// with counts and one card per correction with the two passages side by side.
  public static func html(_ corrections: [Correction], titles: [DocumentKey: String]) -> String {
    ReportHTML.render(corrections, titles: titles)
  }

  /// German reader-facing names of the kinds.
  static func label(_ kind: Correction.Kind) -> String {
    switch kind {
    case .misattribution: "Falsche Zuschreibung"
    case .falsePremise: "Falsche Voraussetzung"
    case .rebuttal: "Richtigstellung"
    case .numeric: "Abweichende Zahl"
    case .date: "Abweichendes Datum"
    case .entity: "Verwechslung"
    case .selfCorrection: "Selbstkorrektur"
    }
  }

  /// `0,9` → `90 %`.
  static func percent(_ confidence: Double) -> String {
    let clamped = min(max(confidence, 0), 1)
    return "\(Int((clamped * 100).rounded())) %"
  }

  /// Kinds present, in the order of `Correction.Kind.allCases`, with their counts.
  static func counts(_ corrections: [Correction]) -> [(Correction.Kind, Int)] {
    Correction.Kind.allCases.compactMap { kind in
      let n = corrections.filter { $0.kind == kind }.count
      return n > 0 ? (kind, n) : nil
    }
  }

  /// The number of distinct papers (unversioned keys are not merged: versions are papers too).
  static func paperCount(_ corrections: [Correction]) -> Int {
    Set(corrections.flatMap { [$0.claim.document, $0.correction.document] }).count
  }
}

private struct JSONPassage: Encodable {
  var document: String
  var text: String
  var start: Int
  var end: Int

  init(_ p: Passage) {
    document = p.document.rawValue
    text = p.text
    start = p.span.start
    end = p.span.end
  }
}

private struct JSONEntry: Encodable {
  var kind: String
  var claim: JSONPassage
  var correction: JSONPassage
  var subject: String
  var cue: String?
  var confidence: Double
  var explanation: String

  init(_ c: Correction) {
    kind = c.kind.rawValue
    claim = JSONPassage(c.claim)
    correction = JSONPassage(c.correction)
    subject = c.subject
    cue = c.cue
    confidence = (c.confidence * 100).rounded() / 100
    explanation = c.explanation
  }

  enum CodingKeys: String, CodingKey {
    case kind, claim, correction, subject, cue, confidence, explanation
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(claim, forKey: .claim)
    try c.encode(correction, forKey: .correction)
    try c.encode(subject, forKey: .subject)
    try c.encode(cue, forKey: .cue)  // null, not absent
    try c.encode(confidence, forKey: .confidence)
    try c.encode(explanation, forKey: .explanation)
  }
}
