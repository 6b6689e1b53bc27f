import Foundation
import TestSupport
import Testing

@testable import Claims

@Suite struct VersionDiffEvaluationTests {
  /// H11's annotated version pairs (`Fixtures/eval/versions`, written apart from the differ)
  /// and the layout-heavy pairs of `Fixtures/versiondiff`: precision ≥ 0.9, recall ≥ 0.8 on each.
  @Test(arguments: ["eval/versions", "versiondiff"])
  func versionPairsMeetTheBar(_ folder: String) throws {
    let result = try VersionDiffEvaluation.run(directory: Repository.fixture(folder))
    print(folder + ": " + result.summary)
    #expect(result.pairs >= 10)
    #expect(result.expected >= 15)
    #expect(result.precision >= 0.9, "\(result.summary)")
    #expect(result.recall >= 0.8, "\(result.summary)")
  }

  /// Scoring: same kind and agreeing words count; another kind or other words do not.
  @Test func scoringCountsOnlyAgreeingChanges() {
    let truth = [
      VersionDiffEvaluation.Truth.Item(
        kind: "date", old: "30. September 2018", new: "31. Oktober 2018"),
      VersionDiffEvaluation.Truth.Item(kind: "number", old: "1.028", new: "1.082"),
    ]
    var result = VersionDiffEvaluation.Result(
      pairs: 0, expected: 0, found: 0, correct: 0, missed: [], spurious: [])
    VersionDiffEvaluation.score(
      name: "t", truth: truth,
      found: [
        .init(kind: .date, old: "30. September", new: "31. Oktober", context: ""),
        .init(kind: .wording, old: "1.028", new: "1.082", context: ""),
        .init(kind: .added, old: "", new: "Neudruck", context: ""),
      ], into: &result)
    #expect(result.correct == 1)
    #expect(result.found == 3)
    #expect(result.expected == 2)
    #expect(result.missed.count == 1)
    #expect(result.spurious.count == 2)
  }

  @Test func missingFolderIsAClearError() {
    #expect(throws: (any Error).self) {
      try VersionDiffEvaluation.run(directory: URL(fileURLWithPath: "/nonexistent/versions"))
    }
  }
}

@Suite struct VersionDiffMatchingTests {
  /// A found insertion matches a truth that repeats the words around it; an empty truth side
  /// never matches found words.
  @Test func insertionAgainstTruthWithContext() {
    #expect(VersionDiffEvaluation.agrees(truth: "Streifendienst", found: ""))
    #expect(VersionDiffEvaluation.agrees(truth: "Wach- und Streifendienst", found: "Wach- und"))
    #expect(!VersionDiffEvaluation.agrees(truth: "", found: "nicht"))
    #expect(!VersionDiffEvaluation.agrees(truth: "dauerhaft", found: "vollständig"))
  }
}
