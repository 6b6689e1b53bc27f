/// The counts a corrections report opens with: how many corrections, between how many
/// papers, and how many of each kind. Taken from corrections in memory, or counted by the
/// store, so that a report can say them before it streams its entries.
public struct CorrectionTally: Sendable, Equatable {
  public var total: Int
  /// Distinct paper keys quoted (as claim or correction); versions count as papers.
  public var papers: Int
  public var byKind: [Correction.Kind: Int]

  public init(total: Int, papers: Int, byKind: [Correction.Kind: Int]) {
    self.total = total
    self.papers = papers
    self.byKind = byKind
  }

  public init(_ corrections: [Correction]) {
    var byKind: [Correction.Kind: Int] = [:]
    var papers = Set<DocumentKey>()
    for c in corrections {
      byKind[c.kind, default: 0] += 1
      papers.insert(c.claim.document)
      papers.insert(c.correction.document)
    }
    self.init(total: corrections.count, papers: papers.count, byKind: byKind)
  }

  /// Kinds present, in the order of `Correction.Kind.allCases`, with their counts.
  public var kinds: [(Correction.Kind, Int)] {
    Correction.Kind.allCases.compactMap { kind in byKind[kind].map { (kind, $0) } }
  }
}
