import DocumentModel
import Foundation

/// The report of `fundstelle diff OLD NEW`: the two papers' keys and what changed.
///
/// JSON: `{"old", "new", "changes": [{"kind", "old", "new", "context", "oldStart", "oldEnd",
/// "newStart", "newEnd"}]}`; the offsets are UTF-8 byte offsets into the original files and
/// are left out where a side has none (an addition has no old place).
public struct DiffReport: Codable, Sendable, Equatable {
  public struct Entry: Codable, Sendable, Equatable {
    public var kind: String
    public var old: String
    public var new: String
    public var context: String
    public var oldStart: Int?
    public var oldEnd: Int?
    public var newStart: Int?
    public var newEnd: Int?

    public init(_ change: Change) {
      kind = change.kind.rawValue
      old = change.old
      new = change.new
      context = change.context
      oldStart = change.oldSpan?.start
      oldEnd = change.oldSpan?.end
      newStart = change.newSpan?.start
      newEnd = change.newSpan?.end
    }
  }

  public var old: String
  public var new: String
  public var changes: [Entry]

  public init(old: DocumentKey, new: DocumentKey, changes: [Change]) {
    self.old = old.rawValue
    self.new = new.rawValue
    self.changes = changes.map(Entry.init)
  }

  /// Diffs two versions and reports under their keys.
  public init(old: Document, new: Document) {
    self.init(old: old.key, new: new.key, changes: VersionDiff().changes(old: old, new: new))
  }

  /// Pretty-printed JSON with sorted keys.
  public func json() -> String {
    ReportJSON.string(self, fallback: "{}")
  }

  /// A plain-text rendering, one block per change:
  ///
  ///     nw/drs/17/3125 → nw/drs/17/3125@neudruck: 3 changes
  ///
  ///     number  „1.028“ → „1.082“  (old bytes 600..605, new bytes 579..584)
  ///             … werden in Nordrhein-Westfalen 1.082 Fachkräfte …
  public func text() -> String {
    var out = "\(old) → \(new): "
    switch changes.count {
    case 0: out += "no changes (layout differences are not changes)\n"
    case 1: out += "1 change\n"
    default: out += "\(changes.count) changes\n"
    }
    for c in changes {
      let label = c.kind.padding(toLength: 9, withPad: " ", startingAt: 0)
      out += "\n\(label)"
      switch c.kind {
      case "added": out += "+ „\(c.new)“"
      case "removed": out += "− „\(c.old)“"
      case "move": out += "moved: „\(Self.excerpt(c.new, 160))“"
      default: out += "„\(c.old)“ → „\(c.new)“"
      }
      var places: [String] = []
      if let s = c.oldStart, let e = c.oldEnd { places.append("old bytes \(s)..\(e)") }
      if let s = c.newStart, let e = c.newEnd { places.append("new bytes \(s)..\(e)") }
      if !places.isEmpty { out += "  (" + places.joined(separator: ", ") + ")" }
      out += "\n"
      if c.kind != "added", c.kind != "removed", c.kind != "move" {
        out += String(repeating: " ", count: 9) + Self.excerpt(c.context, 200) + "\n"
      }
    }
    return out
  }

  static func excerpt(_ s: String, _ limit: Int) -> String {
    s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
  }
}
