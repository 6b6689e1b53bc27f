/// Words of a sentence as the claim stages compare them: lower-cased, with a light German stem.
///
/// Everything here works on UTF-8 bytes. The claim stages split every sentence of every
/// paper into words and stems; a word is kept as a 64-bit hash of its lower-cased bytes with
/// what the cue lists say of it (`CueLexicon`), and content words as hashes of their stems
/// (`TermSet`), so that comparing words and terms compares integers. Making a `String` per
/// word and stem and hashing it into `Set<String>`s took most of the claim stages' time.
enum Terms {
  /// A word of a sentence.
  struct Word: Sendable {
    /// `ByteHash` of the lower-cased word.
    var hash: UInt64
    private var start: Int32
    private var end: Int32
    private var lowerStart: Int32
    private var lowerEnd: Int32
    /// What the cue lists say of the word, and how it is written.
    var flags: CueLexicon.Flags
    /// Number in `CueVocabulary`, 0 for a word no cue has.
    var cue: Int32
    /// Letters, counted as Unicode scalars.
    var length: Int32
    /// `CueLists.Bit`s of the lists with a phrase starting with the word (it fits in the
    /// padding: a word still takes 40 bytes).
    var starts: UInt8

    /// Offsets are kept as 32-bit numbers (a sentence is far shorter than 2 GB) so that a
    /// paper's words take less memory.
    init(
      hash: UInt64, range: Range<Int>, lower: Range<Int>, flags: CueLexicon.Flags, cue: Int32,
      length: Int32, starts: UInt8 = 0
    ) {
      self.hash = hash
      start = Int32(truncatingIfNeeded: range.lowerBound)
      end = Int32(truncatingIfNeeded: range.upperBound)
      lowerStart = Int32(truncatingIfNeeded: lower.lowerBound)
      lowerEnd = Int32(truncatingIfNeeded: lower.upperBound)
      self.flags = flags
      self.cue = cue
      self.length = length
      self.starts = starts
    }

    /// UTF-8 range in the sentence.
    var range: Range<Int> { Int(start)..<Int(end) }
    /// Range of the lower-cased word in the sentence's `lower` bytes.
    var lower: Range<Int> { Int(lowerStart)..<Int(lowerEnd) }

    var isContent: Bool { flags.contains(.content) }
    var isNegation: Bool { flags.contains(.negation) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
  }

  /// The words of a text with their lower-cased bytes, words separated by one space
  /// (so that the first words joined by spaces are a prefix of `lower`).
  struct Split {
    var words: [Word]
    var lower: [UInt8]
    /// Whether the text has a `§`.
    var hasSectionSign: Bool
    /// Whether the text has a hyphen (else it has no hyphenated compound).
    var hasHyphen: Bool
    /// `CueLists.Bit`s of the lists with a phrase starting with one of the words.
    var cueStarts: UInt8
  }

  /// The words of `text` (letters and digits; hyphens and punctuation separate words).
  static func split(_ text: String) -> Split {
    var text = text
    return text.withUTF8 { split($0) }
  }

  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Split {
    let lexicon = CueLexicon.shared
    // Words keep 32-bit offsets; a "sentence" of more than 512 MB (lower-casing may
    // lengthen it) is read up to there.
    let limit = Int(Int32.max / 4)
    let bytes = bytes.count <= limit ? bytes : UnsafeBufferPointer(rebasing: bytes[..<limit])
    return splitLatin1(bytes, lexicon) ?? splitAny(bytes, lexicon)
  }

