import DocumentModel
import GRDB

/// How a file looked to `stat` when its bytes were hashed: the same size, modification
/// time and inode later mean the same bytes, without reading them again.
public struct FileLook: Sendable, Equatable {
  public var size: Int64
  /// Modification time, in nanoseconds since 1970.
  public var modified: Int64
  public var inode: UInt64

  public init(size: Int64, modified: Int64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
  }
}

/// A file whose bytes were hashed, and what it looked like then.
public struct HashedFile: Sendable, Equatable {
  public var path: String
  public var look: FileLook
  /// SHA-256 of its bytes (lower-case hex).
  public var sha256: String

  public init(path: String, look: FileLook, sha256: String) {
    self.path = path
    self.look = look
    self.sha256 = sha256
  }
}

extension PaperStore {
  /// Remembers how each file looked when it was hashed (`hashed_file`), replacing what was
  /// remembered of its path. Only for files whose papers are stored: a file is then known
  /// by `knownFile(path:look:)` without reading its bytes.
  public func remember(_ files: [HashedFile]) throws {
    guard !files.isEmpty else { return }
    try writing { db in
      let insert = try db.cachedStatement(
        sql: """
          INSERT OR REPLACE INTO hashed_file (path, size, modified, inode, sha256)
          VALUES (?, ?, ?, ?, ?)
          """)
      for file in files {
        // SQLite's integers are signed: an inode above 2^63 is kept by its bit pattern.
        try insert.execute(arguments: [
          file.path, file.look.size, file.look.modified,
          Int64(bitPattern: file.look.inode), file.sha256,
        ])
      }
    }
  }

  /// The paper the file at `path` is stored as, when it looks as it did when it was hashed
  /// and remembered, and its bytes are stored as one paper (`knownFile(sha256:)`); with the
  /// SHA-256 remembered.
  public func knownFile(path: String, look: FileLook) throws -> (sha256: String, KnownFile)? {
    // One statement, without a transaction's BEGIN and COMMIT: a restart asks this for
    // every file of the inbox.
    try readingOneStatement { db in
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(
            sql: """
              SELECT h.sha256, v.paper_key, v.kind FROM hashed_file h
              JOIN version v ON v.sha256 = h.sha256
              WHERE h.path = ? AND h.size = ? AND h.modified = ? AND h.inode = ?
                AND EXISTS (SELECT 1 FROM content c WHERE c.sha256 = h.sha256)
              """),
          arguments: [path, look.size, look.modified, Int64(bitPattern: look.inode)])
      else { return nil }
      return (row[0], KnownFile(paper: DocumentKey(row[1] as String), kind: row[2]))
    }
  }
}
