import Foundation
import TestSupport
import Testing

/// Corrections between two papers about the same subject, not question and answer: a later
/// answer that cites an earlier one and corrects it is linked at ingest, in either order.
@Suite struct PaperPairLinkingTests {
  static let pair = "Fixtures/eval/pairs/05_nw_kinderschutz_traegerschaft"

  @Test(arguments: [["earlier.txt", "later.txt"], ["later.txt", "earlier.txt"]])
  func aCitingPaperThatCorrectsTheCitedOneIsLinked(order: [String]) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    for name in order {
      let run = try fundstelle(["ingest", "--quiet", "--store", store, "\(Self.pair)/\(name)"])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let report = try fundstelle(["corrections", "--store", store, "--format", "json"])
    #expect(report.status == 0, "\(report.stderr)")
    let corrections = try #require(
      try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [[String: Any]])
    #expect(Set(corrections.compactMap { $0["kind"] as? String }) == ["entity", "rebuttal"])
    for correction in corrections {
      let claim = try #require(correction["claim"] as? [String: Any])
      let corrected = try #require(correction["correction"] as? [String: Any])
      #expect(claim["document"] as? String == "nw/drs/17/8466")
      #expect(corrected["document"] as? String == "nw/drs/17/9988")
    }
  }

  /// A later paper on the same subject without a correction adds none (the pair's hard
  /// negatives: the same figure repeated, a later year's figure).
  @Test func aPairWithoutCorrectionStaysQuiet() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let pair = "Fixtures/eval/pairs/04_nw_schulsozialarbeit_foerderung"
    let run = try fundstelle([
      "ingest", "--quiet", "--store", store, "\(pair)/earlier.txt", "\(pair)/later.txt",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let report = try fundstelle(["corrections", "--store", store, "--format", "json"])
    let corrections = try #require(
      try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [Any])
    #expect(corrections.isEmpty)
  }
}
