import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

@Suite struct DiffReportTests {
  static func neudruckReport() throws -> DiffReport {
    let oldPath = "text/nw_17_3125_antrag.txt"
    let newPath = "text/nw_17_3125_antrag_neudruck.txt"
    let old = try TextPaperReader.read(try Repository.fixtureBytes(oldPath), path: oldPath)
    let new = try TextPaperReader.read(try Repository.fixtureBytes(newPath), path: newPath)
    return DiffReport(old: old, new: new)
  }

  /// `{"old", "new", "changes": [{"kind", "old", "new", "context", …}]}` as DESIGN.md says.
  @Test func jsonShape() throws {
    let report = try Self.neudruckReport()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["old", "new", "changes"])
    #expect(object["old"] as? String == "nw/drs/17/3125")
    #expect(object["new"] as? String == "nw/drs/17/3125@neudruck")
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.map { $0["kind"] as? String } == ["number", "wording", "date"])
    #expect(changes[0]["old"] as? String == "1.028")
    #expect(changes[0]["new"] as? String == "1.082")
    #expect(changes[0]["newStart"] as? Int == 579)
    #expect(changes[0]["newEnd"] as? Int == 584)
    #expect((changes[2]["context"] as? String)?.contains("31. Oktober 2018") == true)
    for c in changes {
      #expect(Set(["kind", "old", "new", "context"]).isSubset(of: Set(c.keys)))
    }
    // Round trip.
    let decoded = try JSONDecoder().decode(DiffReport.self, from: Data(report.json().utf8))
    #expect(decoded == report)
  }

  /// An addition has no old place: the old offsets are left out.
  @Test func additionHasNoOldOffsets() throws {
    let change = Change(
      kind: .added, old: "", new: "Neu.", context: "Neu.", newSpan: Span(start: 4, end: 8))
    let report = DiffReport(old: "nw/drs/17/1", new: "nw/drs/17/1@neudruck", changes: [change])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
    let first = try #require((object["changes"] as? [[String: Any]])?.first)
    #expect(first["oldStart"] == nil)
    #expect(first["newStart"] as? Int == 4)
  }

  @Test func textRendering() throws {
    let text = try Self.neudruckReport().text()
    #expect(text.hasPrefix("nw/drs/17/3125 → nw/drs/17/3125@neudruck: 3 changes\n"))
    #expect(text.contains("number   „1.028“ → „1.082“  (old bytes 569..574, new bytes 579..584)"))
    #expect(text.contains("wording  „dauerhaft“ → „vollständig“"))
    #expect(text.contains("date     „30. September“ → „31. Oktober“"))
    let none = DiffReport(old: "a/b/1/2", new: "a/b/1/2@neudruck", changes: []).text()
    #expect(none.contains("no changes"))
  }
}
