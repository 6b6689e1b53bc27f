import DocumentModel
import GRDB

/// The stored papers a version is to be compared with: by `answers` edges, the questions it
/// answers and the answers to its paper; by correcting citations (`reference.correcting`),
/// the papers it may correct and the papers that may correct it. Each partner is named by
/// its current version, and appears in one role only (a question its answer cites is a
/// question).
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
  /// Stored papers the version cites where it may correct them, and the answers to a
  /// question it cites so ("in der Antwort auf Drucksache 19/1880" names the answer).
  public var cited: [Partner] = []
  /// Current versions of stored papers citing this paper, or the question it answers, where
  /// they may correct it.
  public var citing: [Partner] = []

  public var isEmpty: Bool {
    questions.isEmpty && answers.isEmpty && cited.isEmpty && citing.isEmpty
  }
}

extension PaperStore {
  /// The questions the stored version `sha256` answers and the answers to its paper, in one
  /// indexed query. Empty (the usual case) when neither is stored.
  public func linkPartners(ofVersion sha256: String) throws -> LinkPartners {
    try readingOneStatement { db in try LinkPartners.find(ofVersion: sha256, in: db) }
  }

  /// `linkPartners(ofVersion:)` of several versions, in their order, read in one read
  /// transaction: cheaper than one call each (a reader is taken and released once).
  public func linkPartners(ofVersions sha256s: [String]) throws -> [LinkPartners] {
    guard !sha256s.isEmpty else { return [] }
    return try reading { db in try sha256s.map { try LinkPartners.find(ofVersion: $0, in: db) } }
  }
}

extension LinkPartners {
  static func find(ofVersion sha256: String, in db: Database) throws -> LinkPartners {
    // The version's own answers references, resolved through alias to a stored paper;
    // then current versions of other papers whose answers references name this paper
    // or any alias of it. Indexes: version(sha256), reference(version_id), alias(alias),
    // reference(target_key), alias(key). The second and last parts name their targets
    // with `IN (…)`, and the two parts through an answered question fix their join order
    // with CROSS JOIN: written as plain joins, SQLite scanned every reference for every
    // paper, and ingest slowed as the store grew (check with EXPLAIN QUERY PLAN: no SCAN
    // but of `me`, `asks` and `corrects`). The version's targets are taken once each
    // (`asks`, `corrects`): joined reference by reference, a paper citing one Drucksache
    // 2,000 times met its own 2,000 references 2,000 times (an 8,000-reference paper took
    // 14 s to link).
    let rows = try Row.fetchAll(db.cachedStatement(sql: query), arguments: [sha256])
    var partners = LinkPartners(questions: [], answers: [])
    var seen = Set<String>()
    // Roles in order of precedence: a pair linked by `answers` is compared as question and
    // answer, not again as citing papers.
    for role in ["question", "answer", "cited", "citing"] {
      for row in rows where (row["role"] as String) == role {
        let partner = Partner(
          paper: DocumentKey(row["paper"] as String), versionSHA256: row["sha256"])
        guard seen.insert(partner.versionSHA256).inserted else { continue }
        switch role {
        case "question": partners.questions.append(partner)
        case "answer": partners.answers.append(partner)
        case "cited": partners.cited.append(partner)
        default: partners.citing.append(partner)
        }
      }
    }
    return partners
  }
}

extension LinkPartners {
  /// The query of `PaperStore.linkPartners(ofVersion:)`; `?1` is the version's sha256.
  static let query = """
    WITH me AS (SELECT id, paper_key FROM version WHERE sha256 = ?1),
    asks AS (
      SELECT DISTINCT target_key FROM reference
      WHERE version_id = (SELECT id FROM me) AND relation = 'answers'),
    corrects AS (
      SELECT DISTINCT target_key FROM reference
      WHERE version_id = (SELECT id FROM me) AND correcting = 1)
    SELECT 'question' AS role, p.key AS paper, qv.sha256 AS sha256
    FROM me
    CROSS JOIN asks
    LEFT JOIN alias a ON a.alias = asks.target_key
    JOIN paper p ON p.key = COALESCE(a.key, asks.target_key)
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
    UNION
    SELECT 'cited', p.key, cv.sha256
    FROM me
    CROSS JOIN corrects
    LEFT JOIN alias a ON a.alias = corrects.target_key
    JOIN paper p ON p.key = COALESCE(a.key, corrects.target_key)
    JOIN version cv ON cv.id = p.current_version
    WHERE p.key <> me.paper_key
    UNION
    SELECT 'cited', av.paper_key, av.sha256
    FROM me
    CROSS JOIN corrects
    CROSS JOIN reference ar ON ar.target_key = corrects.target_key AND ar.relation = 'answers'
    JOIN version av ON av.id = ar.version_id
    JOIN paper ap ON ap.key = av.paper_key AND ap.current_version = av.id
    WHERE av.paper_key <> me.paper_key
    UNION
    SELECT 'citing', cv.paper_key, cv.sha256
    FROM me
    CROSS JOIN asks
    CROSS JOIN reference r ON r.target_key = asks.target_key AND r.correcting = 1
    JOIN version cv ON cv.id = r.version_id
    JOIN paper cp ON cp.key = cv.paper_key AND cp.current_version = cv.id
    WHERE cv.paper_key <> me.paper_key
    UNION
    SELECT 'citing', cv.paper_key, cv.sha256
    FROM reference r
    JOIN version cv ON cv.id = r.version_id
    JOIN paper cp ON cp.key = cv.paper_key AND cp.current_version = cv.id
    WHERE r.correcting = 1
      AND r.target_key IN (
        SELECT paper_key FROM me
        UNION ALL SELECT a.alias FROM alias a WHERE a.key = (SELECT paper_key FROM me))
      AND cv.paper_key <> (SELECT paper_key FROM me)
    """
}
