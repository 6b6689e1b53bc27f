import DocumentModel
import Foundation
import Pipeline
import Store
import TestSupport
import Testing

@testable import Ingestion

#if canImport(Glibc)
  import Glibc
#endif

/// The daemon knows a file of its inbox by how it looks to `stat` once its papers are
/// stored, so that a restart does not read and hash every stored paper again.
@Suite struct HashedFilesTests {
  /// A copy of the seed (a real answer) in `folder`, stored and remembered as the daemon's
  /// commit does.
  func storedSeed(in folder: URL, store: PaperStore) throws -> String {
    let path = folder.appendingPathComponent("MMD16-850.txt").path
    try FileManager.default.copyItem(atPath: Repository.seed.path, toPath: path)
    let file = try AnalyzedFile.read(
      path, analyzer: PaperAnalyzer(), skippingKnownIn: store, knowingByLook: true)
    #expect(file.known == nil && file.papers.count == 1)
    _ = try PaperCommitter(store: store).commit(file)
    try store.remember([try #require(file.hashed)])
    return path
  }

  @Test func aRememberedFileIsKnownByItsLookAlone() throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try storedSeed(in: folder, store: store)
    let look = try #require(AnalyzedFile.look(of: path))
    let known = try #require(try store.knownFile(path: path, look: look))
    #expect(known.1.paper == DocumentKey("nw/antwort/16/850"))
    #expect(known.sha256 == SHA256.hex([UInt8](try Data(contentsOf: Repository.seed))))

    var other = look
    other.modified += 1
    #expect(try store.knownFile(path: path, look: other) == nil)
    other = look
    other.inode += 1
    #expect(try store.knownFile(path: path, look: other) == nil)
    #expect(try store.knownFile(path: path + "x", look: look) == nil)

    // Read again by its look: known, without its bytes, and not remembered twice.
    let again = try AnalyzedFile.read(
      path, analyzer: PaperAnalyzer(), skippingKnownIn: store, knowingByLook: true)
    #expect(again.known?.paper == DocumentKey("nw/antwort/16/850"))
    #expect(again.hashed == nil)
  }

  /// The look stands for the bytes: bytes changed in place with the same size and time
  /// are not read (the trade every backup tool makes); a new modification time is.
  @Test func onlyTheLookIsCheckedAndAChangedTimeIsReadAgain() throws {
    let (store, folder) = try TemporaryStore.opened()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try storedSeed(in: folder, store: store)
    let look = try #require(AnalyzedFile.look(of: path))

    // The same size, written in place (same inode), its time set back.
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let figure = try #require(bytes.firstIndex(of: UInt8(ascii: "1")))
    bytes[figure] = UInt8(ascii: "9")
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
    var times = [
      timespec(
        tv_sec: Int(look.modified / 1_000_000_000), tv_nsec: Int(look.modified % 1_000_000_000)),
      timespec(
        tv_sec: Int(look.modified / 1_000_000_000), tv_nsec: Int(look.modified % 1_000_000_000)),
    ]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    #expect(AnalyzedFile.look(of: path) == look)
    let byLook = try AnalyzedFile.read(
      path, analyzer: PaperAnalyzer(), skippingKnownIn: store, knowingByLook: true)
    #expect(byLook.known != nil)
    // Without the look the changed bytes are read: a new version of the paper.
    let byBytes = try AnalyzedFile.read(path, analyzer: PaperAnalyzer(), skippingKnownIn: store)
    #expect(byBytes.known == nil && byBytes.papers.count == 1)

    // A new time: read, hashed and analysed again.
    times[1].tv_sec += 60
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    let touched = try AnalyzedFile.read(
      path, analyzer: PaperAnalyzer(), skippingKnownIn: store, knowingByLook: true)
    #expect(touched.known == nil && touched.papers.count == 1)
    #expect(touched.hashed?.sha256 == SHA256.hex(bytes))
  }
}
