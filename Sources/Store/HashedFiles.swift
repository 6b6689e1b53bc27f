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
    try reading { db in
      guard
        let sha256 = try String.fetchOne(
          db.cachedStatement(
            sql: """
              SELECT sha256 FROM hashed_file
              WHERE path = ? AND size = ? AND modified = ? AND inode = ?
              """),
          arguments: [path, look.size, look.modified, Int64(bitPattern: look.inode)]),
        let known = try ContentTable(db: db).knownFile(sha256: sha256)
      else { return nil }
      return (sha256, known)
    }
  }
}
