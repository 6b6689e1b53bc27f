import Foundation
import Testing

@testable import Daemon

#if canImport(Glibc)
  import Glibc
#endif

/// The inbox walk on a real directory tree: what it reports, what it passes over, and that
/// it can stop and go on.
@Suite struct InboxWalkTests {
  /// inbox/a.txt, inbox/b.xml, inbox/.hidden.txt, inbox/notes.txt.part,
  /// inbox/wp16/c.txt, inbox/wp16/deep/d.txt, inbox/.git/e.txt, inbox/failed/f.txt,
  /// inbox/link.txt → a.txt, inbox/loop → the inbox.
  func tree(_ scratch: Scratch) throws -> String {
    let inbox = scratch.inbox.path
    for directory in ["wp16/deep", ".git", "failed"] {
      try FileManager.default.createDirectory(
        atPath: inbox + "/" + directory, withIntermediateDirectories: true)
    }
    for file in [
      "a.txt", "b.xml", ".hidden.txt", "notes.txt.part", "wp16/c.txt", "wp16/deep/d.txt",
      ".git/e.txt", "failed/f.txt",
    ] {
      try "x".write(toFile: inbox + "/" + file, atomically: false, encoding: .utf8)
    }
    #expect(symlink(inbox + "/a.txt", inbox + "/link.txt") == 0)
    #expect(symlink(inbox, inbox + "/loop") == 0)
    return inbox
  }

  func entries(of walk: inout InboxWalk) -> [InboxWalk.Entry] {
    var all: [InboxWalk.Entry] = []
    while let entry = walk.next() { all.append(entry) }
    return all
  }

  @Test func itReportsCandidatesAndWatchedDirectoriesOnly() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = try tree(scratch)
    var walk = InboxScanner(excluded: [inbox + "/failed"]).walk(inbox)
    let all = entries(of: &walk)
    #expect(all.first == .directory(inbox))
    var files: [String] = []
    var directories: [String] = []
    for entry in all {
      switch entry {
      case .directory(let path): directories.append(path)
      case .file(let path, let stamp):
        files.append(path)
        #expect(stamp == FileStamp.of(path))
      }
    }
    #expect(
      Set(files)
        == Set(
          ["a.txt", "b.xml", "link.txt", "wp16/c.txt", "wp16/deep/d.txt"].map { inbox + "/" + $0 }
        ))
    #expect(files.count == 5)  // each once: the link to the inbox is not followed
    #expect(Set(directories) == [inbox, inbox + "/wp16", inbox + "/wp16/deep"])
    // A directory comes before its files.
    let deep = all.firstIndex(of: .directory(inbox + "/wp16/deep"))
    let d = all.firstIndex { if case .file(let p, _) = $0 { p.hasSuffix("/d.txt") } else { false } }
    #expect(deep != nil && d != nil && deep! < d!)
    #expect(walk.next() == nil)
  }

  @Test func withoutFilesItListsTheDirectories() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = try tree(scratch)
    let directories = InboxScanner(excluded: [inbox + "/failed"]).directories(inbox)
    #expect(Set(directories) == [inbox, inbox + "/wp16", inbox + "/wp16/deep"])
    #expect(directories.count == 3)
  }

  @Test func aWalkStoppedPartWayGoesOnWhereItStopped() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = try tree(scratch)
    var first = InboxScanner(excluded: []).walk(inbox)
    let whole = entries(of: &first)
    var walk = InboxScanner(excluded: []).walk(inbox)
    var parts: [InboxWalk.Entry] = []
    while true {
      // Two at a time, with a walk of the same tree in between (as the loop turns).
      let taken = (0..<2).compactMap { _ in walk.next() }
      parts += taken
      _ = InboxScanner(excluded: []).directories(inbox)
      if taken.count < 2 { break }
    }
    #expect(parts == whole)
  }

  @Test func aMissingRootGivesNothing() {
    var walk = InboxScanner(excluded: []).walk("/tmp/fundstelle-missing-\(UUID().uuidString)")
    #expect(walk.next() == nil)
  }

  @Test func filesComeInTheOrderOfTheirPathsSortedWhole() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = scratch.inbox.path
    try FileManager.default.createDirectory(
      atPath: inbox + "/a", withIntermediateDirectories: true)
    for file in ["nw_16_1008_antrag_neudruck.txt", "nw_16_1008_antrag.txt", "a/x.txt", "a.txt"] {
      try "x".write(toFile: inbox + "/" + file, atomically: false, encoding: .utf8)
    }
    var walk = InboxScanner(excluded: []).walk(inbox)
    var files: [String] = []
    while let entry = walk.next() {
      if case .file(let path, _) = entry { files.append(String(path.dropFirst(inbox.count + 1))) }
    }
    // The Antrag before its Neudruck, as `fundstelle ingest` takes them.
    #expect(
      files == ["a.txt", "a/x.txt", "nw_16_1008_antrag.txt", "nw_16_1008_antrag_neudruck.txt"])
  }
}
