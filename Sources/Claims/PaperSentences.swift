import DocumentModel
import TextIngest

/// One sentence of a paper with what the claim stages read from it.
///
/// A class: the claim stages filter and hand on arrays of sentences many times, and copying
/// a struct of a dozen arrays retained and released each of them.
final class PaperSentence: Sendable {
  /// UTF-8 range in the paper's normalized text.
  let range: Range<Int>
  /// The sentence as the paper's text writes it: a slice of that text, not a copy.
  let slice: Substring
  /// The sentence as a string of its own (a copy; the claim stages read `slice`).
  var text: String { String(slice) }
  /// The words, in order.
  let words: [Terms.Word]
  /// The lower-cased words separated by spaces; `words` point into it.
  let lower: [UInt8]
  /// The words as `CueVocabulary` numbers, for matching cues (empty when no word is a cue
  /// word).
  let cueWords: [Int32]
  /// `CueLists.Bit`s of the lists a phrase of which may start in the sentence.
  let cueStarts: UInt8
  /// Whether the text has a hyphen (see `Terms.content`).
  let hasHyphen: Bool
  let terms: TermSet
  /// Index of the paragraph (the normalized text's line) the sentence stands in.
  let paragraph: Int
  let sectionKind: Section.Kind
  let sectionNumbers: [Int]
  let quantities: [Quantity]
  /// `Terms.unitKey` of each quantity's unit.
  let quantityUnits: [UInt64]
  let dates: [PartialDate]
  /// Dates that say when something happened (`am 3. November 2014`, `vom Juni 2018`), not a
  /// cut-off of a count (`bis zum`, `zum`, `Stand`, `seit`).
  let eventDates: [PartialDate]
  /// For each quantity, the date nearest before it in the sentence when the sentence has
  /// several dates ("auf das Jahr 2016 rund 287 Mio. Euro, auf das Jahr 2017 rund 512 …").
  let quantityDates: [PartialDate?]
  let isQuestion: Bool
  let isNegated: Bool
  /// A sentence about the paper itself (`ClaimExtractor.isFurniture`).
  let isFurniture: Bool
  /// Has a cue that says it corrects nothing (`Cues.blockers`).
  let isBlocked: Bool
  /// Has a rebuttal, misattribution, false-premise or denial cue, or "sondern": only such a
  /// sentence can be a cued correction.
  let mayCue: Bool
  /// The numbers after "§" (`CorrectionDetector` compares what two figures count by them).
  let sectionSigns: Set<String>
  /// The names after a word for a place ("Kreis Kleve"), as word hashes.
  let places: [UInt64]
  /// "16/1051" for each "Drucksache 16/1051" the sentence cites.
  let drucksacheNumbers: Set<String>
  /// Every paper number the sentence prints ("16/690" for "Vorlage 16/690"), whatever
  /// the paper is called: what two papers citing the same third one share.
  let paperNumbers: Set<String>

