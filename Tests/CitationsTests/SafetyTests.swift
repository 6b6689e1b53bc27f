import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import Citations

/// Inputs built to make a backtracking matcher blow up. The scanner is linear by
/// construction (bounded lookahead per trigger); these check that it completes and counts
/// right, not how fast.
@Suite struct Safety {
  @Test func tenThousandDrucksachenWithoutNumbers() {
    let text = String(repeating: "Drucksache ", count: 10_000)
    #expect(extractor.extract(from: Citing.nwAntrag.document(text)).isEmpty)
  }

  @Test func tenThousandDrucksachenWithNumbers() {
    let text = String(repeating: "Drucksache 16/850 ", count: 10_000)
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.count == 10_000)
  }

  @Test func aLongListIsBoundedButComplete() {
    let text = "Drucksachen " + (1...1000).map { "16/\($0)" }.joined(separator: ", ")
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.count == 1000)
    #expect(refs.last?.target == "nw/drs/16/1000")
  }

  @Test func pathologicalTriggerSoup() {
    let unit = "§§ 1 und 2 und (vgl. Pressemitteilung der derselben Mitteilung unter 3. "
    let text = String(repeating: unit, count: 5_000)
    let refs = extractor.extract(from: Citing.nwAntwort.document(text))
    #expect(refs.allSatisfy { $0.kind != .law && $0.kind != .pressRelease })
  }

  @Test func aFiveMegabyteSingleLinePaper() throws {
    let raw = try String(contentsOf: Repository.seed, encoding: .utf8)
    let line = roughlyNormalized(raw).replacingOccurrences(of: "\n", with: " ")
    let perCopy = extractor.extract(from: Citing.nwAntwort.document(line)).count
    let copies = 5_000_000 / line.utf8.count + 1
    let text = Array(repeating: line, count: copies).joined(separator: " ")
    #expect(text.utf8.count >= 5_000_000)
    let refs = extractor.extract(from: Citing.nwAntwort.document(text))
    #expect(perCopy > 10)
    #expect(refs.count == perCopy * copies)
  }

  @Test func benchmarkReportsWhatItScanned() throws {
    let raw = try String(contentsOf: Repository.seed, encoding: .utf8)
    let result = ExtractionBenchmark.run(sample: roughlyNormalized(raw), targetBytes: 1_000_000)
    #expect(result.bytes >= 990_000)
    #expect(result.references > 1000)
    #expect(result.seconds >= 0)
  }
}

@Suite struct Benchmark {
  @Test func theBuiltInSampleFindsEveryKind() {
    let doc = Citing.nwAntwort.document(ExtractionBenchmark.sample)
    let kinds = Set(extractor.extract(from: doc).map(\.kind))
    #expect(
      kinds.isSuperset(of: [
        .kleineAnfrage, .drucksache, .pressRelease, .law, .internal,
        .vorlage, .plenarprotokoll,
      ]))
  }
}

/// Random soup of trigger words, numbers and punctuation: extraction must never trap, and
/// every reference must lie inside the text with its surface text where its span says.
@Suite struct Fuzz {
  static let tokens = [
    "Drucksache", "Drucksachen", "Drs.", "LT-Drs.", "BT-Drs.", "BR-Drs.", "Kleine Anfrage",
    "Kleinen Anfrage", "KA", "Vorlage", "PlPr", "nöAPr", "16/", "15/", "17/", "19/", "850",
    "13 032", "1144", "6", "3.", "21.", "Dezember", "2010", "12.2010", "§", "§§", "Art.", "Abs.",
    "Abs.1", "Nr.", "und", "bis", ",", "(", ")", "vgl.", "–", "-", "- ", "„", "“", ":", ".",
    "Pressemitteilung", "Mitteilung", "derselben", "der", "des", "MAIS", "vom", "am", "unter",
    "genannten", "Antwort", "zu Frage", "Fragen", "Vorbemerkung", "auf die", "Landesregierung",
    "BHO", "KiBiz", "Teilhabe- und Integrationsgesetz", "Neudruck", "S.", "Seite", "f.", "ff.",
    "heißt es", "Ä", "ß", "\n", " ", " ", " ",
  ]

  @Test func randomSoupNeverTraps() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: seed >> 33)
    }
    var total = 0
    for round in 0..<400 {
      var text = ""
      for _ in 0..<(50 + next() % 200) {
        text += Self.tokens[next() % Self.tokens.count]
        if next() % 3 == 0 { text += " " }
      }
      let citing: Citing = round % 2 == 0 ? .nwAntwort : .nwNeudruck
      let refs = extractor.extract(from: citing.document(text))
      let bytes = Array(text.utf8)
      var previous = 0
      for r in refs {
        #expect(r.span.start >= previous)
        #expect(r.span.end <= bytes.count)
        #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
        previous = r.span.start
      }
      total += refs.count
    }
    #expect(total > 100)
  }
}
