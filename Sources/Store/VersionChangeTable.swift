import DocumentModel
import GRDB

/// The changes between two stored versions of one paper.
public struct VersionChanges: Sendable, Equatable {
  /// The paper's canonical key when the diff was made.
  public var paper: DocumentKey
  /// `version.sha256` of the older and the newer side.
  public var oldSHA256: String
  public var newSHA256: String
  /// In the order the diff gave them.
  public var changes: [Change]

  public init(paper: DocumentKey, oldSHA256: String, newSHA256: String, changes: [Change]) {
    self.paper = paper
    self.oldSHA256 = oldSHA256
    self.newSHA256 = newSHA256
    self.changes = changes
  }
}

/// The `version_change` table.
struct VersionChangeTable {
  let db: Database

  /// Replaces the changes stored for this pair of versions.
  func record(_ changes: [Change], paper: String, old: String, new: String) throws {
    try db.cachedStatement(
      sql: "DELETE FROM version_change WHERE old_sha256 = ? AND new_sha256 = ?"
    ).execute(arguments: [old, new])
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO version_change (paper_key, old_sha256, new_sha256, ordinal, kind, old, new,
          context, old_start, old_end, new_start, new_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, change) in changes.enumerated() {
      try statement.execute(arguments: [
        paper, old, new, ordinal, change.kind.rawValue, change.old, change.new, change.context,
        change.oldSpan?.start, change.oldSpan?.end, change.newSpan?.start, change.newSpan?.end,
      ])
    }
  }

  /// Every diff stored for the paper, oldest first.
  func changes(paper: String) throws -> [VersionChanges] {
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM version_change WHERE paper_key = ? ORDER BY id"),
      arguments: [paper])
    var result: [VersionChanges] = []
    for row in rows {
      let old: String = row["old_sha256"]
      let new: String = row["new_sha256"]
      let kindName: String = row["kind"]
      guard let kind = Change.Kind(rawValue: kindName) else {
        throw CorruptRow(reason: "unknown change kind \(kindName)")
      }
      let change = Change(
        kind: kind, old: row["old"], new: row["new"], context: row["context"],
        oldSpan: try Self.span(row["old_start"], row["old_end"]),
        newSpan: try Self.span(row["new_start"], row["new_end"]))
      if let last = result.last, last.oldSHA256 == old, last.newSHA256 == new {
        result[result.count - 1].changes.append(change)
      } else {
        result.append(
          VersionChanges(
            paper: DocumentKey(paper), oldSHA256: old, newSHA256: new, changes: [change]))
      }
    }
    return result
  }

  private static func span(_ start: Int?, _ end: Int?) throws -> Span? {
    guard let start, let end else { return nil }
    guard 0 <= start, start <= end else {
      throw CorruptRow(reason: "bad change span \(start)..<\(end)")
    }
    return Span(start: start, end: end)
  }
}

extension PaperStore {
  /// Stores what changed from version `old` to version `new` (`version.sha256` values) of
  /// the paper `paper`, replacing what was stored for the same pair.
  public func record(changes: [Change], paper: DocumentKey, old: String, new: String) throws {
    try writing { db in
      let stored = try Queries(db: db).storedKey(for: paper) ?? paper.unversioned.rawValue
      try VersionChangeTable(db: db).record(changes, paper: stored, old: old, new: new)
    }
  }

  /// The diffs stored for the paper a key names (through aliases), oldest first; a pair of
  /// versions without changes is not listed.
  public func changes(for key: DocumentKey) throws -> [VersionChanges] {
    try reading { db in
      let stored = try Queries(db: db).storedKey(for: key) ?? key.unversioned.rawValue
      return try VersionChangeTable(db: db).changes(paper: stored)
    }
  }
}
