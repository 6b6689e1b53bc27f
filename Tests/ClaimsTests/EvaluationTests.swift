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
