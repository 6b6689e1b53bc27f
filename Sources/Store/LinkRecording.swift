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

extension PaperStore {
  /// Records what linking a batch of papers found, in order, in one transaction: of each
  /// item's corrections those a reader could not tell from one stored already (or recorded
  /// earlier in the batch), and its diff. Returns the corrections that were new, in order.
  ///
  /// One transaction for a batch rather than one per paper: each commit writes to the WAL,
  /// and recording took a fifth of the single writer's time when every paper committed its
  /// own.
  public func record(_ findings: [LinkFindings]) throws -> [Correction] {
    guard findings.contains(where: { !$0.corrections.isEmpty || $0.diff != nil }) else {
      return []
    }
    return try writing { db in
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
