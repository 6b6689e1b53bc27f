import DocumentModel
import GRDB

/// The stored papers a version is linked to by `answers` edges: the questions it answers and
/// the answers to its paper. Each partner is named by its current version.
public struct LinkPartners: Sendable, Equatable {
  public struct Partner: Sendable, Equatable {
    /// The partner's canonical key.
    public var paper: DocumentKey
    /// `version.sha256` of the partner's current version (read it with `file(version:)`).
    public var versionSHA256: String
  }

  /// Stored questions the version answers (its `answers` references, through aliases).
  public var questions: [Partner]
  /// Current versions of stored papers whose `answers` references name this paper.
  public var answers: [Partner]

  public var isEmpty: Bool { questions.isEmpty && answers.isEmpty }
}

extension PaperStore {
  /// The questions the stored version `sha256` answers and the answers to its paper, in one
  /// indexed query. Empty (the usual case) when neither is stored.
  public func linkPartners(ofVersion sha256: String) throws -> LinkPartners {
    try reading { db in
      // The version's own answers references, resolved through alias to a stored paper;
      // then current versions of other papers whose answers references name this paper
      // or any alias of it. Indexes: version(sha256), reference(version_id), alias(alias),
      // reference(target_key), alias(key). The second part names its targets with
      // `IN (…)`: written as a join, SQLite scanned every reference for every paper, and
      // ingest slowed as the store grew.
      let rows = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            WITH me AS (SELECT id, paper_key FROM version WHERE sha256 = ?1)
            SELECT 'question' AS role, p.key AS paper, qv.sha256 AS sha256
            FROM me
            JOIN reference r ON r.version_id = me.id AND r.relation = 'answers'
            LEFT JOIN alias a ON a.alias = r.target_key
            JOIN paper p ON p.key = COALESCE(a.key, r.target_key)
            JOIN version qv ON qv.id = p.current_version
            WHERE p.key <> me.paper_key
            UNION
            SELECT 'answer', av.paper_key, av.sha256
            FROM reference r
            JOIN version av ON av.id = r.version_id
            JOIN paper ap ON ap.key = av.paper_key AND ap.current_version = av.id
            WHERE r.relation = 'answers'
              AND r.target_key IN (
                SELECT paper_key FROM me
                UNION ALL SELECT a.alias FROM alias a WHERE a.key = (SELECT paper_key FROM me))
              AND av.paper_key <> (SELECT paper_key FROM me)
            """), arguments: [sha256])
      var partners = LinkPartners(questions: [], answers: [])
      for row in rows {
        let partner = LinkPartners.Partner(
          paper: DocumentKey(row["paper"] as String), versionSHA256: row["sha256"])
        if (row["role"] as String) == "question" {
          partners.questions.append(partner)
        } else {
          partners.answers.append(partner)
        }
      }
      return partners
    }
  }
}
