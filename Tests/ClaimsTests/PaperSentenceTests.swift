import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

/// What a sentence stores when it is read must be what reading its text again gives: the
/// reading takes shortcuts (a slice of the paper's text, cue lists tried only at words that
/// start one of their phrases, units keyed on bytes) that must not change anything.
@Test(arguments: [
  "text/bt_19_4711_antwort.txt", "text/nw_16_2350_antwort.txt", "text/nw_16_850_kleine_anfrage.txt",
  "text/nw_17_3125_antrag_neudruck.txt", "real/sl_drs_15-1284_antwort_pdftotext.txt",
  "eval/qa/33_nw_anonymisierte_bewerbung_seed/answer.txt",
])
func sentencesHoldWhatTheirTextSays(_ file: String) throws {
  let bytes = try Repository.fixtureBytes(file)
  let document = try TextPaperReader.read(bytes, path: file)
  let sentences = PaperSentences.sentences(of: document)
  #expect(sentences.count > 10)
  for s in sentences {
    #expect(s.text == String(document.text.substring(s.range)))
    #expect(s.slice.utf8.count == s.range.count)
    #expect(s.terms == Terms.content(s.text))
    #expect(
      s.paperNumbers == Array(s.text.utf8).withUnsafeBufferPointer(PaperSentence.paperNumbers))
    #expect(s.isFurniture == CueLists.furniture.occurs(in: s.cueWords))
    #expect(s.isBlocked == CueLists.blockers.occurs(in: s.cueWords))
    let cue = [
      CueLists.rebuttal, CueLists.falsePremise, CueLists.misattribution,
      CueLists.anaphoricDenials,
    ].contains { $0.occurs(in: s.cueWords) }
    #expect(s.mayCue == (cue || s.words.contains { $0.hash == Words.sondern }))
    #expect(
      s.quantityUnits
        == s.quantities.map { q in
          let unit = Terms.unit(q.unit)
          return unit.isEmpty ? 0 : ByteHash.of(unit)
        })
    #expect(
      s.isQuestion == (s.text.hasSuffix("?") || s.text.hasSuffix("?\"") || s.text.hasSuffix("?“")))
  }
}
