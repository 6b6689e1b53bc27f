import Foundation
import GRDB
import Testing

@testable import Store

/// The query that finds a paper's partners runs once per ingested paper. Twice a join
/// written the natural way made SQLite scan every reference for every paper, and ingest
/// slowed with the size of the store (80 papers/s at 9,000 papers). Only the one-row `me`
/// and the version's own targets may be scanned.
@Test func linkPartnersScansNothingButTheVersionItself() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fundstelle-plan-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let store = try PaperStore(path: folder.appendingPathComponent("s.sqlite").path)
  let plan = try store.reading { db in
    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + LinkPartners.query, arguments: ["x"])
      .map { $0["detail"] as String }
  }
  #expect(
    plan.contains { $0.hasPrefix("SEARCH reference USING INDEX") || $0.contains("SEARCH r ") })
  // `me` is one row; `asks` and `corrects` are the version's own distinct targets.
  let small: Set<String> = ["SCAN me", "SCAN asks", "SCAN corrects"]
  let scans = plan.filter { $0.hasPrefix("SCAN") && !small.contains($0) }
  // The references of other papers are met through the version's distinct targets, not
  // reference by reference: a paper citing one Drucksache 45,000 times took minutes to link.
  #expect(plan.contains("SCAN asks") && plan.contains("SCAN corrects"))
  // The answers to a corrected paper are found by target and relation (v4): by target
  // alone, a target cited by N papers cost N rows for every new paper correcting it.
  #expect(plan.contains("SEARCH ar USING INDEX reference_target (target_key=? AND relation=?)"))
  #expect(scans.isEmpty, "full scans: \(scans)")
}
