import DocumentModel
import GRDB

/// What comparing one paper with its partners found, to be recorded: corrections, and the
/// diff of its version against the version it follows.
public struct LinkFindings: Sendable {
  public var corrections: [Correction]
  public var diff: VersionChanges?

  public init(corrections: [Correction], diff: VersionChanges? = nil) {
    self.corrections = corrections
    self.diff = diff
  }
}

/// A version stored and not linked yet (`PaperStore.unlinkedVersions`).
public struct UnlinkedVersion: Sendable, Equatable {
  public var sha256: String
  /// What storing it gave, as linking takes it.
  public var outcome: IngestOutcome
}

extension PaperStore {
  /// Records what linking a batch of papers found, in order, in one transaction: of each
  /// item's corrections those a reader could not tell from one stored already (or recorded
  /// earlier in the batch), and its diff. Returns the corrections that were new, in order.
  /// The `linked` versions (every version the batch linked, whether it found anything)
  /// leave `unlinked` in the same transaction.
  ///
  /// One transaction for a batch rather than one per paper: each commit writes to the WAL,
  /// and recording took a fifth of the single writer's time when every paper committed its
  /// own.
  public func record(_ findings: [LinkFindings], linked: [String] = []) throws -> [Correction] {
    guard
      findings.contains(where: { !$0.corrections.isEmpty || $0.diff != nil })
        || !linked.isEmpty
    else {
      return []
    }
    return try writing { db in
      let done = try db.cachedStatement(sql: "DELETE FROM unlinked WHERE sha256 = ?")
      for version in linked { try done.execute(arguments: [version]) }
      var new: [Correction] = []
      for item in findings {
        new += try CorrectionTable(db: db).recordUnseen(item.corrections)
        if let diff = item.diff {
          let stored =
            try Queries(db: db).storedKey(for: diff.paper) ?? diff.paper.unversioned.rawValue
          try VersionChangeTable(db: db).record(
            diff.changes, paper: stored, old: diff.oldSHA256, new: diff.newSHA256)
        }
      }
      return new
    }
  }
}

extension PaperStore {
  /// Up to `limit` versions stored and not linked yet, in the order they were stored: those
  /// of a run stopped between storing and linking them.
  public func unlinkedVersions(limit: Int) throws -> [UnlinkedVersion] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT u.sha256, u.paper_key, u.previous_sha256 FROM unlinked u
          JOIN version v ON v.sha256 = u.sha256 ORDER BY v.id LIMIT ?
          """,
        arguments: [limit]
      ).map { row in
        let key = DocumentKey(row["paper_key"] as String)
        let previous: String? = row["previous_sha256"]
        return UnlinkedVersion(
          sha256: row["sha256"],
          outcome: previous.map { .newVersion(key, previousSHA256: $0) } ?? .inserted(key))
      }
    }
  }
}

extension CorrectionTable {
  /// `record` of the corrections in `found` that a reader could not tell from one stored
  /// already or one before it in `found`: the same kind, claim paper and text, correcting
  /// paper and text, wherever they stand. Another rendition of a paper (its XML beside its
  /// text) quotes the same passages at other offsets.
  func recordUnseen(_ found: [Correction]) throws -> [Correction] {
    guard !found.isEmpty else { return [] }
    var seen = Set<Sameness>()
    for key in Set(found.map(\.claim.document)) {
      for stored in try corrections(claimKey: key.rawValue) { seen.insert(Sameness(stored)) }
    }
    return try record(found.filter { seen.insert(Sameness($0)).inserted })
  }

  /// What makes two corrections the same for a reader.
  private struct Sameness: Hashable {
    var kind: Correction.Kind
    var claim: DocumentKey
    var claimText: String
    var correction: DocumentKey
    var correctionText: String

    init(_ c: Correction) {
      kind = c.kind
      claim = c.claim.document
      claimText = c.claim.text
      correction = c.correction.document
      correctionText = c.correction.text
    }
  }
}
