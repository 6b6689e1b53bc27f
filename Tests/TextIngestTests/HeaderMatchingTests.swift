import DocumentModel
import Testing

@testable import TextIngest

/// The shortcuts the title-block parser takes for speed must not change what it finds.
@Suite struct HeaderMatching {
  /// `BodyEvidence.selfName` turns a line away when it holds none of the anchor words; a
  /// self-name without one would never be found.
  @Test func everySelfNameHoldsAnAnchor() {
    for entry in ParliamentKnowledge.selfNames where entry.body != .br {
      let phrase = Array(entry.phrase.utf8)
      #expect(
        BodyEvidence.selfNameAnchors.contains { Match.find(phrase, $0) != nil },
        "\(entry.phrase)")
    }
  }

  @Test func everySelfNameDecidesItsBody() {
    for entry in ParliamentKnowledge.selfNames where entry.body != .br {
      let line = Fold.fold("Drucksache 7/12 " + entry.phrase.uppercased() + " 7. Wahlperiode")
      #expect(BodyEvidence.selfName(in: line) == entry.body, "\(entry.phrase)")
    }
    #expect(BodyEvidence.selfName(in: Fold.fold("Landtag und Bundestag beraten")) == nil)
  }

  @Test(arguments: [
    ("der Abgeordneten Serap Güler CDU", true),
    ("Matthias Kerkhoff (CDU)", true),
    ("Josefine Paul (BÜNDNIS 90/DIE GRÜNEN)", true),
    ("und der Fraktion DIE LINKE.", true),
    ("Gregor Wienand", false),
    ("Peter Preuß CDU–", false),
    ("Landesverband der SPDler", false),
    // Decomposed "Ü" (U+0308): characters compare equal to the composed party name.
    ("Marie Beispiel BU\u{0308}NDNIS 90/DIE GRU\u{0308}NEN", true),
    ("Anna Kowalska – SPD", true),
  ])
  func endsWithParty(_ line: String, _ expected: Bool) {
    #expect(TitleBlock.endsWithParty(Fold.fold(line)) == expected)
  }

  @Test(arguments: [
    ("Serap Güler", true), ("Güler CDU", true), ("S – P", false), ("B\u{0308}", false), ("", true),
  ])
  func latin1(_ text: String, _ expected: Bool) {
    #expect(Match.isLatin1(Array(text.utf8)) == expected)
  }

  /// `Fold` on contiguous bytes takes a faster path; it must fold like the general one.
  @Test(arguments: [
    "LANDTAG NORDRHEIN-WESTFALEN", "ÄÖÜ äöü ß ×÷ À Þ", "Drucksache 16/850 – ÖFFENTLICH",
    "\u{C3}", "",
  ])
  func foldPathsAgree(_ text: String) {
    let bytes = Array(text.utf8) + [0xC3, 0x97, 0xC3]
    #expect(Fold.fold(bytes) == Fold.fold(bytes.lazy.map { $0 }))
    #expect(Fold.fold(bytes[1...]) == Fold.fold(bytes.dropFirst().lazy.map { $0 }))
  }

  /// Header atoms are recognised word by word from the furniture's word tables.
  @Test(arguments: [
    ("LANDTAG NORDRHEIN-WESTFALEN", true, false, false),
    ("Bremische Bürgerschaft", true, false, false),
    ("Deutscher Bundestag – 19. Wahlperiode", true, false, true),
    ("Drucksache 16/850", false, true, false),
    ("Drs. 16/850 – 12.03.2015", false, true, false),
    ("Landtag Brandenburg Drucksache: 7/12", true, true, false),
  ])
  func headerAtoms(_ line: String, _ house: Bool, _ drucksache: Bool, _ wahlperiode: Bool) {
    let bytes = Array(line.utf8)
    guard let source = LayoutBytes.lines(bytes).first, let shape = HeaderShape(bytes, source)
    else {
      Issue.record("no header shape for \(line)")
      return
    }
    #expect(shape.house == house)
    #expect(shape.drucksache == drucksache)
    #expect(shape.wahlperiode == wahlperiode)
  }

  @Test(arguments: ["1. Was hat die Landesregierung unternommen?", "Landtag und Regierung"])
  func runningTextIsNoHeader(_ line: String) {
    let bytes = Array(line.utf8)
    guard let source = LayoutBytes.lines(bytes).first else { return }
    #expect(HeaderShape(bytes, source) == nil)
  }
}
