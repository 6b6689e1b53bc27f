import DocumentModel
import Foundation
import Pipeline
import TestSupport
import Testing

/// `PaperFiles.bytes` reads with open/read; it must give exactly the file's bytes and name the
/// file when it cannot.
@Suite struct PaperFilesTests {
  /// Every paper fixture, and a few sizes around the read's first buffer.
  @Test func readsEveryFixtureByteForByte() throws {
    let root = Repository.fixtures
    let walker = try #require(FileManager.default.enumerator(atPath: root.path))
    var count = 0
    while let relative = walker.nextObject() as? String {
      let url = root.appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      #expect(try PaperFiles.bytes(of: url.path) == [UInt8](Data(contentsOf: url)), "\(relative)")
      count += 1
    }
    #expect(count >= 50)
  }

  @Test(arguments: [0, 1, 4095, 4096, 4097, 100_000])
  func readsFilesOfAnySize(_ size: Int) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "paperfiles-\(getpid())-\(size).txt")
    defer { try? FileManager.default.removeItem(at: url) }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    try Data(bytes).write(to: url)
    #expect(try PaperFiles.bytes(of: url.path) == bytes)
  }

  @Test func aMissingFileOrAFolderIsAReadErrorNamingIt() {
    let missing = "/nonexistent-\(getpid())/paper.txt"
    #expect(
      throws: ReadError(path: missing, reason: .io("No such file or directory"), code: ENOENT)
    ) {
      try PaperFiles.bytes(of: missing)
    }
    let folder = Repository.fixtures.path
    #expect(
      throws: ReadError(path: folder, reason: .io("it is a folder, not a file"), code: EISDIR)
    ) {
      try PaperFiles.bytes(of: folder)
    }
    #expect(
      "\(ReadError(path: folder, reason: .io("it is a folder, not a file")))"
        == "\(folder): cannot read the file: it is a folder, not a file")
  }
}
