import DocumentModel
import Foundation
import GRDB

/// The `content` table: each ingested file's original bytes, once per file.
struct ContentTable {
  let db: Database

  /// Keeps `bytes` under the file's SHA-256 unless they are kept already.
  func insert(_ bytes: [UInt8], sha256: String) throws {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO content (sha256, bytes) VALUES (?, ?)")
      .execute(arguments: [sha256, Data(bytes)])
  }

  func bytes(sha256: String) throws -> [UInt8]? {
    try Data.fetchOne(
      db.cachedStatement(sql: "SELECT bytes FROM content WHERE sha256 = ?"), arguments: [sha256]
    ).map { [UInt8]($0) }
  }

  /// `PaperStore.knownFile(sha256:)` in one statement.
  func knownFile(sha256: String) throws -> KnownFile? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT v.paper_key, v.kind FROM version v
            WHERE v.sha256 = ?1 AND EXISTS (SELECT 1 FROM content WHERE sha256 = ?1)
            """), arguments: [sha256])
    else { return nil }
    return KnownFile(paper: DocumentKey(row[0] as String), kind: row[1])
  }

  /// The file behind one stored version (`version.sha256`, with its `#n` for a part).
  func file(version sha256: String) throws -> StoredFile? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT paper_key, path FROM version WHERE sha256 = ?"),
        arguments: [sha256])
    else { return nil }
    let (fileSHA, part) = Self.split(sha256)
    guard let bytes = try bytes(sha256: fileSHA) else { return nil }
    return StoredFile(
      paper: DocumentKey(row["paper_key"] as String), versionSHA256: sha256, path: row["path"],
      part: part, bytes: bytes)
  }

  /// `abc#2` → (`abc`, 2); `abc` → (`abc`, nil).
  static func split(_ contentID: String) -> (sha256: String, part: Int?) {
    guard let hash = contentID.firstIndex(of: "#") else { return (contentID, nil) }
    return (String(contentID[..<hash]), Int(contentID[contentID.index(after: hash)...]))
  }
}

/// The original bytes of a stored version's file, with what is needed to read the paper
/// again: `PaperReader.read(bytes, path: path)` and the document whose `source.part` is
/// `part`.
public struct StoredFile: Sendable, Equatable {
  /// The paper's canonical key.
  public var paper: DocumentKey
  /// `version.sha256`: the file's SHA-256, with `#n` for the n-th paper of a file.
  public var versionSHA256: String
  /// The path the file was ingested from (it may be gone; it names the file and its format).
  public var path: String
  /// Which paper of a file of several; nil for a file of one paper.
  public var part: Int?
  public var bytes: [UInt8]
}

extension PaperStore {
  /// The original bytes of the file with this SHA-256 (`document.source.sha256`), nil when
  /// none are kept.
  public func content(sha256: String) throws -> [UInt8]? {
    try reading { db in try ContentTable(db: db).bytes(sha256: sha256) }
  }

  /// The file behind a stored version (`version.sha256`, as `IngestOutcome.newVersion`
  /// names it), nil when the version or its bytes are not kept.
  public func file(version sha256: String) throws -> StoredFile? {
    try reading { db in try ContentTable(db: db).file(version: sha256) }
  }

  /// The paper a file's bytes are stored as, when the file was read as one paper and its
  /// bytes are kept: then reading it again would only find a duplicate. Nil otherwise (a
  /// file of several papers, whose papers may have been stored one by one, is always read).
  public func knownFile(sha256: String) throws -> KnownFile? {
    try readingOneStatement { db in try ContentTable(db: db).knownFile(sha256: sha256) }
  }

  /// The file behind the current version of the paper a key names (through aliases), nil
  /// when the paper or its bytes are not kept.
  public func currentFile(of key: DocumentKey) throws -> StoredFile? {
    try reading { db in
      guard let stored = try Queries(db: db).storedKey(for: key),
        let sha = try String.fetchOne(
          db.cachedStatement(
            sql: "SELECT v.sha256 FROM paper p JOIN version v ON v.id = p.current_version"
              + " WHERE p.key = ?"), arguments: [stored])
      else { return nil }
      return try ContentTable(db: db).file(version: sha)
    }
  }
}
