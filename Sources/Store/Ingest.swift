import DocumentModel
import Foundation
import GRDB

/// Writes one paper inside the caller's transaction.
struct IngestWriter {
  let db: Database
  let now: Date

  /// Stores the paper, and notes a new version as not linked yet (`unlinked`).
  func ingest(_ paper: StoredPaper) throws -> IngestOutcome {
    let outcome = try store(paper)
    let previous: String?
    switch outcome {
    case .duplicate: return outcome
    case .inserted: previous = nil
    case .newVersion(_, let previousSHA256): previous = previousSHA256
    }
    try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO unlinked (sha256, paper_key, previous_sha256) VALUES (?, ?, ?)"
    ).execute(arguments: [paper.document.source.contentID, outcome.key.rawValue, previous])
    return outcome
  }

  private func store(_ paper: StoredPaper) throws -> IngestOutcome {
    let document = paper.document
    let identity = Identity(db: db)
    if let content = paper.content {
      // Before the duplicate check: a store from before v2 gets the bytes on re-ingest.
      try ContentTable(db: db).insert(content, sha256: document.source.sha256)
    }
    if let known = try String.fetchOne(
      db.cachedStatement(sql: "SELECT paper_key FROM version WHERE sha256 = ?"),
      arguments: [document.source.contentID])
    {
      return .duplicate(DocumentKey(known))
    }

    // Where the paper goes: its own key, unless a derived identity is already known as an
    // alias of a stored paper (the printed answer arrived before the derived one).
    let ownKey = document.key.unversioned.rawValue
    var key = ownKey
    if document.keyOrigin != .printed {
      let resolved = try identity.resolve(ownKey)
      if resolved != ownKey, try identity.isStored(resolved) { key = resolved }
    }
    let isNewPaper = try !identity.isStored(key)
    // A name becoming a stored paper's key stops being an alias; re-join its group below.
    let formerAlias = isNewPaper ? try identity.takeAlias(key) : nil

    let versionID = try insertVersion(of: document, paperKey: key)
    if isNewPaper {
      // With its metadata and origin at once: the alias rules below rank it by its origin.
      try db.cachedStatement(
        sql: """
          INSERT INTO paper (key, kind, title, body, wahlperiode, number, date, key_origin,
            current_version)
          SELECT paper_key, kind, title, body, wahlperiode, number, date, key_origin, id
          FROM version WHERE id = ?
          """
      ).execute(arguments: [versionID])
    }
    // Whether a union moved stored papers' versions around.
    var merged = false
    if let formerAlias {
      merged = try identity.union(key, formerAlias.key, source: formerAlias.source) || merged
    }
    for alias in document.aliases {
      merged = try identity.union(key, alias.unversioned.rawValue, source: "document") || merged
    }

    let references = paper.allReferences
    try insertReferences(
      references, correcting: paper.correctingReferences, versionID: versionID)
    for reference in references where reference.kind != .internal {
      for alias in reference.aliases {
        merged =
          try identity.union(
            reference.target.unversioned.rawValue, alias.unversioned.rawValue,
            source: "reference") || merged
      }
    }
    try insertSections(document.sections, versionID: versionID)

    if isNewPaper && !merged { return .inserted(DocumentKey(key)) }
    // The paper may have been merged into another stored paper by its aliases.
    let finalKey = try identity.isStored(key) ? key : identity.resolve(key)
    try identity.chooseCurrentVersion(of: finalKey)
    let previous = try String.fetchOne(
      db.cachedStatement(
        sql: "SELECT sha256 FROM version WHERE paper_key = ? AND id <> ? ORDER BY id DESC LIMIT 1"),
      arguments: [finalKey, versionID])
    if let previous {
      return .newVersion(DocumentKey(finalKey), previousSHA256: previous)
    }
    return .inserted(DocumentKey(finalKey))
  }

  private func insertVersion(of document: Document, paperKey: String) throws -> Int64 {
    let source = document.source
    let kind =
      document.kind == .unknown ? NodeKind.of(document.key) : document.kind.rawValue
    try db.cachedStatement(
      sql: """
        INSERT INTO version (sha256, paper_key, versioned_key, label, key_origin, kind, title,
          body, wahlperiode, number, date, path, byte_count, encoding, format, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute { row in
      row.bind(source.contentID)
      row.bind(paperKey)
      row.bind(document.key.rawValue)
      row.bind(document.versionLabel)
      row.bind(document.keyOrigin.rawValue)
      row.bind(kind)
      row.bind(document.title)
      row.bind(document.body?.rawValue ?? document.key.body?.rawValue)
      row.bind(document.wahlperiode ?? document.key.wahlperiode)
      row.bind(document.number)
      row.bind(document.dates.effective?.iso)
      row.bind(source.path)
      row.bind(source.byteCount)
      row.bind(source.encoding)
      row.bind(source.format.rawValue)
      row.bind(now.databaseValue)
    }
    return db.lastInsertedRowID
  }

  /// `correcting` are indexes into `references` (extracted references come first in
  /// `allReferences`, so the indexes hold).
  private func insertReferences(
    _ references: [Reference], correcting: Set<Int>, versionID: Int64
  ) throws {
    guard !references.isEmpty else { return }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO reference (version_id, ordinal, kind, target, target_key, relation, text,
          start, "end", line, pin_cite, aliases, correcting)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, reference) in references.enumerated() {
      let aliases =
        reference.aliases.isEmpty
        ? nil : reference.aliases.map(\.rawValue).joined(separator: "\n")
      try statement.execute { row in
        row.bind(versionID)
        row.bind(ordinal)
        row.bind(reference.kind.rawValue)
        row.bind(reference.target.rawValue)
        row.bind(reference.target.unversioned.rawValue)
        row.bind(reference.relation.rawValue)
        row.bind(reference.text)
        row.bind(reference.span.start)
        row.bind(reference.span.end)
        row.bind(reference.line)
        row.bind(reference.pinCite)
        row.bind(aliases)
        row.bind(correcting.contains(ordinal))
      }
    }
  }

  private func insertSections(_ sections: [Section], versionID: Int64) throws {
    guard !sections.isEmpty else { return }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO section (version_id, ordinal, kind, numbers, heading, label, start, "end",
          text_start, text_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, section) in sections.enumerated() {
      try statement.execute { row in
        row.bind(versionID)
        row.bind(ordinal)
        row.bind(section.kind.rawValue)
        row.bind(section.numbers.map(String.init).joined(separator: ","))
        row.bind(section.heading)
        row.bind(section.label)
        row.bind(section.span.start)
        row.bind(section.span.end)
        row.bind(section.textRange.lowerBound)
        row.bind(section.textRange.upperBound)
      }
    }
  }
}
