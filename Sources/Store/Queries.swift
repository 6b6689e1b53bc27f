import DocumentModel
import Foundation
import GRDB

/// The read side, inside the caller's read transaction. Statuses are computed here, never
/// stored: a target is resolved when its key (through `alias`) is a row of `paper`.
struct Queries {
  let db: Database

  /// The stored paper a key names, or nil.
  func storedKey(for key: DocumentKey) throws -> String? {
    let identity = Identity(db: db)
    let name = key.unversioned.rawValue
    if try identity.isStored(name) { return name }
    let resolved = try identity.resolve(name)
    return try resolved != name && identity.isStored(resolved) ? resolved : nil
  }

  func paper(_ key: DocumentKey) throws -> PaperRecord? {
    guard let stored = try storedKey(for: key),
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT * FROM paper WHERE key = ?"), arguments: [stored])
    else { return nil }
    let versions = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM version WHERE paper_key = ? ORDER BY id"),
      arguments: [stored]
    ).map(decodeVersion)
    let currentID: Int64 = row["current_version"]
    let currentSHA = try String.fetchOne(
      db.cachedStatement(sql: "SELECT sha256 FROM version WHERE id = ?"), arguments: [currentID])
    let aliases = try String.fetchAll(
      db.cachedStatement(sql: "SELECT alias FROM alias WHERE key = ? ORDER BY alias"),
      arguments: [stored])
    let sections = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM section WHERE version_id = ? ORDER BY ordinal"),
      arguments: [currentID]
    ).map(decodeSection)
    return PaperRecord(
      key: DocumentKey(stored), kind: row["kind"], title: row["title"], body: row["body"],
      wahlperiode: row["wahlperiode"], number: row["number"], date: row["date"],
      keyOrigin: try decode(KeyOrigin.self, row["key_origin"]),
      currentSHA256: currentSHA ?? "", versions: versions,
      aliases: aliases.map { DocumentKey($0) }, sections: sections)
  }

  func citations(from key: DocumentKey) throws -> [Citation] {
    guard let stored = try storedKey(for: key) else { return [] }
    let versionID: Int64?
    if key.version != nil {
      versionID = try Int64.fetchOne(
        db.cachedStatement(
          sql: "SELECT id FROM version WHERE paper_key = ? AND versioned_key = ?"),
        arguments: [stored, key.rawValue])
    } else {
      versionID = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT current_version FROM paper WHERE key = ?"),
        arguments: [stored])
    }
    guard let versionID else { return [] }
    return try citations(versionID: versionID, paperKey: stored)
  }

  func citations(inVersion sha256: String) throws -> [Citation] {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT id, paper_key FROM version WHERE sha256 = ?"),
        arguments: [sha256])
    else { return [] }
    return try citations(versionID: row["id"], paperKey: row["paper_key"])
  }

  private func citations(versionID: Int64, paperKey stored: String) throws -> [Citation] {
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT r.*, COALESCE(a.key, r.target_key) AS resolved,
            EXISTS (SELECT 1 FROM paper p WHERE p.key = COALESCE(a.key, r.target_key)) AS bound
          FROM reference r LEFT JOIN alias a ON a.alias = r.target_key
          WHERE r.version_id = ? ORDER BY r.ordinal
          """), arguments: [versionID])
    return try rows.map { row in
      let reference = try decodeReference(row)
      if reference.kind == .internal {
        // The fragment stays; the paper part follows the paper through merges.
        let raw = reference.target.rawValue
        let fragment = raw.firstIndex(of: "#").map { String(raw[$0...]) } ?? ""
        return Citation(
          reference: reference, resolvedTarget: DocumentKey(stored + fragment), status: .resolved)
      }
      let bound: Bool = row["bound"]
      return Citation(
        reference: reference, resolvedTarget: DocumentKey(row["resolved"] as String),
        status: bound ? .resolved : .dangling)
    }
  }

  func citations(to key: DocumentKey) throws -> [IncomingCitation] {
    let identity = Identity(db: db)
    let target = try identity.resolve(key.unversioned.rawValue)
    let status: ResolutionStatus = try identity.isStored(target) ? .resolved : .dangling
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT v.paper_key AS citing, r.*
          FROM reference r
          JOIN version v ON v.id = r.version_id
          JOIN paper p ON p.key = v.paper_key AND p.current_version = r.version_id
          WHERE r.target_key IN (SELECT ?1 UNION ALL SELECT alias FROM alias WHERE key = ?1)
            AND r.kind <> 'internal'
          ORDER BY v.paper_key, r.ordinal
          """), arguments: [target])
    return try rows.map { row in
      IncomingCitation(
        citing: DocumentKey(row["citing"] as String),
        citation: Citation(
          reference: try decodeReference(row), resolvedTarget: DocumentKey(target),
          status: status))
    }
  }

  /// Edges aggregated by SQL over current versions; nodes are the stored papers plus every
  /// edge target that is not stored.
  /// Hands the citation graph to `sink` as cursors read it: nodes in key order, then edges
  /// in (source, target, relation) order. SQLite sorts (spilling to temporary files when it
  /// must), so memory stays flat however large the store.
  func graph(into sink: inout some GraphSink) throws {
    let nodeRows = try Row.fetchCursor(db.makeStatement(sql: Self.nodeSQL))
    while let row = try nodeRows.next() {
      let key = DocumentKey(row["key"] as String)
      if row["stored"] as Bool {
        try SinkFailure.passing {
          try sink.node(
            CitationGraph.Node(
              id: key, kind: row["kind"], title: row["title"], status: .stored,
              date: row["date"], body: row["body"], wahlperiode: row["wahlperiode"]))
        }
      } else {
        try SinkFailure.passing {
          try sink.node(
            CitationGraph.Node(
              id: key, kind: NodeKind.of(key), status: .dangling, body: Self.body(of: key),
              wahlperiode: key.wahlperiode))
        }
      }
    }
    let edgeRows = try Row.fetchCursor(
      db.makeStatement(sql: Self.edgeSQL + "\nORDER BY src, dst, rel"))
    while let row = try edgeRows.next() {
      try SinkFailure.passing {
        try sink.edge(
          CitationGraph.Edge(
            source: DocumentKey(row["src"] as String), target: DocumentKey(row["dst"] as String),
            relation: row["rel"], count: row["n"]))
      }
    }
  }

  /// Stored papers, and the edge targets not stored (dangling), in key order.
  static let nodeSQL = """
    SELECT key, kind, title, date, body, wahlperiode, 1 AS stored FROM paper
    UNION ALL
    SELECT dst, NULL, NULL, NULL, NULL, NULL, 0 FROM (
      SELECT DISTINCT COALESCE(a.key, r.target_key) AS dst
      FROM paper p
      JOIN reference r ON r.version_id = p.current_version
      LEFT JOIN alias a ON a.alias = r.target_key
      WHERE r.kind <> 'internal' AND COALESCE(a.key, r.target_key) <> p.key)
    WHERE dst NOT IN (SELECT key FROM paper)
    ORDER BY 1
    """

  /// One row per (source, target, relation) of current versions, internal references and
  /// self-references left out.
  static let edgeSQL = """
    SELECT p.key AS src, COALESCE(a.key, r.target_key) AS dst, r.relation AS rel, COUNT(*) AS n
    FROM paper p
    JOIN reference r ON r.version_id = p.current_version
    LEFT JOIN alias a ON a.alias = r.target_key
    WHERE r.kind <> 'internal' AND COALESCE(a.key, r.target_key) <> p.key
    GROUP BY src, dst, rel
    """

  func statistics() throws -> StoreStatistics {
    func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT COUNT(*) AS total,
          COALESCE(SUM(internal), 0) AS internal,
          COALESCE(SUM(NOT internal AND NOT bound), 0) AS dangling,
          COUNT(DISTINCT CASE WHEN NOT internal AND NOT bound THEN resolved END) AS targets
        FROM (
          SELECT r.kind = 'internal' AS internal, COALESCE(a.key, r.target_key) AS resolved,
            EXISTS (SELECT 1 FROM paper q WHERE q.key = COALESCE(a.key, r.target_key)) AS bound
          FROM paper p
          JOIN reference r ON r.version_id = p.current_version
          LEFT JOIN alias a ON a.alias = r.target_key
        )
        """)
    return StoreStatistics(
      papers: try count("SELECT COUNT(*) FROM paper"),
      versions: try count("SELECT COUNT(*) FROM version"),
      aliases: try count("SELECT COUNT(*) FROM alias"),
      references: row?["total"] ?? 0,
      internalReferences: row?["internal"] ?? 0,
      danglingReferences: row?["dangling"] ?? 0,
      danglingTargets: row?["targets"] ?? 0,
      edges: try count("SELECT COUNT(*) FROM (\(Self.edgeSQL))"))
  }

  // MARK: Decoding rows the store wrote

  private static func body(of key: DocumentKey) -> String? {
    if let body = key.body { return body.rawValue }
    // law/<body>/…
    let components = key.components
    if components.first == "law", components.count > 1,
      let body = Parliament(rawValue: String(components[1]))
    {
      return body.rawValue
    }
    return nil
  }

  private func decode<T: RawRepresentable>(_ type: T.Type, _ raw: String?) throws -> T
  where T.RawValue == String {
    guard let raw, let value = T(rawValue: raw) else {
      throw StoreCorruption(
        description: "unknown \(T.self) value \(raw.map { "\"\($0)\"" } ?? "NULL") in the store")
    }
    return value
  }

  private func span(_ start: Int, _ end: Int) throws -> Span {
    guard 0 <= start, start <= end else {
      throw StoreCorruption(description: "invalid span \(start)..<\(end) in the store")
    }
    return Span(start: start, end: end)
  }

  private func decodeReference(_ row: Row) throws -> Reference {
    let aliases: String? = row["aliases"]
    return Reference(
      kind: try decode(ReferenceKind.self, row["kind"]),
      target: DocumentKey(row["target"] as String),
      aliases: aliases.map { $0.split(separator: "\n").map { DocumentKey(String($0)) } } ?? [],
      text: row["text"], span: try span(row["start"], row["end"]), line: row["line"],
      relation: try decode(Relation.self, row["relation"]), pinCite: row["pin_cite"])
  }

  private func decodeVersion(_ row: Row) throws -> VersionRecord {
    VersionRecord(
      sha256: row["sha256"], key: DocumentKey(row["versioned_key"] as String), label: row["label"],
      keyOrigin: try decode(KeyOrigin.self, row["key_origin"]), path: row["path"],
      byteCount: row["byte_count"], encoding: row["encoding"], format: row["format"],
      ingestedAt: row["ingested_at"])
  }

  private func decodeSection(_ row: Row) throws -> Section {
    let numbers: String = row["numbers"]
    let textStart: Int = row["text_start"]
    let textEnd: Int = row["text_end"]
    guard textStart <= textEnd else {
      throw StoreCorruption(description: "invalid section range in the store")
    }
    return Section(
      kind: try decode(Section.Kind.self, row["kind"]),
      numbers: numbers.split(separator: ",").compactMap { Int($0) }, heading: row["heading"],
      label: row["label"], span: try span(row["start"], row["end"]),
      textRange: textStart..<textEnd)
  }
}

/// A row the store cannot have written; reported with the store's path by `PaperStore`.
struct StoreCorruption: Error, CustomStringConvertible {
  var description: String
}
