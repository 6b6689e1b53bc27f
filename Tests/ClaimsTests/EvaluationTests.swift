import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import Claims

/// The annotated evaluation set in Fixtures/eval: precision ≥ 0.9 and recall ≥ 0.8 overall.
@Test func evaluationSetMeetsTargets() throws {
  let result = try Evaluation.run(directory: Repository.fixture("eval"))
  print(result)
  #expect(result.cases >= 30)
  #expect(result.overall.precision >= 0.9)
  #expect(result.overall.recall >= 0.8)
}

@Test func evaluationNamesABrokenTruthFile() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "claims-eval-\(UUID().uuidString)")
  let item = dir.appendingPathComponent("qa/01_broken")
  try FileManager.default.createDirectory(at: item, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try Data("{\"corrections\": 3}".utf8).write(to: item.appendingPathComponent("truth.json"))
  do {
    _ = try Evaluation.run(directory: dir)
    Issue.record("a broken truth file must be reported")
  } catch let error as ReadError {
    #expect(error.path.hasSuffix("qa/01_broken/truth.json"))
    #expect(!error.description.contains("\"corrections\": 3"))
  }
}
