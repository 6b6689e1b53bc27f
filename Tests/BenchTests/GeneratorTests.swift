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
    #expect(answer.truth.corrections.allSatisfy { $0.scope == "question-answer" })
  }

  /// Writing the same corpus twice gives the same bytes, papers and truth file alike.
  @Test func sameSeedSameCorpusBytes() throws {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("generator-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    var written: [[String: Data]] = []
    for run in 0..<2 {
      let dir = base.appendingPathComponent("run\(run)")
      _ = try CorpusWriter.write(
        count: 60, to: dir.appendingPathComponent("papers").path,
        truthPath: dir.appendingPathComponent("truth.jsonl").path,
        generator: CorpusGenerator(seed: 11))
      var files: [String: Data] = [:]
      let papers = dir.appendingPathComponent("papers")
      for name in try FileManager.default.contentsOfDirectory(atPath: papers.path) {
        files[name] = try Data(contentsOf: papers.appendingPathComponent(name))
      }
      files["truth.jsonl"] = try Data(contentsOf: dir.appendingPathComponent("truth.jsonl"))
      written.append(files)
    }
    #expect(written[0].count == 61)
    #expect(written[0] == written[1])
  }

  /// The running text of a generated paper on one line: page furniture dropped, line-end
  /// hyphens joined, white space collapsed.
  static func flat(_ text: String) -> String {
    let furniture = [
      "\u{0C}", "Datum des Originals", "Die Veröffentlichungen des Landtags",
      "des Landtags Nordrhein-Westfalen, 40002", "Der kostenfreie Download", "www.landtag.nrw.de",
    ]
    var out = ""
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.allSatisfy(\.isNumber) { continue }
      if furniture.contains(where: { line.hasPrefix($0) }) { continue }
      if out.hasSuffix("-"), line.first?.isLowercase == true {
        out.removeLast()
        out += line
      } else {
        out += (out.isEmpty ? "" : " ") + line
      }
    }
    return out
  }

  /// Cross-paper corrections and as many hard negatives: a later paper that is not the
  /// answer cites the earlier one by its Drucksache number; the claim is in the earlier
  /// paper, and the correcting paper holds the cue and the corrected figure or statement.
  @Test func truthHoldsCrossPaperCorrectionsAndHardNegatives() throws {
    let generator = CorpusGenerator()
    let papers = (0..<100).map { generator.paper($0) }
    let byKey = Dictionary(
      papers.filter { $0.truth.version == nil }.map { ($0.truth.key, $0) },
      uniquingKeysWith: { a, _ in a })
    let cross = papers.flatMap { p in
      p.truth.corrections.filter { $0.scope == "cross-paper" }.map { (p, $0) }
    }
    let negatives = papers.flatMap { p in p.truth.negatives.map { (p, $0) } }
    let distinctCross = Set(cross.map(\.1))
    let distinctNegatives = Set(negatives.map(\.1))
    #expect(distinctCross.count == 20)
    #expect(distinctNegatives.count == distinctCross.count)
    #expect(Set(distinctCross.map(\.kind)) == ["numeric", "rebuttal"])
    #expect(
      Set(distinctNegatives.map(\.kind)) == ["later-state", "agreement", "conditional", "opinion"])
    let questionAnswer = Set(
      papers.flatMap(\.truth.corrections).filter { $0.scope == "question-answer" }.map {
        [$0.claimDocument, $0.correctionDocument]
      })
    for (paper, entry) in cross + negatives {
      let claimPaper = try #require(byKey[entry.claimDocument])
      // Not a question and its answer, and the earlier paper comes first.
      #expect(!questionAnswer.contains([entry.claimDocument, entry.correctionDocument]))
      #expect(entry.correctionDocument == paper.truth.key)
      let number = try #require(entry.claimDocument.split(separator: "/").last.flatMap { Int($0) })
      let own = try #require(paper.truth.key.split(separator: "/").last.flatMap { Int($0) })
      #expect(number < own)
      let text = Self.flat(paper.text)
      #expect(text.contains("\(entry.claimDocument.hasPrefix("nw") ? 16 : 19)/\(number)"))
      #expect(paper.truth.references.contains(entry.claimDocument))
      let claimText = Self.flat(claimPaper.text)
      #expect(claimText.contains(entry.claimed), "\(entry.claimed) in \(claimPaper.fileName)")
      #expect(text.contains(entry.corrected), "\(entry.corrected) in \(paper.fileName)")
      let cue = entry.cue.split(separator: "…").map { $0.trimmingCharacters(in: .whitespaces) }
      for part in cue { #expect(text.contains(part), "\(part) in \(paper.fileName)") }
    }
  }

  /// Filler figures are facts of the generated world: a sentence that two papers of a
  /// parliament and year share states the same figure, so that no paper contradicts another
  /// by accident.
  @Test func fillerSentencesDoNotContradictEachOther() {
    let generator = CorpusGenerator()
    var figures: [String: Set<String>] = [:]
    for index in 0..<60 {
      let paper = generator.paper(index)
      let body = String(paper.truth.key.prefix(2))
      let text = Self.flat(paper.text)
      for part in text.components(separatedBy: " Schulungen auf").dropLast() {
        let figure = part.split(separator: " ").last.map(String.init) ?? ""
        figures[body, default: []].insert(figure)
      }
    }
    #expect(figures.values.contains { !$0.isEmpty })
    for (body, values) in figures { #expect(values.count == 1, "\(body): \(values)") }
  }
}
