import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

private func readFixture(_ path: String) throws -> Document {
  try TextPaperReader.read(try Repository.fixtureBytes(path), path: path)
}

@Suite struct VersionDiffFixtureTests {
  /// The Neudruck of 17/3125: exactly the three changes its facts file lists, and nothing for
  /// the re-wrapped lines, the other hyphenation, the page break and the `Neudruck` marker.
  @Test func neudruckOf3125HasExactlyThreeChanges() throws {
    let old = try readFixture("text/nw_17_3125_antrag.txt")
    let new = try readFixture("text/nw_17_3125_antrag_neudruck.txt")
    let changes = VersionDiff().changes(old: old, new: new)
    for c in changes { print(c.kind, "|", c.old, "|", c.new, "|", c.oldSpan ?? "-", c.newSpan ?? "-") }
    #expect(changes.map(\.kind) == [.number, .wording, .date])
    #expect(changes.map(\.old) == ["1.028", "dauerhaft", "30. September"])
    #expect(changes.map(\.new) == ["1.082", "vollständig", "31. Oktober"])
    let newBytes = try Repository.fixtureBytes("text/nw_17_3125_antrag_neudruck.txt")
    let oldBytes = try Repository.fixtureBytes("text/nw_17_3125_antrag.txt")
    for c in changes {
      let n = try #require(c.newSpan)
      let o = try #require(c.oldSpan)
      #expect(String(decoding: newBytes[n.start..<n.end], as: UTF8.self) == c.new)
      #expect(String(decoding: oldBytes[o.start..<o.end], as: UTF8.self) == c.old)
    }
    #expect(changes[0].newSpan == Span(start: 579, end: 584))
    #expect(changes[0].context.contains("Fachkräfte der Schulsozialarbeit"))
  }
}