  /// `split` for a text whose letters are ASCII and Latin-1, as nearly all German text:
  /// lower-cases into a buffer of the text's length instead of growing an array byte by
  /// byte, and hashes while it goes. Nil when a letter needs the standard library's
  /// lower-casing.
  private static func splitLatin1(_ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: CueLexicon)
    -> Split?
  {
    let n = bytes.count
    var words: [Word] = []
    var hasSectionSign = false
    var hasHyphen = false
    var cueStarts: UInt8 = 0
    var latin1 = true
    var lower: [UInt8] = []
    // Lower-casing keeps each letter's length, and a space is written only where the text
    // has at least one byte between two words: the lower bytes never outgrow the text. They
    // are written to a buffer on the stack (for all but very long sentences) and copied into
    // an array of their length. (Writing them straight into an array's uninitialized
    // capacity looked up the array's type metadata at run time, slower than the copy.)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { buffer in
      guard let out = buffer.baseAddress else { return }
      var state = Latin1Splitter(out: out, lexicon: lexicon)
      state.words.reserveCapacity(n / 5 + 1)
      var i = 0
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          let upper = b &- 0x41 < 26
          if upper || b &- 0x61 < 26 || b &- 0x30 < 10 {
            if state.start < 0 { state.begin(i, upper) }
            state.add(upper ? b | 0x20 : b)
          } else {
            if b == 0x2D { state.hasHyphen = true }
            if state.start >= 0 { state.finish(i) }
          }
          i += 1
          continue
        }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        let end = min(n, i + width)
        if b == 0xC3, end - i == 2 {
          // Latin-1 letters (À–ÿ) but × and ÷; capitals are 0x80–0x9E, lower-cased by +0x20.
          let second = bytes[i + 1]
          if second != 0x97 && second != 0xB7 {
            if state.start < 0 { state.begin(i, second <= 0x9E) }
            state.add(0xC3, second <= 0x9E ? second + 0x20 : second)
            i = end
            continue
          }
        } else {
          if b == 0xC2, end - i == 2, bytes[i + 1] == 0xA7 { state.hasSectionSign = true }
          if decode(bytes, i, end)?.properties.isAlphabetic ?? false {
            latin1 = false
            return
          }
        }
        if state.start >= 0 { state.finish(i) }
        i = end
      }
      if state.start >= 0 { state.finish(n) }
      lower = Array(UnsafeBufferPointer(start: out, count: state.o))
      // The capacity reserved above is about half again the words of German text, and a
      // reading keeps every sentence's words: kept at their count, a paper's reading is a
      // tenth smaller.
      words.reserveCapacity(state.words.count)
      words.append(contentsOf: state.words)
      hasSectionSign = state.hasSectionSign
      hasHyphen = state.hasHyphen
      cueStarts = state.cueStarts
    }
    guard latin1 else { return nil }
    return Split(
      words: words, lower: lower, hasSectionSign: hasSectionSign, hasHyphen: hasHyphen,
      cueStarts: cueStarts)
  }

  /// The state of `splitLatin1`: a struct with mutating methods, so that the compiler keeps
  /// it in registers (nested functions capturing the loop's variables boxed them).
  private struct Latin1Splitter {
    let out: UnsafeMutablePointer<UInt8>
    let lexicon: CueLexicon
    var words: [Word] = []
    var o = 0
    var start = -1
    var lowerStart = 0
    var capitalized = false
    var hash = ByteHash.seed
    var length: Int32 = 0
    var hasSectionSign = false
    var hasHyphen = false
    var cueStarts: UInt8 = 0

    init(out: UnsafeMutablePointer<UInt8>, lexicon: CueLexicon) {
      self.out = out
      self.lexicon = lexicon
    }

    @inline(__always) mutating func begin(_ i: Int, _ uppercase: Bool) {
      if o > 0 {
        out[o] = 0x20
        o += 1
      }
      start = i
      lowerStart = o
      capitalized = uppercase
      hash = ByteHash.seed
      length = 0
    }

    @inline(__always) mutating func add(_ b: UInt8) {
      out[o] = b
      o += 1
      hash = ByteHash.add(hash, b)
      length += 1
    }

    @inline(__always) mutating func add(_ b: UInt8, _ c: UInt8) {
      out[o] = b
      out[o + 1] = c
      o += 2
      hash = ByteHash.add(ByteHash.add(hash, b), c)
      length += 1
    }

    mutating func finish(_ end: Int) {
      let h = ByteHash.finish(hash)
      let entry = lexicon.entry(h)
      cueStarts |= entry.starts
      let flags = Terms.flags(
        entry.flags, capitalized: capitalized, first: out[lowerStart], length: length)
      words.append(
        Word(
          hash: h, range: start..<end, lower: lowerStart..<o, flags: flags, cue: entry.cue,
          length: length, starts: entry.starts))
      start = -1
    }
  }

  /// A word's flags: the lexicon's, and what its case, first byte and length (in letters)
  /// say; a content word is neither a number, nor a stopword or date word, nor shorter
  /// than three letters.
  @inline(__always) fileprivate static func flags(
    _ lexicon: CueLexicon.Flags, capitalized: Bool, first: UInt8, length: Int32
  ) -> CueLexicon.Flags {
    var flags = lexicon
    if capitalized { flags.insert(.capitalized) }
    if first >= 0x30 && first <= 0x39 {
      flags.insert(.digitFirst)
    } else if length > 2 && !flags.contains(.stopword) && !flags.contains(.dateWord) {
      flags.insert(.content)
    }
    return flags
  }

  /// `split` for any text.
  private static func splitAny(_ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: CueLexicon)
    -> Split
  {
    var result: [Word] = []
    result.reserveCapacity(bytes.count / 5 + 1)
    var lower: [UInt8] = []
    lower.reserveCapacity(bytes.count + 1)
    var hasSectionSign = false
    var hasHyphen = false
    var cueStarts: UInt8 = 0
    var start = -1
    var lowerStart = 0
    var capitalized = false
    /// Whether the word has a letter beyond ASCII and Latin-1, lower-cased by the standard
    /// library instead.
    var unusual = false
    func begin(_ i: Int, uppercase: Bool) {
      start = i
      if !lower.isEmpty { lower.append(0x20) }
      lowerStart = lower.count
      capitalized = uppercase
    }
    func finish(at end: Int) {
      if unusual {
        lower.removeSubrange(lowerStart...)
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self
        ).lowercased()
        lower.append(contentsOf: word.utf8)
      }
      var hash = ByteHash.seed
      var length: Int32 = 0
      for k in lowerStart..<lower.count {
        let b = lower[k]
        hash = ByteHash.add(hash, b)
        if b & 0xC0 != 0x80 { length += 1 }
      }
      hash = ByteHash.finish(hash)
      let entry = lexicon.entry(hash)
      cueStarts |= entry.starts
      var flags = Terms.flags(
        entry.flags, capitalized: capitalized, first: lower[lowerStart], length: length)
      if unusual { flags.insert(.unusual) }
      result.append(
        Word(
          hash: hash, range: start..<end, lower: lowerStart..<lower.count, flags: flags,
          cue: entry.cue, length: length, starts: entry.starts))
      start = -1
      unusual = false
    }
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if isASCIIWordByte(b) {
          let upper = b >= 0x41 && b <= 0x5A
          if start < 0 { begin(i, uppercase: upper) }
          lower.append(upper ? b | 0x20 : b)
        } else {
          if b == 0x2D { hasHyphen = true }
          if start >= 0 { finish(at: i) }
        }
        i += 1
        continue
      }
      let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      let end = min(n, i + width)
      var isLetter: Bool
      if b == 0xC3, end - i == 2 {
        // Latin-1 letters (À–ÿ) but × and ÷; capitals are 0x80–0x9E, lower-cased by +0x20.
        let second = bytes[i + 1]
        isLetter = second != 0x97 && second != 0xB7
        if isLetter {
          if start < 0 { begin(i, uppercase: second <= 0x9E) }
          lower.append(b)
          lower.append(second <= 0x9E ? second + 0x20 : second)
        }
      } else {
        if b == 0xC2, end - i == 2, bytes[i + 1] == 0xA7 { hasSectionSign = true }
        let scalar = decode(bytes, i, end)
        isLetter = scalar?.properties.isAlphabetic ?? false
        if isLetter {
          if start < 0 { begin(i, uppercase: scalar?.properties.isUppercase ?? false) }
          unusual = true
          lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
        }
      }
      if !isLetter && start >= 0 { finish(at: i) }
      i = end
    }
    if start >= 0 { finish(at: n) }
    return Split(
      words: result, lower: lower, hasSectionSign: hasSectionSign, hasHyphen: hasHyphen,
      cueStarts: cueStarts)
  }

  /// The lower-cased words of `text`, as strings.
  static func lowerWords(_ text: String) -> [String] {
    let split = split(text)
    return split.words.map { String(decoding: split.lower[$0.lower], as: UTF8.self) }
  }

  @inline(__always) private static func isASCIIWordByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int)
    -> Unicode.Scalar?
  {
    var iterator = UnsafeBufferPointer(rebasing: bytes[from..<to]).makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  // MARK: Content terms

  /// The content words of `text`, stemmed, without function words, numbers and date words;
  /// a hyphenated compound also counts as one word (`Zuwanderungs-geschichte`).
  static func content(_ text: String) -> TermSet {
    var text = text
    return text.withUTF8 { bytes in content(bytes, split(bytes)) }
  }

  /// `content(_:)` for a text already split.
  static func content(_ bytes: UnsafeBufferPointer<UInt8>, _ split: Split) -> TermSet {
    var hashes: [UInt64] = []
    hashes.reserveCapacity(split.words.count)
    forEachContentStem(bytes, split.words, split.lower, hyphens: split.hasHyphen) {
      hashes.append(ByteHash.of($0))
    }
    return TermSet(sortingInPlace: &hashes)
  }

  /// The stems of the content terms of `sentences` as strings, sorted (a claim's
  /// `subjectTerms`); `terms` is the union of their terms.
  static func contentStrings(_ sentences: [PaperSentence], terms: TermSet) -> [String] {
    var strings: [String] = []
    strings.reserveCapacity(terms.count)
    // Flags on the stack: an array of them looked up its type metadata at run time.
    withUnsafeTemporaryAllocation(of: Bool.self, capacity: terms.count) { seen in
      seen.initialize(repeating: false)
      for sentence in sentences {
        var text = sentence.slice
        text.withUTF8 { bytes in
          forEachContentStem(bytes, sentence.words, sentence.lower, hyphens: sentence.hasHyphen) {
            stem in
            guard let k = terms.index(of: ByteHash.of(stem)), !seen[k] else { return }
            seen[k] = true
            strings.append(String(decoding: stem, as: UTF8.self))
          }
        }
      }
    }
    strings.sort()
    return strings
  }

  /// Calls `body` with the stem of each content word and of each hyphenated compound.
  private static func forEachContentStem(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [Word], _ lower: [UInt8], hyphens: Bool,
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    lower.withUnsafeBufferPointer { low in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * low.count + 2) { scratch in
        guard let base = scratch.baseAddress else { return }
        let out = base
        let joined = base + low.count + 1
        for word in words where word.isContent {
          let n = stem(UnsafeBufferPointer(rebasing: low[word.lower]), into: out)
          body(UnsafeBufferPointer(start: out, count: n))
        }
        // The words of each space-separated token that has a hyphen, joined.
        guard hyphens else { return }
        var next = 0
        var tokenStart = 0
        var hasHyphen = false
        func token(_ end: Int) {
          defer {
            tokenStart = end + 1
            hasHyphen = false
          }
          guard hasHyphen else { return }
          while next < words.count, words[next].range.lowerBound < tokenStart { next += 1 }
          var count = 0
          while next < words.count, words[next].range.upperBound <= end {
            for k in words[next].lower {
              joined[count] = low[k]
              count += 1
            }
            next += 1
          }
          let word = UnsafeBufferPointer(start: joined, count: count)
          if scalarCount(word) > 3, isContent(word) {
            let n = stem(word, into: out)
            body(UnsafeBufferPointer(start: out, count: n))
          }
        }
        for i in 0..<bytes.count {
          let b = bytes[i]
          if b == 0x20 || b == 0x0A {
            token(i)
          } else if b == 0x2D {
            hasHyphen = true
          }
        }
        token(bytes.count)
      }
    }
  }

  /// Whether a lower-cased word is a content word (see `content(_:)`).
  static func isContent(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = lower.first, scalarCount(lower) > 2 else { return false }
    if first >= 0x30 && first <= 0x39 { return false }
    let flags = CueLexicon.shared.entry(ByteHash.of(lower)).flags
    return !flags.contains(.stopword) && !flags.contains(.dateWord)
  }

  /// A light stem: common inflection and derivation endings off, the `ge` of a participle out
  /// (`eingeführt`, `Einführung` → `einführ`; `abgeschafft`, `Abschaffung` → `abschaff`).
  static func stem(_ lower: String) -> String {
    var lower = lower
    return lower.withUTF8 { word in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { out in
        let n = stem(word, into: out.baseAddress!)
        return String(
          decoding: UnsafeBufferPointer(start: out.baseAddress, count: n), as: UTF8.self)
      }
    }
  }

  /// The `ByteHash` of the stem of `word` (lower-cased bytes).
  static func stemHash(_ word: ArraySlice<UInt8>) -> UInt64 {
    word.withUnsafeBufferPointer { word in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { out in
        let n = stem(word, into: out.baseAddress!)
        return ByteHash.of(UnsafeBufferPointer(start: out.baseAddress, count: n))
      }
    }
  }

  /// `stem(_:)` on bytes, written to `out` (room for `word.count` bytes: `ß` becomes `ss`,
  /// of the same length, and the rest only removes); returns the stem's length.
  static func stem(_ word: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    var n = 0
    var length = 0
    var i = 0
    while i < word.count {
      let b = word[i]
      if b == 0xC3, i + 1 < word.count, word[i + 1] == 0x9F {
        out[n] = 0x73
        out[n + 1] = 0x73
        n += 2
        length += 2
        i += 2
        continue
      }
      out[n] = b
      n += 1
      i += 1
      if b & 0xC0 != 0x80 { length += 1 }
    }
    for _ in 0..<2 {
      let k = suffixLength(out, n, length)
      if k == 0 { break }
      n -= k
      length -= k
    }
    // Separable prefixes are 2, 3, 4, 6, 7 ("zurück") or 8 bytes long.
    @inline(__always) func ge(_ p: Int) -> Bool {
      p + 1 < n && out[p] == 0x67 && out[p + 1] == 0x65
    }
    if ge(2) || ge(3) || ge(4) || ge(6) || ge(7) || ge(8) {
      for (prefix, withGe) in separablePrefixes
      where n >= withGe.count && (0..<withGe.count).allSatisfy({ out[$0] == withGe[$0] }) {
        if length - withGe.count >= 3 {
          (out + prefix.count).update(from: out + withGe.count, count: n - withGe.count)
          return n - 2
        }
      }
    }
    if n >= 2, out[0] == 0x67, out[1] == 0x65, length >= 7 {
      out.update(from: out + 2, count: n - 2)
      return n - 2
    }
    return n
  }

  /// The length of the first of `Cues.suffixes` (`ungen`, `ung`, `ern`, `em`, `en`, `er`,
  /// `es`, `e`, `n`, `s`, `t`) that `w` ends with and that leaves four letters; 0 if none.
  @inline(__always)
  private static func suffixLength(_ w: UnsafeMutablePointer<UInt8>, _ n: Int, _ length: Int)
    -> Int
  {
    guard n > 0 else { return 0 }
    let last = w[n - 1]
    let e: UInt8 = 0x65
    let g: UInt8 = 0x67
    let m: UInt8 = 0x6D
    let nn: UInt8 = 0x6E
    let r: UInt8 = 0x72
    let s: UInt8 = 0x73
    let t: UInt8 = 0x74
    let u: UInt8 = 0x75
    if n >= 5, length - 5 >= 4, last == nn, w[n - 2] == e, w[n - 3] == g, w[n - 4] == nn,
      w[n - 5] == u
    {
      return 5
    }
    if n >= 3, length - 3 >= 4 {
      if last == g, w[n - 2] == nn, w[n - 3] == u { return 3 }
      if last == nn, w[n - 2] == r, w[n - 3] == e { return 3 }
    }
    if n >= 2, length - 2 >= 4, w[n - 2] == e, last == m || last == nn || last == r || last == s {
      return 2
    }
    if length - 1 >= 4, last == e || last == nn || last == s || last == t { return 1 }
    return 0
  }

  /// The unit of a quantity reduced for comparison (`Stellen` and `Stelle` agree).
  static func unit(_ unit: String?) -> String {
    guard let unit else { return "" }
    return stem(unit.lowercased())
  }

  /// `unit(_:)` as a `ByteHash`, 0 for no unit.
  static func unitKey(_ unit: String?) -> UInt64 {
    guard var unit else { return 0 }
    // Units are short and ASCII or Latin-1 ("Stellen", "Maßnahmen", "mg/l"): lower-cased
    // and stemmed in place of the strings `unit(_:)` makes.
    let key: UInt64? = unit.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 2) { scratch in
        guard let lower = scratch.baseAddress else { return nil }
        let out = lower + bytes.count + 1
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b < 0x80 {
            lower[i] = b &- 0x41 < 26 ? b | 0x20 : b
            i += 1
          } else if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 {
            // Latin-1 capitals (but ×) lower-case by +0x20, as `lowercased()` does.
            let second = bytes[i + 1]
            lower[i] = b
            lower[i + 1] = second <= 0x9E && second != 0x97 ? second + 0x20 : second
            i += 2
          } else {
            return nil
          }
        }
        let n = stem(UnsafeBufferPointer(start: lower, count: bytes.count), into: out)
        return n == 0 ? 0 : ByteHash.of(UnsafeBufferPointer(start: out, count: n))
      }
    }
    if let key { return key }
    let stemmed = self.unit(unit)
    return stemmed.isEmpty ? 0 : ByteHash.of(stemmed)
  }

  // MARK: Bytes

  /// Each separable prefix, and the prefix followed by the participle's `ge`.
  private static let separablePrefixes: [([UInt8], [UInt8])] = Cues.separablePrefixes.map {
    (Array($0.utf8), Array(($0 + "ge").utf8))
  }

  /// Letters of a word, counted as Unicode scalars (no continuation bytes).
  static func scalarCount<C: Collection<UInt8>>(_ bytes: C) -> Int {
    var count = 0
    for b in bytes where b & 0xC0 != 0x80 { count += 1 }
    return count
  }

  @inline(__always) static func hasSuffix(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
    w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
  }

  /// Whether `bytes[range]` ends with `suffix`.
  @inline(__always) static func hasSuffix(_ bytes: [UInt8], _ suffix: [UInt8], at range: Range<Int>)
    -> Bool
  {
    range.count >= suffix.count
      && bytes[(range.upperBound - suffix.count)..<range.upperBound].elementsEqual(suffix)
  }

  /// `text[range]` for a UTF-8 `range` on scalar boundaries.
  static func substring<S: StringProtocol>(_ text: S, _ range: Range<Int>) -> String {
    let u = text.utf8
    let a = u.index(u.startIndex, offsetBy: range.lowerBound)
    let b = u.index(a, offsetBy: range.count)
    return String(text[a..<b])
  }

  @inline(__always) static func hasPrefix(_ w: [UInt8], _ prefix: [UInt8]) -> Bool {
    w.count >= prefix.count && w[..<prefix.count].elementsEqual(prefix)
  }
}

