import DocumentModel
import GRDB

/// The `correction` table: corrections found between stored papers.
struct CorrectionTable {
  let db: Database

  /// Inserts each correction not stored yet (same kind, claim and correcting passage);
  /// returns those that were new, in order.
  func record(_ corrections: [Correction]) throws -> [Correction] {
    guard !corrections.isEmpty else { return [] }
    let statement = try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO correction (kind, claim_key, claim_text, claim_start, claim_end,
          correction_key, correction_text, correction_start, correction_end, subject, cue,
          confidence, explanation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var new: [Correction] = []
    for c in corrections {
      try statement.execute(arguments: [
        c.kind.rawValue, c.claim.document.rawValue, c.claim.text, c.claim.span.start,
        c.claim.span.end, c.correction.document.rawValue, c.correction.text,
        c.correction.span.start, c.correction.span.end, c.subject, c.cue, c.confidence,
        c.explanation,
      ])
      if db.changesCount > 0 { new.append(c) }
    }
    return new
  }

  /// Every stored correction, in the order found.
  func all() throws -> [Correction] {
    try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM correction ORDER BY id")).map(
      Self.decode)
  }

  /// The stored corrections of claims in the paper read as `claimKey`, in the order found.
  func corrections(claimKey: String) throws -> [Correction] {
    try Row.fetchAll(
      db.cachedStatement(sql: "SELECT * FROM correction WHERE claim_key = ? ORDER BY id"),
      arguments: [claimKey]
    ).map(Self.decode)
  }

  private static func decode(_ row: Row) throws -> Correction {
    let kindName: String = row["kind"]
    guard let kind = Correction.Kind(rawValue: kindName) else {
      throw CorruptRow(reason: "unknown correction kind \(kindName)")
    }
    return Correction(
      kind: kind,
      claim: try Self.passage(row, "claim"),
      correction: try Self.passage(row, "correction"),
      subject: row["subject"], cue: row["cue"], confidence: row["confidence"],
      explanation: row["explanation"])
  }

  private static func passage(_ row: Row, _ prefix: String) throws -> Passage {
    let start: Int = row["\(prefix)_start"]
    let end: Int = row["\(prefix)_end"]
    guard 0 <= start, start <= end else {
      throw CorruptRow(reason: "bad \(prefix) span \(start)..<\(end)")
    }
    return Passage(
      document: DocumentKey(row["\(prefix)_key"] as String), text: row["\(prefix)_text"],
      span: Span(start: start, end: end))
  }
}

extension PaperStore {
  /// Stores corrections in one transaction, skipping any already stored (same kind, claim
  /// paper and start, correcting paper and start), so linking twice records nothing twice.
  /// Returns the corrections that were new, in order.
  @discardableResult
  public func record(corrections: [Correction]) throws -> [Correction] {
    guard !corrections.isEmpty else { return [] }
    return try writing { db in try CorrectionTable(db: db).record(corrections) }
  }

  /// Every stored correction, in the order found.
  public func corrections() throws -> [Correction] {
    try reading { db in try CorrectionTable(db: db).all() }
  }

  /// The stored corrections of claims made in the paper read under `claimDocument` (the key
  /// a correction's `claim.document` holds), in the order found.
  public func corrections(claimDocument: DocumentKey) throws -> [Correction] {
    try reading { db in
      try CorrectionTable(db: db).corrections(claimKey: claimDocument.rawValue)
    }
  }
}

/// A stored row that does not decode; reported as the store's read error.
struct CorruptRow: Error, CustomStringConvertible {
  var reason: String
  var description: String { reason }
}
