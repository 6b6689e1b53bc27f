import DocumentModel
import Foundation

/// The reports of `fundstelle corrections`: JSON for machines, Markdown and one
/// self-contained HTML page for readers.
///
/// Every correction quotes the claim and the correcting statement, each with its paper key
/// and byte span in the original file, and gives the kind, the cue, a confidence and a
/// one-sentence explanation.
public enum CorrectionReport {
  /// The formats of the report.
  public enum Format: String, CaseIterable, Sendable {
    case json, markdown, html
  }

  /// `[{"kind", "claim": {"document", "text", "start", "end"}, "correction": {…}, "subject",
  /// "cue", "confidence", "explanation"}]`, pretty-printed with sorted keys; `cue` is `null`
  /// when no cue word signals the correction. No newline at the end.
  public static func json(_ corrections: [Correction]) -> String {
    render(corrections, as: .json, titles: [:])
  }

  /// A Markdown report: counts, then one section per correction with both passages quoted
  /// and cited (paper key, title, byte span).
  public static func markdown(_ corrections: [Correction], titles: [DocumentKey: String]) -> String
  {
    render(corrections, as: .markdown, titles: titles)
  }

  /// One self-contained HTML page (inline CSS, no scripts, no external resources): a header
  /// with counts and one card per correction with the two passages side by side.
  public static func html(_ corrections: [Correction], titles: [DocumentKey: String]) -> String {
    render(corrections, as: .html, titles: titles)
  }

  /// The report of corrections in memory, through the same writer as a streamed one.
  private static func render(
    _ corrections: [Correction], as format: Format, titles: [DocumentKey: String]
  ) -> String {
    var out = ""
    var writer = CorrectionReportWriter(
      format: format, tally: CorrectionTally(corrections), flush: { out += $0 })
    // Writing to memory, with titles from a dictionary, cannot fail.
    try? writer.start()
    for correction in corrections {
      try? writer.add(correction, title: { titles[$0] ?? titles[$0.unversioned] })
    }
    try? writer.finish()
    return out
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

  /// One correction as an element of the JSON array, indented as in the array.
  static func jsonElement(_ correction: Correction, encoder: JSONEncoder) -> String {
    ReportJSON.arrayElement(JSONEntry(correction), fallback: "{}", encoder: encoder)
  }
}

/// Writes a corrections report an entry at a time: the tally first, then each correction
/// as the store reads it, so a report of any size is written with flat memory. Text is
/// handed to `flush` in pieces of about `chunkBytes`.
public struct CorrectionReportWriter {
  public let format: CorrectionReport.Format
  private let tally: CorrectionTally
  private let chunkBytes: Int
  private let flush: (String) throws -> Void
  private var out = ""
  private var count = 0
  private let encoder = ReportJSON.encoder()

  public init(
    format: CorrectionReport.Format, tally: CorrectionTally, chunkBytes: Int = 1 << 16,
    flush: @escaping (String) throws -> Void
  ) {
    self.format = format
    self.tally = tally
    self.chunkBytes = max(1, chunkBytes)
    self.flush = flush
  }

  /// Writes the head of the report. Call once, before the first `add`.
  public mutating func start() throws {
    switch format {
    case .json: out += "[\n"
    case .markdown: out += ReportMarkdown.head(tally)
    case .html: out += ReportHTML.head(tally)
    }
    try handOn(all: false)
  }

  /// Writes one correction; `title` gives the title of the paper a key names, for the
  /// citation lines of Markdown and HTML.
  public mutating func add(_ correction: Correction, title: (DocumentKey) throws -> String?)
    throws
  {
    count += 1
    switch format {
    case .json:
      if count > 1 { out += ",\n" }
      out += CorrectionReport.jsonElement(correction, encoder: encoder)
    case .markdown:
      out += try ReportMarkdown.entry(correction, number: count, title: title)
    case .html:
      out += try ReportHTML.card(correction, number: count, title: title)
    }
    try handOn(all: false)
  }

  /// Writes the end of the report and hands on what is left.
  public mutating func finish() throws {
    switch format {
    case .json: out += "\n]"
    case .markdown: break
    case .html: out += ReportHTML.foot
    }
    try handOn(all: true)
  }

  private mutating func handOn(all: Bool) throws {
    guard !out.isEmpty, all || out.utf8.count >= chunkBytes else { return }
    try flush(out)
    out = ""
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
