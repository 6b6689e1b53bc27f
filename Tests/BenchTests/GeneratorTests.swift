import CorpusGenerator
import Foundation
import Pipeline
import Testing

@Suite struct GeneratorTests {
  @Test func samePaperForSameSeedAndIndex() {
    let a = CorpusGenerator(seed: 7)
    let b = CorpusGenerator(seed: 7)
    for index in [0, 1, 8, 9, 37, 41, 1999] {
      #expect(a.paper(index).text == b.paper(index).text)
      #expect(a.paper(index).truth == b.paper(index).truth)
    }
  }

  @Test func otherSeedOtherPapers() {
    #expect(CorpusGenerator(seed: 7).paper(3).text != CorpusGenerator(seed: 8).paper(3).text)
  }

  @Test func fileNamesAndKeysAreUniqueExceptNeudrucke() {
    let papers = (0..<200).map { CorpusGenerator().paper($0) }
    #expect(Set(papers.map(\.fileName)).count == papers.count)
    let unversioned = papers.filter { $0.truth.version == nil }
    #expect(Set(unversioned.map(\.truth.key)).count == unversioned.count)
    #expect(papers.contains { $0.truth.version == "neudruck" })
    #expect(papers.contains { $0.truth.key.hasPrefix("bt/") })
  }

  /// The papers look like pdftotext output: page breaks with running headers, hyphenated
  /// line ends, and a question answered by the next paper with its corrections.
  @Test func papersCarryTheTrapsOfRealOnes() {
    let generator = CorpusGenerator()
    let papers = (0..<100).map { generator.paper($0) }
    #expect(
      papers.filter { $0.text.contains("\u{0C}LANDTAG NORDRHEIN-WESTFALEN - 16.") }.count > 10)
    #expect(papers.filter { $0.text.contains("\u{0C}Drucksache 19/") }.count > 5)
    #expect(papers.filter { $0.text.contains("-\n") }.count > 80)
    let question = generator.paper(0).truth.key
    let answer = generator.paper(1)
    #expect(answer.truth.kind == "antwort")
    #expect(answer.truth.corrections.map(\.claimDocument) == [question, question])
  }
}
