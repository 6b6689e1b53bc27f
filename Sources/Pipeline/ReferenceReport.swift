import DocumentModel
import Foundation

/// The references of one paper as `fundstelle refs` prints them (DESIGN.md's contract).
public struct ReferenceReport: Codable, Sendable, Equatable {
  public struct DocumentEntry: Codable, Sendable, Equatable {
    public var key: String
    public var kind: String
    public var title: String?
    public var body: String?
    public var wahlperiode: Int?
    public var date: String?
  }

  public struct ReferenceEntry: Codable, Sendable, Equatable {
    public var kind: String
    public var target: String
    public var text: String
    public var start: Int
    public var end: Int
    public var line: Int
    public var relation: String
    public var status: String
    public var aliases: [String]?
    public var pinCite: String?
  }

  public var document: DocumentEntry
  public var references: [ReferenceEntry]

  public init(document: Document, citations: [Citation]) {
    self.document = DocumentEntry(
      key: document.key.rawValue, kind: document.kind.rawValue, title: document.title,
      body: document.body?.rawValue, wahlperiode: document.wahlperiode,
      date: document.dates.effective?.iso)
    references = citations.map { citation in
      let r = citation.reference
      return ReferenceEntry(
        kind: r.kind.rawValue, target: citation.resolvedTarget.rawValue, text: r.text,
        start: r.span.start, end: r.span.end, line: r.line, relation: r.relation.rawValue,
        status: citation.status.rawValue,
        aliases: r.aliases.isEmpty ? nil : r.aliases.map(\.rawValue),
        pinCite: r.pinCite)
    }
  }

  public func json() -> String {
    ReportJSON.string(self, fallback: "{}") + "\n"
  }

  /// Several reports as one pretty JSON array.
  public static func jsonArray(_ reports: [ReferenceReport]) -> String {
    ReportJSON.string(reports, fallback: "[]") + "\n"
  }

  /// One line per reference: line, kind, target, relation, status and the surface text.
  public func text() -> String {
    var out = "\(document.key) (\(document.kind)): \(references.count) references\n"
    for r in references {
      let where_ = "\(r.line):\(r.start)-\(r.end)"
      out += "  \(where_.padding(toLength: 16, withPad: " ", startingAt: 0)) "
      out += "\(r.relation.padding(toLength: 13, withPad: " ", startingAt: 0)) "
      out += "\(r.target.padding(toLength: 34, withPad: " ", startingAt: 0)) "
      out += "\(r.status.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.text)\n"
    }
    return out
  }
}
