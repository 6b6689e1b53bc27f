import Citations
import DocumentModel
import Testing

/// A paper number that names no parliament ("Drucksache 16/850") in a paper whose own
/// parliament is not known cannot be keyed. It is left out of the references, and said so:
/// a missing reference must not be a silent one.
@Suite struct UnplacedNumberTests {
  static func unknownPaper(_ text: String) -> Document {
    makeDocument(
      text, key: "unknown/sha256/0123456789abcdef", body: nil, wp: nil, kind: .antrag)
  }

  @Test(arguments: [
    ("Wie in der Drucksache 16/850 dargelegt, ist das Land zuständig.", ["Drucksache 16/850"]),
    ("Über die Ergebnisse wurde mit Vorlage 15/1144 berichtet.", ["Vorlage 15/1144"]),
    ("Vgl. die Drucksachen 16/7748 und 16/7912.", ["Drucksachen 16/7748 und 16/7912"]),
    ("Siehe Drs. 16/850 und Plenarprotokoll 16/85.", ["Drs. 16/850", "Plenarprotokoll 16/85"]),
    // Numbers that name their parliament are placed whatever the citing paper.
    ("Siehe BT-Drs. 19/1234 und Bundestagsdrucksache 19/4711.", []),
    ("Vgl. Drucksache 19/4711 des Deutschen Bundestages.", []),
  ])
  func numbersWithoutAParliamentAreLeftOutAndSaidSo(text: String, unplaced: [String]) {
    let extraction = ReferenceExtractor().extraction(from: Self.unknownPaper(text))
    #expect(extraction.unplaced == unplaced)
    for number in unplaced {
      #expect(!extraction.references.contains { $0.text == number })
    }
    if unplaced.isEmpty { #expect(!extraction.references.isEmpty) }
  }

  /// In a paper whose parliament is known, the same numbers are its own parliament's.
  @Test func aKnownParliamentPlacesThem() {
    let text = "Wie in der Drucksache 16/850 und der Vorlage 15/1144 dargelegt."
    let extraction = ReferenceExtractor().extraction(from: Citing.nwAntrag.document(text))
    #expect(extraction.unplaced.isEmpty)
    #expect(
      extraction.references.map(\.target) == ["nw/drs/16/850", "nw/vorlage/15/1144"])
  }
}
