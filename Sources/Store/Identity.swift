import DocumentModel
import GRDB

/// The identity rules, applied inside a write transaction.
///
/// Keys that name the same paper form a group: the group's canonical key is a row of
/// `paper` or, while nothing of the group is stored, the best-ranked name; every other
/// name is a row of `alias` pointing straight at the canonical key (never at another alias).
/// When two groups meet (a paper's `aliases`, a reference's `aliases`, a new paper under a
/// name that was an alias), the better-ranked canonical key wins:
///
/// 1. a stored paper with a printed key, 2. a stored derived paper, 3. a stored paper known
///    only by content hash, 4. a name not stored — among equals a Drucksache before other
///    series, Kleine/Große-Anfrage numbers and derived `antwort` keys last.
///
/// A stored derived paper that loses is merged: its versions move to the winner and its key
/// becomes an alias. Two stored printed papers never merge (an alias between them is
/// dropped), so a stray alias in a reference cannot fuse two real papers.
struct Identity {
  let db: Database

  /// The canonical key a name stands for: its alias target, or the name itself.
  func resolve(_ key: String) throws -> String {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT key FROM alias WHERE alias = ?"), arguments: [key]) ?? key
  }

  /// The key origin of a stored paper, nil when `key` is not a stored paper.
  func storedOrigin(_ key: String) throws -> KeyOrigin? {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT key_origin FROM paper WHERE key = ?"), arguments: [key]
    ).map { KeyOrigin(rawValue: $0) ?? .contentHash }
  }

  func isStored(_ key: String) throws -> Bool { try storedOrigin(key) != nil }

  /// Records that `a` and `b` name the same thing. Returns whether a stored paper was merged
  /// into another.
  @discardableResult
  func union(_ a: String, _ b: String, source: String) throws -> Bool {
    guard a != b else { return false }
    let ra = try resolve(a)
    let rb = try resolve(b)
    guard ra != rb else { return false }
    let rankA = try rank(ra)
    let rankB = try rank(rb)
    let (winner, loser, loserRank) = rankA <= rankB ? (ra, rb, rankB) : (rb, ra, rankA)
    let merging: Bool
    switch loserRank.origin {
    case 0:
      // Both are stored printed papers: never fuse them on an alias's word.
      return false
    case 1, 2:
      try merge(loser, into: winner)
      merging = true
    default:
      merging = false
    }
    try db.cachedStatement(sql: "UPDATE alias SET key = ? WHERE key = ?").execute(
      arguments: [winner, loser])
    try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO alias (alias, key, source) VALUES (?, ?, ?)"
    )
    .execute(arguments: [loser, winner, source])
    return merging
  }

  /// Removes the alias row of `key`, returning what it pointed at and why; used before `key`
  /// becomes a stored paper's own key.
  func takeAlias(_ key: String) throws -> (key: String, source: String)? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT key, source FROM alias WHERE alias = ?"), arguments: [key])
    else { return nil }
    try db.cachedStatement(sql: "DELETE FROM alias WHERE alias = ?").execute(arguments: [key])
    return (row["key"], row["source"])
  }

  /// Moves every version of the stored paper `loser` to the stored paper `winner`.
  private func merge(_ loser: String, into winner: String) throws {
    try db.cachedStatement(sql: "UPDATE version SET paper_key = ? WHERE paper_key = ?").execute(
      arguments: [winner, loser])
    try db.cachedStatement(sql: "DELETE FROM paper WHERE key = ?").execute(arguments: [loser])
    try chooseCurrentVersion(of: winner)
  }

  /// Picks the version that stands for the paper and copies its metadata into `paper`:
  /// a printed key before a derived one, a later Neudruck before an earlier print, and
  /// otherwise the version ingested last.
  func chooseCurrentVersion(of key: String) throws {
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: "SELECT id, key_origin, label FROM version WHERE paper_key = ?"),
      arguments: [key])
    var best: (id: Int64, rank: (Int, Int, Int64))?
    for row in rows {
      let id: Int64 = row["id"]
      let origin = KeyOrigin(rawValue: row["key_origin"]) ?? .contentHash
      let rank = (-Self.originRank(origin), Document.versionRank(row["label"]), id)
      if let current = best, current.rank >= rank { continue }
      best = (id, rank)
    }
    guard let best else { return }
    try db.cachedStatement(
      sql: """
        UPDATE paper SET (kind, title, body, wahlperiode, number, date, key_origin, current_version)
          = (SELECT kind, title, body, wahlperiode, number, date, key_origin, id
             FROM version WHERE id = ?)
        WHERE key = ?
        """
    ).execute(arguments: [best.id, key])
  }

  private struct Rank: Comparable {
    var origin: Int
    var series: Int
    var key: String
    static func < (a: Rank, b: Rank) -> Bool {
      (a.origin, a.series, a.key) < (b.origin, b.series, b.key)
    }
  }

  private func rank(_ key: String) throws -> Rank {
    let origin = try storedOrigin(key).map(Self.originRank) ?? 3
    return Rank(origin: origin, series: Self.seriesRank(key), key: key)
  }

  static func originRank(_ origin: KeyOrigin) -> Int {
    switch origin {
    case .printed: 0
    case .derived: 1
    case .contentHash: 2
    }
  }

  /// Drucksachen first; question numbers and derived answer keys only when nothing better.
  static func seriesRank(_ key: String) -> Int {
    switch DocumentKey(key).series {
    case .drucksache: 0
    case .kleineAnfrage, .grosseAnfrage: 2
    case .antwort: 3
    default: 1
    }
  }

}
