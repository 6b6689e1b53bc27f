import Citations
import CorpusGenerator
import Foundation
import Pipeline
import Testing

/// The real reader and extractor on generated papers, against the generator's truth.
@Suite struct ExtractionOnGeneratedPapersTests {
  struct Tally {
    var hits = 0
    var missed: [String] = []
    var extra: [String] = []
    var wrongKeys: [String] = []
  }

  static func tally(papers range: Range<Int>) throws -> Tally {
    let generator = CorpusGenerator()
    let analyzer = PaperAnalyzer()
    var tally = Tally()
    for index in range {
      let paper = generator.paper(index)
      let analyzed = try analyzer.analyze(Array(paper.text.utf8), path: paper.fileName)
      // Targets as `refs` reports them without a store: resolved by the text alone.
      let found = analyzed.flatMap { a in
        CitationResolver.resolve(
          a.references, citing: a.document, known: { _ in false }, alias: { _ in nil }
        ).map(\.resolvedTarget.rawValue)
      }
      let key = analyzed.first?.document.key
      if key?.unversioned.rawValue != paper.truth.key {
        tally.wrongKeys.append("\(paper.fileName): \(key?.rawValue ?? "none")")
      }
      var remaining = found
      for target in paper.truth.references {
        if let i = remaining.firstIndex(of: target) {
          remaining.remove(at: i)
          tally.hits += 1
        } else {
          tally.missed.append("\(paper.fileName): \(target)")
        }
      }
      tally.extra += remaining.map { "\(paper.fileName): \($0)" }
    }
    return tally
  }

  @Test func recallAndPrecisionOnTwoHundredPapers() throws {
    let t = try Self.tally(papers: 0..<200)
    let recall = Double(t.hits) / Double(t.hits + t.missed.count)
    let precision = Double(t.hits) / Double(t.hits + t.extra.count)
    #expect(t.hits > 1000)
    #expect(recall >= 0.99, "missed: \(t.missed.prefix(20))")
    #expect(precision >= 0.99, "extra: \(t.extra.prefix(20))")
    #expect(t.wrongKeys.isEmpty, "\(t.wrongKeys.prefix(10))")
  }
}
