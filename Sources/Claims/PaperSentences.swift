import DocumentModel
import TextIngest

/// One sentence of a paper with what the claim stages read from it.
struct PaperSentence: Sendable {
  /// UTF-8 range in the paper's normalized text.
  var range: Range<Int>
  var text: String
  /// Lower-cased words, in order.
  var words: [String]
  /// The words as `CueVocabulary` numbers, for matching cues.
  var cueWords: [Int32]
  var terms: Set<String>
  /// Index of the paragraph (the normalized text's line) the sentence stands in.
  var paragraph: Int
  var sectionKind: Section.Kind
  var sectionNumbers: [Int]
  var quantities: [Quantity]
  var dates: [PartialDate]
  /// Dates that say when something happened (`am 3. November 2014`, `vom Juni 2018`), not a
  /// cut-off of a count (`bis zum`, `zum`, `Stand`, `seit`).
  var eventDates: [PartialDate] = []
  /// For each quantity, the date nearest before it in the sentence when the sentence has
  /// several dates ("auf das Jahr 2016 rund 287 Mio. Euro, auf das Jahr 2017 rund 512 …").
  var quantityDates: [PartialDate?] = []

  var isQuestion: Bool { text.hasSuffix("?") || text.hasSuffix("?“") || text.hasSuffix("?\"") }
  var isNegated: Bool { words.contains(where: Terms.isNegation) }
}

/// The sentences of a paper, section by section, with quantities and dates assigned.
enum PaperSentences {
  /// Sentences of the sections of `kinds` (all but header and signature when nil); a paper
  /// without sections is read as one body.
  static func sentences(of document: Document, kinds: Set<Section.Kind>? = nil)
    -> [PaperSentence]
  {
    let text = document.text.text
    let utf8 = Array(text.utf8)
    var sections = document.sections.filter {
      $0.kind != .header && $0.kind != .signature && (kinds?.contains($0.kind) ?? true)
    }
    if document.sections.isEmpty {
      sections = [
        Section(
          kind: .body, span: document.text.span(of: 0..<utf8.count), textRange: 0..<utf8.count)
      ]
    }
    guard !sections.isEmpty else { return [] }
    let quantities = GermanNumberParser.quantities(in: text).map { ($0.range, $0.quantity) }
    let dateMatches = GermanDateParser.dates(in: text)
    let dates = dateMatches.map { ($0.range, $0.date) }
    let eventDates = dateMatches.filter { match in
      let preposition = wordRange(before: match.range.lowerBound, in: utf8)
      guard Cues.eventDatePrepositions.contains(word(preposition, in: utf8)) else { return false }
      return !namesWhichOne(before: preposition.lowerBound, in: utf8)
    }.map { ($0.range, $0.date) }
    // Line starts, to number paragraphs.
    var lineStarts = [0]
    for (i, b) in utf8.enumerated() where b == 0x0A { lineStarts.append(i + 1) }

    var result: [PaperSentence] = []
    for section in sections.sorted(by: { $0.textRange.lowerBound < $1.textRange.lowerBound }) {
      for range in SentenceSplitter.sentences(in: text, range: section.textRange) {
        let sentence = String(document.text.substring(range))
        let paragraph = lineIndex(of: range.lowerBound, in: lineStarts)
        let words = Terms.words(sentence)
        result.append(
          PaperSentence(
            range: range, text: sentence, words: words.map(\.lower),
            cueWords: CueVocabulary.encode(words.map(\.lower)),
            terms: Terms.content(sentence, words: words), paragraph: paragraph,
            sectionKind: section.kind,
            sectionNumbers: section.numbers,
            quantities: within(range, quantities),
            dates: within(range, dates), eventDates: within(range, eventDates),
            quantityDates: nearestDates(range, quantities, dates)))
      }
    }
    return result
  }

  /// The values whose ranges start inside `range` (`items` sorted by start).
  private static func within<T>(_ range: Range<Int>, _ items: [(Range<Int>, T)]) -> [T] {
    slice(range, items).map(\.1)
  }

  /// The items whose ranges start inside `range`, found by binary search.
  private static func slice<T>(_ range: Range<Int>, _ items: [(Range<Int>, T)])
    -> ArraySlice<(Range<Int>, T)>
  {
    var low = 0
    var high = items.count
    while low < high {
      let mid = (low + high) / 2
      if items[mid].0.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < items.count, items[end].0.lowerBound < range.upperBound { end += 1 }
    return items[low..<end]
  }

  /// For each quantity in `range`, the date nearest before it, if the sentence has several.
  private static func nearestDates(
    _ range: Range<Int>, _ quantities: [(Range<Int>, Quantity)],
    _ dates: [(Range<Int>, PartialDate)]
  ) -> [PartialDate?] {
    let qs = slice(range, quantities).map(\.0)
    let ds = slice(range, dates)
    guard ds.count > 1 else { return qs.map { _ in nil } }
    return qs.map { q in
      ds.last(where: { $0.0.upperBound <= q.lowerBound })?.1 ?? ds.first?.1
    }
  }

  /// The range of the word that ends before `offset`, skipping spaces and, if
  /// `acrossLines`, line ends (letters only: ASCII and the two-byte Latin-1 letters of
  /// German). Empty at a paragraph's start without `acrossLines`.
  private static func wordRange(before offset: Int, in utf8: [UInt8], acrossLines: Bool = true)
    -> Range<Int>
  {
    var end = offset
    while end > 0, utf8[end - 1] == 0x20 || (acrossLines && utf8[end - 1] == 0x0A) { end -= 1 }
    var start = end
    while start > 0 {
      let b = utf8[start - 1]
      if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
        start -= 1
      } else if b >= 0x80 && b < 0xC0 && start >= 2 && utf8[start - 2] == 0xC3 {
        start -= 2
      } else {
        break
      }
    }
    return start..<end
  }

  /// Whether the date after the preposition at `offset` says which paper, release or meeting
  /// is meant rather than when something happened: "Pressemitteilung des BMI vom 4. Mai",
  /// "in der 10. Sitzung am 5. Juni", "mit Vorlage 16/2913 vom 16. Mai".
  private static func namesWhichOne(before offset: Int, in utf8: [UInt8]) -> Bool {
    var end = offset
    while end > 0, utf8[end - 1] == 0x20 { end -= 1 }
    if end > 0, utf8[end - 1] >= 0x30, utf8[end - 1] <= 0x39 { return true }
    // The noun right before, or the one before a genitive ("Pressemitteilung des BMI vom");
    // not further ("Der Bericht wurde am …" dates an event).
    var words: [String] = []
    for _ in 0..<3 {
      let range = wordRange(before: end, in: utf8, acrossLines: false)
      guard !range.isEmpty else { break }
      words.append(word(range, in: utf8))
      end = range.lowerBound
    }
    var nouns = words.prefix(1)
    if words.count == 3, words[1] == "des" || words[1] == "der" { nouns.append(words[2]) }
    return nouns.contains { ClaimExtractor.isSourceNoun($0) || Cues.identifiedByDate.contains($0) }
  }

  private static func word(_ range: Range<Int>, in utf8: [UInt8]) -> String {
    Terms.words(String(decoding: utf8[range], as: UTF8.self)).first?.lower ?? ""
  }

  private static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }
}
