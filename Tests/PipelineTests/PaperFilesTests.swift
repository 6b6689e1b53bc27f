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

  /// Folders are walked for candidates (`InboxFilter`), hidden folders and links to
  /// folders are not entered, a link to a file is a file, and the result is sorted.
  @Test func collectWalksFoldersForCandidates() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "collect-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    for folder in ["b/deeper", "a/.hidden"] {
      try manager.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for file in [
      "b/deeper/z.txt", "b/y.xml", "a/.hidden/h.txt", "a/x.txt", ".dot", "w.txt.part",
      "README.md",
    ] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
    }
    try manager.createSymbolicLink(atPath: root + "/c", withDestinationPath: root + "/b")
    try manager.createSymbolicLink(
      atPath: root + "/zz.txt", withDestinationPath: root + "/b/y.xml")
    let found = try PaperFiles.collect([root, root + "/a/x.txt"])
    #expect(
      found == ["a/x.txt", "b/deeper/z.txt", "b/y.xml", "zz.txt"].map { root + "/" + $0 })
    #expect(try PaperFiles.collect([root + "/"]).first == root + "/a/x.txt")
    #expect(throws: ReadError.self) { try PaperFiles.collect([root + "/missing"]) }
  }

  /// Walking folder by folder gives the paths in the order of sorting them whole, also
  /// where a folder's name is the start of a file's ("x-1.txt" < "x.txt" < "x/z.txt" <
  /// "x0.txt", as "-" < "." < "/" < "0").
  @Test func theWalkGivesThePathsSortedWhole() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "walk-order-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let manager = FileManager.default
    for folder in ["x/y", "x.d"] {
      try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    let files = [
      "x-1.txt", "x.txt", "x/z.txt", "x/y/a.txt", "x/y.txt", "x0.txt", "x.d/b.txt", "X.txt",
      "ä.txt",
    ]
    for file in files { try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file)) }
    let walked = Array(try PaperFiles.Walk([root]))
    #expect(walked == files.map { root + "/" + $0 }.sorted())
    #expect(walked.count == files.count)
  }

  /// The walk lists a folder when it gets there: a file that appears in a folder not yet
  /// reached is found, so the walk never holds more than the folders it is in.
  @Test func theWalkListsAFolderWhenItGetsThere() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "walk-lazy-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    for folder in ["a", "c"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/a/1.txt"))
    var walk = try PaperFiles.Walk([root])
    #expect(walk.next() == root + "/a/1.txt")
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/c/2.txt"))
    #expect(walk.next() == root + "/c/2.txt")
    #expect(walk.next() == nil)
    #expect(walk.next() == nil)
  }

  @Test func theWalkCanGiveItsFoldersAndLeavePathsOut() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "walk-folders-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    for folder in ["a/b", "failed", ".git"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for file in ["a/b/1.txt", "a/2.txt", "failed/3.txt", "outbox.txt", "4.txt", ".git/5.txt"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
    }
    let walk = try PaperFiles.Walk(
      [root], excluding: [root + "/failed", root + "/outbox.txt"], folders: true)
    #expect(
      Array(walk)
        == [root + "/", root + "/4.txt", root + "/a/", root + "/a/2.txt", root + "/a/b/"]
        + [root + "/a/b/1.txt"])
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
