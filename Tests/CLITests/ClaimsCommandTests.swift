import Foundation
import TestSupport
import Testing

/// `fundstelle claims`: the checkable claims of Kleine Anfrage 421 (the user's own case),
/// with who they are attributed to, their figures and dates, through the real binary.
@Suite struct ClaimsCommandTests {
  static let question = "Fixtures/text/nw_16_850_kleine_anfrage.txt"
  static let answer = "seeds/000_65a9724eb37073ec.txt"

  func claims(_ path: String) throws -> [[String: Any]] {
    let run = try fundstelle(["claims", "--format", "json", path])
    #expect(run.status == 0, "\(run.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
  }

  @Test func theQuestionsClaimsNameTheirSourceAndPremises() throws {
    let found = try claims(Self.question)
    let keys: Set<String> = [
      "kind", "document", "text", "start", "end", "section", "questions", "polarity", "source",
      "sourceLabel", "paperDate", "quantities", "dates",
    ]
    #expect(found.allSatisfy { Set($0.keys) == keys })
    #expect(found.allSatisfy { ($0["document"] as? String) == "nw/drs/16/850" })

    // The announcement attributed to the press release of 21 December 2010, by its key.
    let announced = try #require(
      found.first { ($0["text"] as? String)?.hasPrefix("In dieser wurde angekündigt") == true })
    #expect(announced["kind"] as? String == "quotation")
    #expect(announced["source"] as? String == "press/mais/2010-12-21")
    #expect(announced["sourceLabel"] as? String == "Pressemitteilung vom 2010-12-21")

    // "Ebenso wurde angekündigt, dass … einen ersten Erfahrungsbericht …": the report is
    // what was announced, not the source; the press release still is.
    let also = try #require(
      found.first { ($0["text"] as? String)?.hasPrefix("Ebenso wurde angekündigt") == true })
    #expect(also["sourceLabel"] as? String == "Pressemitteilung vom 2010-12-21")
    #expect(also["source"] as? String == "press/mais/2010-12-21")

    // What question 5 presupposes.
    let premise = try #require(found.first { ($0["questions"] as? [Int]) == [5] })
    #expect(premise["kind"] as? String == "presupposition")
    #expect((premise["text"] as? String)?.contains("seit der Einführung") == true)

    // Spans are byte offsets into the file.
    let bytes = try Data(contentsOf: Repository.root.appendingPathComponent(Self.question))
    let start = try #require(announced["start"] as? Int)
    let end = try #require(announced["end"] as? Int)
    let quoted = String(decoding: bytes[start..<end], as: UTF8.self)
    #expect(quoted.hasPrefix("In dieser wurde angekündigt"))
  }

  @Test func theAnswersFiguresCarryUnitAndHedge() throws {
    let found = try claims(Self.answer)
    let figures = found.flatMap { ($0["quantities"] as? [[String: Any]]) ?? [] }
    let stellen = try #require(figures.first { ($0["text"] as? String) == "89 Stellen" })
    #expect(stellen["value"] as? Double == 89)
    #expect(stellen["hedge"] as? String == "exact")
    // The answer's copy of the question is not the answer's claim.
    #expect(!found.contains { ($0["section"] as? String) == "question" })
  }

  @Test func anUnreadableFileIsNamedAndTheOthersStillPrint() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-claims-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let run = try fundstelle(["claims", empty.path, Self.question])
    #expect(run.status == 1)
    #expect(run.stderr.contains("empty.txt"))
    #expect(run.stdout.contains("In dieser wurde angekündigt"))
  }
}
