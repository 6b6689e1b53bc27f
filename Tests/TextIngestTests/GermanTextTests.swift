import DocumentModel
import TestSupport
import Testing

@testable import TextIngest

/// `GermanText` tokenizes once what the three scanners each tokenized: it must give exactly
/// what they give, for whole papers and for every section.
@Suite struct GermanTextTests {
  @Test(arguments: [
    "real/sl_drs_15-1284_antwort_pdftotext.txt", "real/000_65a9724eb37073ec.txt",
    "text/bt_19_4711_antwort.txt", "text/nw_16_1720_antwort_crlf.txt",
    "text/nw_16_3287_antwort_letterspaced.txt", "text/nw_17_3125_antrag_neudruck.txt",
    "text/sl_15_1217_anfrage.txt",
  ])
  func sameAsEachScanner(_ file: String) throws {
    let bytes = try Repository.fixtureBytes(file)
    let document = try TextPaperReader.read(bytes, path: file)
    let text = document.text.text
    let german = GermanText(text)
    let found = german.quantitiesAndDates()
    #expect(!found.quantities.isEmpty || !found.dates.isEmpty)
    #expect(found.quantities == GermanNumberParser.quantities(in: text))
    #expect(found.dates == GermanDateParser.dates(in: text))
    #expect(german.sentences() == SentenceSplitter.sentences(in: text))
    #expect(document.sections.count > 1)
    for section in document.sections {
      #expect(
        german.sentences(in: section.textRange)
          == SentenceSplitter.sentences(in: text, range: section.textRange))
    }
  }

  /// Ranges that cut into a line or a word, or leave the text, are tokenized on their own
  /// and agree too.
  @Test func rangesOffLineBoundaries() throws {
    let text =
      "Die Landesregierung hat am 6. September 2012 rund 4,4 Mio. Euro bewilligt. "
      + "Das sind 12 Prozent mehr.\n„Wir werden das prüfen.“ Vgl. Drucksache 16/850. Ende 2011 "
      + "waren es 89. Die Zahl stieg.\nNordrhein-Westfalen zahlte 2.500 Euro."
    let german = GermanText(text)
    let count = text.utf8.count
    let newline = Array(text.utf8).firstIndex(of: 0x0A) ?? 0
    let ranges: [Range<Int>] = [
      0..<count, 0..<newline, (newline + 1)..<count, 5..<count, 0..<40, 3..<(newline + 7),
      (newline - 10)..<(newline + 1), 0..<(count + 50), count..<count, 0..<0,
    ]
    for range in ranges {
      #expect(
        german.sentences(in: range) == SentenceSplitter.sentences(in: text, range: range),
        "\(range)")
    }
    #expect(german.sentences(in: 0..<newline).count == 2)
  }
}
