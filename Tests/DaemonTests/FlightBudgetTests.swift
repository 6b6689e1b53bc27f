import Testing

@testable import Daemon

/// How many papers the loop hands to the workers at once: enough to batch a burst of small
/// papers, few enough that large ones cannot fill memory.
@Suite struct FlightBudgetTests {
  @Test(
    arguments: [
      // (papers in flight, bytes in flight, admitted?) with 2 workers: floor 4, 64 papers, 2 MB
      (0, 0, true),
      (3, 100 << 20, true),  // under the floor, whatever the size: every worker has work
      (4, 100 << 20, false),  // a few huge papers stop the rest
      (4, 1 << 20, true),
      (5, (2 << 20) - 1, true),
      (5, 2 << 20, false),  // past the floor, 2 MB of papers in flight stop the rest
      (63, 200_000, true),
      (64, 200_000, false),  // a burst of small papers stops at 64
    ] as [(Int, Int64, Bool)])
  func admits(papers: Int, bytes: Int64, admitted: Bool) {
    #expect(FlightBudget(workers: 2).admits(papers: papers, bytes: bytes) == admitted)
  }

  @Test func manyWorkersRaiseTheFloorAndTheCount() {
    let budget = FlightBudget(workers: 48)
    #expect(budget.floor == 96)
    #expect(budget.papers == 96)
    #expect(budget.admits(papers: 95, bytes: 1 << 30))
    #expect(!budget.admits(papers: 96, bytes: 0))
  }
}