  init(
    range: Range<Int>, text: Substring, paragraph: Int, sectionKind: Section.Kind,
    sectionNumbers: [Int], quantities: [Quantity], dates: [PartialDate] = [],
    eventDates: [PartialDate] = [], quantityDates: [PartialDate?] = []
  ) {
    var text = text
    let (split, terms, paperNumbers, isQuestion) = text.withUTF8 { bytes in
      let split = Terms.split(bytes)
      return (
        split, Terms.content(bytes, split), PaperSentence.paperNumbers(bytes),
        PaperSentence.endsWithQuestionMark(bytes)
      )
    }
    self.range = range
    slice = text
    words = split.words
    lower = split.lower
    hasHyphen = split.hasHyphen
    let cueStarts = split.cueStarts
    self.cueStarts = cueStarts
    let cueWords = cueStarts == 0 ? [] : split.words.map(\.cue)
    self.cueWords = cueWords
    self.terms = terms
    self.paragraph = paragraph
    self.sectionKind = sectionKind
    self.sectionNumbers = sectionNumbers
    self.quantities = quantities
    quantityUnits = quantities.map { Terms.unitKey($0.unit) }
    self.dates = dates
    self.eventDates = eventDates
    self.quantityDates = quantityDates
    self.isQuestion = isQuestion
    isNegated = split.words.contains { $0.isNegation }
    // Which lists occur: each is tried only where a word starts one of its phrases.
    var occurring: UInt8 = 0
    if cueStarts != 0 {
      let lists = CueLists.sentenceLists
      for (k, word) in split.words.enumerated() where word.starts & ~occurring != 0 {
        for (bit, list) in lists
        where word.starts & bit != 0 && occurring & bit == 0 && list.occurs(in: cueWords, at: k) {
          occurring |= bit
        }
      }
    }
    isFurniture = occurring & CueLists.Bit.furniture != 0
    isBlocked = occurring & CueLists.Bit.blockers != 0
    mayCue =
      occurring
      & (CueLists.Bit.rebuttal | CueLists.Bit.falsePremise | CueLists.Bit.misattribution
        | CueLists.Bit.anaphoricDenials) != 0
      || split.words.contains { [sondern = Words.sondern] in $0.hash == sondern }
    sectionSigns = split.hasSectionSign ? PaperSentence.sectionSigns(text) : []
    self.paperNumbers = paperNumbers
    var places: [UInt64] = []
    var cited = Set<String>()
    let words = split.words
    // Read once: each use of a static is a call (swift_once).
    let (drs, drucks) = (Words.drs, Words.drucks)
    let (drucksache, drucksachen) = (Words.drucksache, Words.drucksachen)
    for k in words.indices {
      let w = words[k]
      if w.flags.contains(.placeWord), k + 1 < words.count { places.append(words[k + 1].hash) }
      if k + 2 < words.count, w.length >= 3,
        w.hash == drs || w.hash == drucks
          || Terms.hasSuffix(split.lower, drucksache, at: w.lower)
          || Terms.hasSuffix(split.lower, drucksachen, at: w.lower)
      {
        let wp = words[k + 1]
        let n = words[k + 2]
        if split.lower[wp.lower].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
          split.lower[n.lower].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
          cited.insert(
            String(decoding: split.lower[wp.lower], as: UTF8.self) + "/"
              + String(decoding: split.lower[n.lower], as: UTF8.self))
        }
      }
    }
    self.places = places
    drucksacheNumbers = cited
  }

  /// Whether `u` ends with "?", "?“" or "?\"".
  static func endsWithQuestionMark(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = u.count
    guard n > 0 else { return false }
    let last = u[n - 1]
    if last == 0x3F { return true }
    if last == 0x22 { return n >= 2 && u[n - 2] == 0x3F }
    // “ is E2 80 9C.
    return n >= 4 && u[n - 4] == 0x3F && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && last == 0x9C
  }

  /// The lower-cased bytes of word `k`.
  func lower(_ k: Int) -> ArraySlice<UInt8> { lower[words[k].lower] }

  /// Word `k`, lower-cased.
  func lowerString(_ k: Int) -> String { String(decoding: lower(k), as: UTF8.self) }

  /// Whether word `k` (lower-cased) starts with `prefix`.
  func word(_ k: Int, hasPrefix prefix: [UInt8]) -> Bool {
    let w = lower(k)
    return w.count >= prefix.count && w.prefix(prefix.count).elementsEqual(prefix)
  }

  /// Whether word `k` (lower-cased) ends with `suffix`.
  func word(_ k: Int, hasSuffix suffix: [UInt8]) -> Bool {
    Terms.hasSuffix(lower, suffix, at: words[k].lower)
  }

  /// The first words, lower-cased and joined by spaces, start with `prefix`.
  func lowerStarts(fromWord k: Int, words count: Int, with prefix: [UInt8]) -> Bool {
    guard k < words.count else { return false }
    let from = words[k].lower.lowerBound
    let to = words[min(words.count, k + count) - 1].lower.upperBound
    return to - from >= prefix.count && lower[from..<(from + prefix.count)].elementsEqual(prefix)
  }

  /// The text from word `a` to word `b` as written; empty unless `a <= b < words.count`.
  func surface(_ a: Int, _ b: Int) -> String {
    guard a <= b, b < words.count else { return "" }
    return Terms.substring(slice, words[a].range.lowerBound..<words[b].range.upperBound)
  }

  /// Paper numbers as a text prints them: "16/690" for "Vorlage 16/690" (digits, a slash,
  /// digits; not a date's "12.03.2013").
  static func paperNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
    var result = Set<String>()
    guard var slash = bytes.firstIndex(of: 0x2F) else { return result }
    func isDigit(_ k: Int) -> Bool {
      k >= 0 && k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39
    }
    while slash < bytes.count {
      if bytes[slash] == 0x2F, isDigit(slash - 1), isDigit(slash + 1) {
        var start = slash - 1
        while isDigit(start - 1) { start -= 1 }
        var end = slash + 1
        while isDigit(end) { end += 1 }
        result.insert(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
      }
      slash += 1
    }
    return result
  }

  /// The numbers after "§" in `text` ("§ 8", "§§ 26 und 27" gives 26).
  static func sectionSigns(_ text: Substring) -> Set<String> {
    guard text.utf8.contains(0xA7) else { return [] }
    let bytes = Array(text.utf8)
    var result = Set<String>()
    var i = 0
    while i + 1 < bytes.count {
      // "§" is C2 A7 in UTF-8.
      guard bytes[i] == 0xC2, bytes[i + 1] == 0xA7 else {
        i += 1
        continue
      }
      var j = i + 2
      while j + 1 < bytes.count, bytes[j] == 0xC2, bytes[j + 1] == 0xA7 { j += 2 }
      while j < bytes.count, bytes[j] == 0x20 { j += 1 }
      let start = j
      while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
      if j > start { result.insert(String(decoding: bytes[start..<j], as: UTF8.self)) }
      i = max(j, i + 2)
    }
    return result
  }
}