/// A 64-bit hash of bytes: FNV-1a, then a finalizer that spreads it to the low bits.
/// Words and stems are compared by it; two different words of one hash are not expected in
/// any corpus (2^-64 a pair).
enum ByteHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always) static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  @inline(__always) static func finish(_ hash: UInt64) -> UInt64 {
    var h = hash
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }

  static func of<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
    var hash = seed
    for b in bytes { hash = add(hash, b) }
    return finish(hash)
  }

  static func of(_ text: String) -> UInt64 { of(text.utf8) }
}

/// Content terms as a sorted set of stem hashes, compared by merging.
struct TermSet: Sendable, Equatable {
  private(set) var hashes: [UInt64]

  init() { hashes = [] }

  /// The set of `hashes` (any order, repeats allowed).
  init(unsorted: [UInt64]) {
    var sorted = unsorted
    self.init(sortingInPlace: &sorted)
  }

  /// The set of `hashes`, sorted and freed of repeats where they are (so that a caller's
  /// array is not copied first).
  init(sortingInPlace hashes: inout [UInt64]) {
    hashes.sort()
    var write = 0
    for read in hashes.indices where write == 0 || hashes[read] != hashes[write - 1] {
      hashes[write] = hashes[read]
      write += 1
    }
    hashes.removeLast(hashes.count - write)
    self.hashes = hashes
  }

