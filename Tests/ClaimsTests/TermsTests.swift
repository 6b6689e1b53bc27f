import Foundation
import TestSupport
import Testing

@testable import Claims

/// The stemmer as it was written on strings and `Cues.suffixes`, before it moved to bytes:
/// the byte stemmer must give the same stems, as claims' `subjectTerms` are output.
private func referenceStem(_ lower: String) -> String {
  var w = Array(lower.replacingOccurrences(of: "ß", with: "ss").utf8)
  var length = w.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
  let suffixes = Cues.suffixes.map { Array($0.utf8) }
  for _ in 0..<2 {
    guard
      let suffix = suffixes.first(where: {
        w.count >= $0.count && w.suffix($0.count) == $0[...] && length - $0.count >= 4
      })
    else { break }
    w.removeLast(suffix.count)
    length -= suffix.count
  }
  for prefix in Cues.separablePrefixes {
    let withGe = Array((prefix + "ge").utf8)
    if w.starts(with: withGe), length - withGe.count >= 3 {
      return String(decoding: Array(prefix.utf8) + w[withGe.count...], as: UTF8.self)
    }
  }
  if w.starts(with: Array("ge".utf8)), length >= 7 {
    return String(decoding: w[2...], as: UTF8.self)
  }
  return String(decoding: w, as: UTF8.self)
}

@Test(arguments: [
  ("eingeführt", "einführ"), ("einführung", "einführ"), ("abgeschafft", "abschaff"),
  ("abschaffung", "abschaff"), ("zurückgetreten", "zurückgetre"), ("straße", "stras"),
  ("zusammengefasst", "zusammenfas"), ("gemeinden", "meind"), ("stellen", "stell"),
  ("ge", "ge"), ("angekündigte", "ankündig"), ("mietwohnungen", "mietwoh"),
  ("genehmigungen", "nehmig"), ("vorhergesagt", "vorhersag"),
])
func stemsOnBytesAsOnStrings(_ word: String, _ stem: String) {
  #expect(Terms.stem(word) == stem)
  #expect(Terms.stem(word) == referenceStem(word))
  #expect(Terms.stemHash(Array(word.utf8)[...]) == ByteHash.of(stem))
}

/// Every word of the text fixtures stems as the reference does.
@Test func stemsOfEveryFixtureWordAgreeWithTheReference() throws {
  let dir = Repository.fixture("text")
  var words = Set<String>()
  for name in try FileManager.default.contentsOfDirectory(atPath: dir.path)
  where name.hasSuffix(".txt") {
    let data = try Data(contentsOf: dir.appendingPathComponent(name))
    words.formUnion(Terms.lowerWords(String(decoding: data, as: UTF8.self)))
  }
  #expect(words.count > 500)
  let differing = words.filter { Terms.stem($0) != referenceStem($0) }
  #expect(differing.isEmpty, "\(differing.sorted().prefix(20))")
}

@Test func splitKeepsCaseSurfaceAndCueFlags() {
  let split = Terms.split("Diese Angabe trifft nicht zu; Straßen-Ausbau im Kreis Kleve § 8.")
  let lower = split.words.map { String(decoding: split.lower[$0.lower], as: UTF8.self) }
  #expect(
    lower == [
      "diese", "angabe", "trifft", "nicht", "zu", "straßen", "ausbau", "im", "kreis", "kleve", "8",
    ])
  #expect(
    split.words.map(\.isCapitalized) == [
      true, true, false, false, false, true, true, false, true, true, false,
    ])
  #expect(split.words[1].flags.contains(.claimNoun))
  #expect(split.words[3].isNegation)
  #expect(split.words[8].flags.contains(.placeWord))
  #expect(split.words[2].cue != 0 && split.words[1].cue == 0)
  #expect(!split.words[10].isContent && split.words[10].flags.contains(.digitFirst))
  #expect(split.hasSectionSign)
  #expect(split.cueStarts & CueLists.Bit.rebuttal != 0)
  // The lower-cased words joined by spaces.
  #expect(String(decoding: split.lower, as: UTF8.self).hasPrefix("diese angabe trifft nicht zu"))
}

/// A reading keeps every sentence's words, so they are kept at their count, not at the
/// capacity reserved while splitting (about half again as many for German text).
@Test func splitKeepsNoSpareCapacityForWords() throws {
  let text = try String(
    contentsOf: Repository.fixture("real").appendingPathComponent(
      "sl_drs_15-1284_antwort_pdftotext.txt"),
    encoding: .utf8)
  let split = Terms.split(text)
  #expect(split.words.count > 1_000)
  #expect(split.words.capacity < split.words.count + 2)
}

@Test func contentTermsJoinHyphenatedCompounds() {
  let terms = Terms.content("Die Zuwanderungs-geschichte der Gemeinden wurde eingeführt.")
  let words = ["zuwanderungs", "geschichte", "zuwanderungsgeschichte", "gemeinden", "eingeführt"]
  #expect(terms == TermSet(unsorted: words.map { ByteHash.of(referenceStem($0)) }))
}

@Test func termSetOperationsAgreeWithSets() {
  var generator = SystemRandomNumberGenerator()
  for _ in 0..<200 {
    let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
      UInt64.random(in: 0...20, using: &generator)
    }
    let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
      UInt64.random(in: 0...20, using: &generator)
    }
    let x = TermSet(unsorted: a)
    let y = TermSet(unsorted: b)
    #expect(x.hashes == Set(a).sorted())
    #expect(x.intersectionCount(y) == Set(a).intersection(b).count)
    #expect(x.isDisjoint(with: y) == Set(a).isDisjoint(with: b))
    #expect(x.union(y).hashes == Set(a).union(b).sorted())
    #expect((0...20).allSatisfy { x.contains(UInt64($0)) == a.contains(UInt64($0)) })
  }
}

/// `unitKey` lower-cases and stems ASCII and Latin-1 units on bytes; it must give the key of
/// `unit(_:)`, which lower-cases with the standard library, for every unit.
@Test(arguments: [
  "Stellen", "Stelle", "Euro", "Prozent", "Maßnahmen", "ÄRZTE", "Übernachtungen", "mg/l",
  "Euro/Jahr", "km/h", "kWh", "µg", "Ölförderanlagen", "ÉTUDES", "×", "Straße", "", "t", "Ý",
  "Þorn", "Ÿ", "İstanbul", "Σ",
])
func unitKeysAsOnStrings(_ unit: String) {
  let stemmed = Terms.unit(unit)
  #expect(Terms.unitKey(unit) == (stemmed.isEmpty ? 0 : ByteHash.of(stemmed)))
  #expect(Terms.unitKey(nil) == 0)
}