/// Hashes and bytes of single words the claim stages look for.
enum Words {
  static let sondern = ByteHash.of("sondern")
  static let nicht = ByteHash.of("nicht")
  static let kein = ByteHash.of("kein")
  static let drs = ByteHash.of("drs")
  static let drucks = ByteHash.of("drucks")
  static let drucksache = Array("drucksache".utf8)
  static let drucksachen = Array("drucksachen".utf8)
  static let der = ByteHash.of("der")
  static let des = ByteHash.of("des")
  static let kein_ = Array("kein".utf8)
  static let solch = Array("solch".utf8)
  static let prognose = Array("prognose".utf8)
  static let minister = Array("minister".utf8)
  static let ministerin = Array("ministerin".utf8)
  static let dies = ByteHash.of("dies")
  static let letzteres = ByteHash.of("letzteres")
  static let diesbezueglich = ByteHash.of("diesbezüglich")
  static let demonstratives: [UInt64] = ["diese", "dieser", "dieses", "diesen"].map(ByteHash.of)
  static let dasDem: [UInt64] = ["das", "dem"].map(ByteHash.of)
  static let indefinite: [UInt64] = ["eine", "ein", "einer"].map(ByteHash.of)
  static let opinionVerbs: [UInt64] = ["befürchten", "kritisieren", "halten"].map(ByteHash.of)
  static let plans: [UInt64] = ["geplant", "voraussichtlich", "soll", "sollen", "vorgesehen"]
    .map(ByteHash.of)
  static let glue: [UInt64] = [
    "in", "im", "der", "dem", "des", "die", "das", "war", "ist", "wurde", "hat", "sind", "waren",
  ].map(ByteHash.of)
  static let genericUnits: [UInt64] = Cues.genericUnits.map(ByteHash.of)
  static let sourceNounEndings: [([UInt8], Int)] = Cues.sourceNounEndings.map {
    (Array($0.utf8), $0.count)
  }
  static let eventNounEndings: [[UInt8]] = Cues.eventNounEndings.map { Array($0.utf8) }
  static let presupposingParticiples: [[UInt8]] = Cues.presupposingParticiples.map {
    Array($0.utf8)
  }
  static let sourceAnaphors: [[UInt8]] = Cues.sourceAnaphors.map { Array($0.utf8) }
  static let presuppositionOpeners: [([UInt8], Int)] = Cues.presuppositionOpeners.map {
    (Array($0.utf8), $0.split(separator: " ").count)
  }
}

