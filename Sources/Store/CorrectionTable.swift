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
      try statement.execute { row in
        row.bind(c.kind.rawValue)
        row.bind(c.claim.document.rawValue)
        row.bind(c.claim.text)
        row.bind(c.claim.span.start)
        row.bind(c.claim.span.end)
        row.bind(c.correction.document.rawValue)
        row.bind(c.correction.text)
        row.bind(c.correction.span.start)
        row.bind(c.correction.span.end)
        row.bind(c.subject)
        row.bind(c.cue)
        row.bind(c.confidence)
        row.bind(c.explanation)
      }
      if db.changesCount > 0 { new.append(c) }
    }
    return new
  }

  /// Every stored correction, in the order found.
  func all() throws -> [Correction] {
    try decode(db.cachedStatement(sql: "SELECT \(Self.columns) FROM correction ORDER BY id"))
  }

  /// Every stored correction in the order found, one at a time from a cursor.
  func eachCorrection(_ body: (Correction) throws -> Void) throws {
    let statement = try db.cachedStatement(
      sql: "SELECT \(Self.columns) FROM correction ORDER BY id")
    try each(statement) { correction in try SinkFailure.passing { try body(correction) } }
  }

  /// How many corrections, between how many papers, of which kinds.
  func tally() throws -> CorrectionTally {
    var byKind: [Correction.Kind: Int] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(sql: "SELECT kind, COUNT(*) FROM correction GROUP BY kind"))
    while let row = try rows.next() {
      let name: String = row[0]
      guard let kind = Correction.Kind(rawValue: name) else {
        throw CorruptRow(reason: "unknown correction kind \(name)")
      }
      byKind[kind] = row[1]
    }
    let papers =
      try Int.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT COUNT(*) FROM (
              SELECT claim_key FROM correction UNION SELECT correction_key FROM correction)
            """)) ?? 0
    return CorrectionTally(total: byKind.values.reduce(0, +), papers: papers, byKind: byKind)
  }

  /// The stored corrections of claims in the paper read as `claimKey`, in the order found.
  func corrections(claimKey: String) throws -> [Correction] {
    try decode(
      db.cachedStatement(
        sql: "SELECT \(Self.columns) FROM correction WHERE claim_key = ? ORDER BY id"),
      arguments: [claimKey])
  }

  /// The columns `decode` reads, by position (cheaper than by name, row after row).
  private static let columns = """
    kind, claim_key, claim_text, claim_start, claim_end, correction_key, correction_text,
      correction_start, correction_end, subject, cue, confidence, explanation
    """

  private func decode(_ statement: Statement, arguments: StatementArguments? = nil) throws
    -> [Correction]
  {
    var corrections: [Correction] = []
    try each(statement, arguments: arguments) { corrections.append($0) }
    return corrections
  }

  /// The corrections a statement of `columns` gives, one at a time from a cursor.
  private func each(
    _ statement: Statement, arguments: StatementArguments? = nil,
    _ body: (Correction) throws -> Void
  ) throws {
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    while let row = try rows.next() { try body(try Self.correction(row)) }
  }

  /// The correction in a row of `columns`.
  private static func correction(_ row: Row) throws -> Correction {
    let kindName: String = row[0]
    guard let kind = Correction.Kind(rawValue: kindName) else {
      throw CorruptRow(reason: "unknown correction kind \(kindName)")
    }
    return Correction(
      kind: kind,
      claim: try passage(row, at: 1, "claim"),
      correction: try passage(row, at: 5, "correction"),
      subject: row[9], cue: row[10], confidence: row[11], explanation: row[12])
  }

  /// The passage in the four columns key, text, start, end from `index` on.
  private static func passage(_ row: Row, at index: Int, _ name: String) throws -> Passage {
    let start: Int = row[index + 2]
    let end: Int = row[index + 3]
    guard 0 <= start, start <= end else {
      throw CorruptRow(reason: "bad \(name) span \(start)..<\(end)")
    }
    return Passage(
      document: DocumentKey(row[index] as String), text: row[index + 1],
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

  /// Every stored correction in the order found, handed to `body` one at a time as one
  /// read of the store sees them, with their tally first: a report of any size is written
  /// with flat memory. `body` gets a lookup of paper titles (through aliases; a version's
  /// key names its paper) that reads within the same read. An error `body` throws reaches
  /// the caller unchanged.
  public func corrections(
    tally: (CorrectionTally) throws -> Void,
    each body: (Correction, _ title: (DocumentKey) throws -> String?) throws -> Void
  ) throws {
    try reading { db in
      let table = CorrectionTable(db: db)
      let counts = try table.tally()
      try SinkFailure.passing { try tally(counts) }
      // A paper's corrections mostly come together: the last few thousand titles suffice.
      var titles: [DocumentKey: String?] = [:]
      func title(_ key: DocumentKey) throws -> String? {
        if let known = titles[key] { return known }
        if titles.count >= 4096 { titles.removeAll(keepingCapacity: true) }
        var found: String?
        if let stored = try Queries(db: db).storedKey(for: key) {
          found = try String.fetchOne(
            db.cachedStatement(sql: "SELECT title FROM paper WHERE key = ?"), arguments: [stored])
        }
        titles[key] = found
        return found
      }
      try table.eachCorrection { try body($0, title) }
    }
  }
}

/// A stored row that does not decode; reported as the store's read error.
struct CorruptRow: Error, CustomStringConvertible {
  var reason: String
  var description: String { reason }
}
