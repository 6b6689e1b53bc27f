import ArgumentParser
import DocumentModel
import Foundation
import Store

/// `fundstelle show KEY`: a stored paper with the references it makes and receives.
enum StoredPaperView {
  struct Entry: Codable {
    var target: String
    var kind: String
    var relation: String
    var status: String
    var text: String
    var line: Int
  }

  struct Incoming: Codable {
    var source: String
    var relation: String
    var text: String
  }

  struct View: Codable {
    var key: String
    var kind: String
    var title: String?
    var body: String?
    var wahlperiode: Int?
    var number: String?
    var date: String?
    var keyOrigin: String
    var aliases: [String]
    var versions: [[String: String]]
    var referencesOut: [Entry]
    var referencesIn: [Incoming]
  }

  static func show(key: DocumentKey, storePath: String, format: PaperFormat) throws {
    guard FileManager.default.fileExists(atPath: storePath) else {
      throw ValidationError(
        "\(key) is neither a file nor a stored paper: there is no store at \(storePath)")
    }
    let store = try PaperStore(path: storePath)
    guard let paper = try store.paper(key) else {
      throw ValidationError("\(key) is neither a file nor a paper in the store \(storePath)")
    }
    let out = try store.citations(from: paper.key).map { c in
      Entry(
        target: c.resolvedTarget.rawValue, kind: c.reference.kind.rawValue,
        relation: c.reference.relation.rawValue, status: c.status.rawValue,
        text: c.reference.text, line: c.reference.line)
    }
    let incoming = try store.citations(to: paper.key).map { i in
      Incoming(
        source: i.citing.rawValue, relation: i.citation.reference.relation.rawValue,
        text: i.citation.reference.text)
    }
    let view = View(
      key: paper.key.rawValue, kind: paper.kind, title: paper.title, body: paper.body,
      wahlperiode: paper.wahlperiode, number: paper.number, date: paper.date,
      keyOrigin: paper.keyOrigin.rawValue, aliases: paper.aliases.map(\.rawValue),
      versions: paper.versions.map { v in
        var entry = ["sha256": v.sha256, "path": v.path, "key": v.key.rawValue]
        entry["label"] = v.label
        return entry
      },
      referencesOut: out, referencesIn: incoming)
    switch format {
    case .json:
      print(ReportJSON.string(view, fallback: "{}"))
    case .text:
      print(text(view))
    }
  }

  static func text(_ view: View) -> String {
    var out = "\(view.key)  (\(view.kind))\n"
    if let title = view.title { out += "  title:    \(title)\n" }
    if let date = view.date { out += "  date:     \(date)\n" }
    if !view.aliases.isEmpty { out += "  aliases:  \(view.aliases.joined(separator: ", "))\n" }
    for version in view.versions {
      out += "  version:  \(version["label"] ?? "original")  \(version["path"] ?? "")\n"
    }
    out += "  references out (\(view.referencesOut.count)):\n"
    for e in view.referencesOut {
      out +=
        "    \(e.relation.padding(toLength: 13, withPad: " ", startingAt: 0)) \(e.target.padding(toLength: 34, withPad: " ", startingAt: 0)) \(e.status.padding(toLength: 9, withPad: " ", startingAt: 0)) line \(e.line): \(e.text)\n"
    }
    out += "  references in (\(view.referencesIn.count)):\n"
    for i in view.referencesIn {
      out +=
        "    \(i.relation.padding(toLength: 13, withPad: " ", startingAt: 0)) \(i.source)  \(i.text)\n"
    }
    return out
  }
}