/// The sentences of a paper, section by section, with quantities and dates assigned.
enum PaperSentences {
  /// Sentences of the sections of `kinds` (all but header and signature when nil); a paper
  /// without sections is read as one body.
  static func sentences(of document: Document, kinds: Set<Section.Kind>? = nil)
    -> [PaperSentence]
  {
    var text = document.text.text
    let count = text.utf8.count
    var sections = document.sections.filter {
      $0.kind != .header && $0.kind != .signature && (kinds?.contains($0.kind) ?? true)
    }
    if document.sections.isEmpty {
      sections = [
        Section(
          kind: .body, span: document.text.span(of: 0..<count), textRange: 0..<count)
      ]
    }
    guard !sections.isEmpty else { return [] }
    // One tokenization for the quantities, the dates and the sentences.
    let german = GermanText(text)
    let found = german.quantitiesAndDates()
    let quantities = found.quantities.map { ($0.range, $0.quantity) }
    let dateMatches = found.dates
    let dates = dateMatches.map { ($0.range, $0.date) }
    let (eventDates, lineStarts) = text.withUTF8 { utf8 in
      let eventDates = dateMatches.filter { match in
        let preposition = wordRange(before: match.range.lowerBound, in: utf8)
        guard let (w, _) = word(preposition, in: utf8), w.flags.contains(.eventDatePreposition)
        else { return false }
        return !namesWhichOne(before: preposition.lowerBound, in: utf8)
      }.map { ($0.range, $0.date) }
      // Line starts, to number paragraphs (normalized text has no `\r`).
      return (eventDates, NormalizedText.lineStarts(of: utf8))
    }

    var result: [PaperSentence] = []
    for section in sections.sorted(by: { $0.textRange.lowerBound < $1.textRange.lowerBound }) {
      for range in german.sentences(in: section.textRange) {
        let paragraph = lineIndex(of: range.lowerBound, in: lineStarts)
        result.append(
          PaperSentence(
            range: range, text: document.text.substring(range), paragraph: paragraph,
            sectionKind: section.kind, sectionNumbers: section.numbers,
            quantities: within(range, quantities), dates: within(range, dates),
            eventDates: within(range, eventDates),
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
    let qs = slice(range, quantities)
    guard !qs.isEmpty else { return [] }
    let ds = slice(range, dates)
    guard ds.count > 1 else { return qs.map { _ in nil } }
    return qs.map { q in
      ds.last(where: { $0.0.upperBound <= q.0.lowerBound })?.1 ?? ds.first?.1
    }
  }

  /// The range of the word that ends before `offset`, skipping spaces and, if
  /// `acrossLines`, line ends (letters only: ASCII and the two-byte Latin-1 letters of
  /// German). Empty at a paragraph's start without `acrossLines`.
  private static func wordRange(
    before offset: Int, in utf8: UnsafeBufferPointer<UInt8>, acrossLines: Bool = true
  )
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
  private static func namesWhichOne(before offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool
  {
    var end = offset
    while end > 0, utf8[end - 1] == 0x20 { end -= 1 }
    if end > 0, utf8[end - 1] >= 0x30, utf8[end - 1] <= 0x39 { return true }
    // The noun right before, or the one before a genitive ("Pressemitteilung des BMI vom");
    // not further ("Der Bericht wurde am …" dates an event).
    var words: [(Terms.Word, [UInt8])?] = []
    for _ in 0..<3 {
      let range = wordRange(before: end, in: utf8, acrossLines: false)
      guard !range.isEmpty else { break }
      words.append(word(range, in: utf8))
      end = range.lowerBound
    }
    var nouns = words.prefix(1)
    if words.count == 3, let (w, _) = words[1], w.hash == Words.des || w.hash == Words.der {
      nouns.append(words[2])
    }
    return nouns.contains { noun in
      guard let (w, lower) = noun else { return false }
      return ClaimExtractor.isSourceNoun(w, lower: lower) || w.flags.contains(.identifiedByDate)
    }
  }

  /// The first word of `utf8[range]` with the lower-cased bytes it points into; nil if the
  /// range has no word.
  private static func word(_ range: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>) -> (
    Terms.Word, [UInt8]
  )? {
    let split = Terms.split(UnsafeBufferPointer(rebasing: utf8[range]))
    guard let first = split.words.first else { return nil }
    return (first, split.lower)
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

/// Section kinds as bits, so that filtering sentences by kind does not hash each kind.
struct KindMask {
  let bits: UInt16

  init(_ kinds: Set<Section.Kind>) {
    var bits: UInt16 = 0
    for kind in kinds { bits |= Self.bit(kind) }
    self.bits = bits
  }

  func contains(_ kind: Section.Kind) -> Bool { bits & Self.bit(kind) != 0 }

  private static func bit(_ kind: Section.Kind) -> UInt16 {
    switch kind {
    case .header: 1 << 0
    case .questionPreamble: 1 << 1
    case .governmentPreamble: 1 << 2
    case .question: 1 << 3
    case .answer: 1 << 4
    case .body: 1 << 5
    case .signature: 1 << 6
    case .agendaItem: 1 << 7
    case .speech: 1 << 8
    }
  }
}
