import Foundation
import GRDB
import Testing

@testable import Store

/// The writer connection gets a larger page cache and rarer checkpoints (see
/// `PaperStore.writerPragmas`); readers keep SQLite's defaults; all keep WAL with
/// synchronous=NORMAL, the crash safety the store promises.
@Test func theWriterHasItsOwnCacheAndCheckpointIntervalAndReadersKeepTheDefaults() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fundstelle-pragmas-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let store = try PaperStore(path: folder.appendingPathComponent("s.sqlite").path)

  func settings(_ db: Database) throws -> [String: String] {
    var values: [String: String] = [:]
    for name in ["cache_size", "wal_autocheckpoint", "synchronous", "journal_mode"] {
      values[name] = try String.fetchOne(db, sql: "PRAGMA \(name)")
    }
    return values
  }
  let writer = try store.writing { db in try settings(db) }
  let reader = try store.reading { db in try settings(db) }
  #expect(writer["cache_size"] == "-16384")
  #expect(writer["wal_autocheckpoint"] == "8192")
  #expect(reader["cache_size"] == "-2000")
  #expect(reader["wal_autocheckpoint"] == "1000")
  for connection in [writer, reader] {
    #expect(connection["synchronous"] == "1")
    #expect(connection["journal_mode"] == "wal")
  }
}
