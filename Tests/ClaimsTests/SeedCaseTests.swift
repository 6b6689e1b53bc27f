import DocumentModel
import Foundation
import Testing
import TestSupport
import TextIngest

@testable import Claims

/// The user's own case: Kleine Anfrage 421 (Drucksache 16/850) and the seed answer.
@Suite struct SeedCaseTests {
  let question: Document
  let answer: Document
  let found: [Correction]

  init() throws {
    question = try TextPaperReader.read(
      Repository.fixtureBytes("text/nw_16_850_kleine_anfrage.txt"), path: "nw_16_850.txt")
    answer = try TextPaperReader.read(
      [UInt8](Data(contentsOf: Repository.seed)), path: "000_65a9724eb37073ec.txt")
    found = CorrectionDetector().corrections(question: question, answer: answer)
  }

  @Test func exactlyTwoCorrections() {
    for c in found { print(c.kind, "|", c.cue ?? "-", "|", c.claim.text, "|", c.correction.text, "|", c.explanation) }
    #expect(found.map(\.kind) == [.misattribution, .falsePremise])
  }
}
