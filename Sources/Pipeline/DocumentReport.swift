import DocumentModel
import Foundation

/// The document model as `fundstelle show` prints it: metadata, then sections with their
/// spans and text. Field names are part of the JSON contract; add, never rename.
public struct DocumentReport: Codable, Sendable, Equatable {
  public struct Source: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var bytes: Int
    public var format: String
    public var encoding: String
  }

  public struct SectionEntry: Codable, Sendable, Equatable {
    public var kind: String
    public var numbers: [Int]?
    public var heading: String?
    public var label: String?
    public var start: Int
    public var end: Int
    public var line: Int
    public var text: String
  }

  public struct PersonEntry: Codable, Sendable, Equatable {
    public var name: String
    public var party: String?
    public var role: String?
  }

  public struct AnsweredEntry: Codable, Sendable, Equatable {
    public var kind: String
    public var number: Int?
    public var date: String?
    public var drucksache: String?
  }

  public var key: String
  public var keyOrigin: String
  public var aliases: [String]
  public var kind: String
  public var body: String?
  public var wahlperiode: Int?
  public var number: String?
  public var version: String?
  public var title: String?
  public var date: String?
  public var dates: [String: String]
  public var originators: [PersonEntry]
  public var issuer: String?
  public var answers: AnsweredEntry?
  public var source: Source
  public var sections: [SectionEntry]

  public init(_ document: Document) {
    let text = document.text
    key = document.key.rawValue
    keyOrigin = document.keyOrigin.rawValue
    aliases = document.aliases.map(\.rawValue)
    kind = document.kind.rawValue
    body = document.body?.rawValue
    wahlperiode = document.wahlperiode
    number = document.number
    version = document.version
    title = document.title
    date = document.dates.effective?.iso
    var dates: [String: String] = [:]
    dates["header"] = document.dates.header?.iso
    dates["original"] = document.dates.original?.iso
    dates["issued"] = document.dates.issued?.iso
    dates["letter"] = document.dates.letter?.iso
    dates["other"] = document.dates.other?.iso
    self.dates = dates
    originators = document.originators.map {
      PersonEntry(name: $0.name, party: $0.party, role: $0.role)
    }
    issuer = document.issuer
    answers = document.answers.map {
      AnsweredEntry(
        kind: $0.kind.rawValue, number: $0.number, date: $0.date?.iso,
        drucksache: $0.drucksache?.rawValue)
    }
    source = Source(
      path: document.source.path, sha256: document.source.sha256,
      bytes: document.source.byteCount, format: document.source.format.rawValue,
      encoding: document.source.encoding)
    sections = document.sections.map { section in
      SectionEntry(
        kind: section.kind.rawValue, numbers: section.numbers.isEmpty ? nil : section.numbers,
        heading: section.heading, label: section.label, start: section.span.start,
        end: section.span.end, line: text.line(ofOriginalOffset: section.span.start),
        text: String(text.substring(section.textRange)))
    }
  }

  /// Pretty, key-sorted JSON: stable enough to commit as an expected fixture.
  public func json() -> String {
    ReportJSON.string(self, fallback: "{}") + "\n"
  }

  /// Several reports as one pretty JSON array.
  public static func jsonArray(_ reports: [DocumentReport]) -> String {
    ReportJSON.string(reports, fallback: "[]") + "\n"
  }

  /// A reading of the model for a terminal.
  public func text() -> String {
    var out = "\(key)  (\(kind), key \(keyOrigin))\n"
    if let title { out += "  title:      \(title)\n" }
    if let body { out += "  parliament: \(body)" + (wahlperiode.map { ", WP \($0)" } ?? "") + "\n" }
    if let number { out += "  number:     \(number)" + (version.map { " (\($0))" } ?? "") + "\n" }
    for (name, value) in dates.sorted(by: { $0.key < $1.key }) {
      out += "  date:       \(value) (\(name))\n"
    }
    for person in originators {
      let detail = [person.role, person.party].compactMap { $0 }.joined(separator: ", ")
      out += "  by:         \(person.name)" + (detail.isEmpty ? "" : " (\(detail))") + "\n"
    }
    if let issuer { out += "  issuer:     \(issuer)\n" }
    if let answers {
      var what = answers.kind
      if let n = answers.number { what += " \(n)" }
      if let d = answers.date { what += " of \(d)" }
      if let drs = answers.drucksache { what += " = \(drs)" }
      out += "  answers:    \(what)\n"
    }
    if !aliases.isEmpty { out += "  aliases:    \(aliases.joined(separator: ", "))\n" }
    out +=
      "  source:     \(source.path) (\(source.format), \(source.encoding), \(source.bytes) bytes)\n"
    out += "  sections:\n"
    for section in sections {
      var name = section.kind
      if let numbers = section.numbers {
        name += " " + numbers.map(String.init).joined(separator: "+")
      }
      let excerpt =
        section.text.count > 70 ? section.text.prefix(69) + "…" : Substring(section.text)
      out +=
        "    \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) line \(section.line), bytes \(section.start)..<\(section.end)  \(excerpt)\n"
    }
    return out
  }
}