  private init(sorted: [UInt64]) { hashes = sorted }

  var count: Int { hashes.count }
  var isEmpty: Bool { hashes.isEmpty }

  func contains(_ hash: UInt64) -> Bool { index(of: hash) != nil }

  /// The position of `hash` in `hashes`.
  func index(of hash: UInt64) -> Int? {
    var low = 0
    var high = hashes.count
    while low < high {
      let mid = (low + high) / 2
      if hashes[mid] < hash { low = mid + 1 } else { high = mid }
    }
    return low < hashes.count && hashes[low] == hash ? low : nil
  }

  func intersectionCount(_ other: TermSet) -> Int { sharedCount(other, upTo: .max) }

  func isDisjoint(with other: TermSet) -> Bool { sharedCount(other, upTo: 1) == 0 }

  /// The terms both sets have, counted up to `limit`, by one walk over the two sorted
  /// arrays.
  private func sharedCount(_ other: TermSet, upTo limit: Int) -> Int {
    let a = hashes
    let b = other.hashes
    var i = 0
    var j = 0
    var count = 0
    while i < a.count && j < b.count && count < limit {
      if a[i] < b[j] {
        i += 1
      } else if a[i] > b[j] {
        j += 1
      } else {
        count += 1
        i += 1
        j += 1
      }
    }
    return count
  }

  func union(_ other: TermSet) -> TermSet {
    if other.isEmpty { return self }
    if isEmpty { return other }
    let a = hashes
    let b = other.hashes
    var out: [UInt64] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if a[i] < b[j] {
        out.append(a[i])
        i += 1
      } else if a[i] > b[j] {
        out.append(b[j])
        j += 1
      } else {
        out.append(a[i])
        i += 1
        j += 1
      }
    }
    out.append(contentsOf: a[i...])
    out.append(contentsOf: b[j...])
    return TermSet(sorted: out)
  }

  mutating func formUnion(_ other: TermSet) { self = union(other) }
}
