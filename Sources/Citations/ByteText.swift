/// The normalized text as UTF-8 bytes, with the small forward and backward probes the
/// extractor is built from. Every probe looks at a bounded number of bytes, so extraction
/// stays linear in the text's length.
struct ByteText {
  let bytes: [UInt8]
  var count: Int { bytes.count }

  init(_ text: String) { bytes = Array(text.utf8) }

  /// The byte at `i`, or 0 outside the text.
  @inline(__always) subscript(i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

  func string(_ range: Range<Int>) -> String {
    let lo = max(0, range.lowerBound)
    let hi = min(bytes.count, range.upperBound)
    guard lo < hi else { return "" }
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  // MARK: Character classes

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
  @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }

  /// Whether a letter (ASCII, or a Latin-1 letter such as ä, ß) ends just before `i`.
  func letterEnds(before i: Int) -> Bool {
    let c = self[i - 1]
    if Self.isASCIILetter(c) { return true }
    // ä ö ü ß Ä Ö Ü é … are two bytes starting with 0xC3.
    return c >= 0x80 && c <= 0xBF && self[i - 2] == 0xC3
  }

  /// Whether a letter starts at `i`.
  func letterStarts(at i: Int) -> Bool {
    let c = self[i]
    return Self.isASCIILetter(c) || (c == 0xC3 && self[i + 1] >= 0x80 && self[i + 1] <= 0xBF)
  }

  /// Whether a lower-case letter starts at `i` (ASCII or ä ö ü ß).
  func lowerStarts(at i: Int) -> Bool {
    let c = self[i]
    if Self.isLower(c) { return true }
    guard c == 0xC3 else { return false }
    let d = self[i + 1]
    return d >= 0x9F && d <= 0xBF
  }

  /// Whether an upper-case letter starts at `i` (ASCII or Ä Ö Ü).
  func upperStarts(at i: Int) -> Bool {
    let c = self[i]
    if Self.isUpper(c) { return true }
    guard c == 0xC3 else { return false }
    let d = self[i + 1]
    return d >= 0x80 && d <= 0x9E
  }

  /// A word may start at `i`: nothing alphanumeric right before it.
  func isWordStart(_ i: Int) -> Bool {
    i == 0 || (!letterEnds(before: i) && !Self.isDigit(self[i - 1]))
  }

  /// A word ends at `i`: no letter or digit starts there.
  func isWordEnd(_ i: Int) -> Bool {
    !letterStarts(at: i) && !Self.isDigit(self[i])
  }

  /// Bytes of one space-like character at `i` (space, tab, newline, NBSP, thin spaces), or 0.
  func spaceLength(at i: Int) -> Int {
    switch self[i] {
    case 0x20, 0x09, 0x0A, 0x0D: return 1
    case 0xC2 where self[i + 1] == 0xA0: return 2
    case 0xE2 where self[i + 1] == 0x80 && (self[i + 2] == 0x89 || self[i + 2] == 0xAF):
      return 3
    default: return 0
    }
  }

  /// `i` moved past spaces, at most `limit` bytes.
  func skipSpaces(_ i: Int, limit: Int = 8) -> Int {
    var j = i
    while j < count && j - i < limit {
      let n = spaceLength(at: j)
      if n == 0 { break }
      j += n
    }
    return j
  }

  /// `i` moved back over spaces (returns the index just after the last non-space).
  func skipSpacesBackward(_ i: Int, limit: Int = 8) -> Int {
    var j = i
    while j > 0 && i - j < limit {
      let c = self[j - 1]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        j -= 1
      } else if c == 0xA0 && self[j - 2] == 0xC2 {
        j -= 2
      } else {
        break
      }
    }
    return j
  }

  // MARK: Matching

  /// Whether `pattern` stands at `i`.
  @inline(__always) func has(_ pattern: [UInt8], at i: Int) -> Bool {
    guard i >= 0, i + pattern.count <= count else { return false }
    for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
    return true
  }

  /// Whether `pattern` ends exactly at `end`.
  func hasSuffix(_ pattern: [UInt8], endingAt end: Int) -> Bool {
    has(pattern, at: end - pattern.count)
  }

  /// The end of `pattern` at `i` if it stands there; a hyphenation leftover (`Drucksa- che`)
  /// inside the text is skipped where the pattern continues in lower case.
  func matchLoosely(_ pattern: [UInt8], at i: Int) -> Int? {
    var j = i
    var k = 0
    var skipped = false
    while k < pattern.count {
      let c = self[j]
      if c == pattern[k] {
        j += 1
        k += 1
        continue
      }
      // "Drucksa- che": hyphen, one space, then the pattern goes on in lower case.
      if !skipped, k > 0, c == 0x2D, self[j + 1] == 0x20 || self[j + 1] == 0x0A,
        Self.isLower(pattern[k]), Self.isLower(pattern[k - 1])
      {
        j += 2
        skipped = true
        continue
      }
      return nil
    }
    return j
  }

  /// False when `matchLoosely` of a pattern whose first bytes are `head` (little-endian,
  /// `mask` marking the bytes it has) must fail at `i`: up to its first mismatch that
  /// function compares exactly, and it only goes on past a mismatch that is a hyphen.
  @inline(__always) func mayMatchLoosely(head: UInt32, mask: UInt32, at i: Int) -> Bool {
    guard i >= 0, i + 4 <= bytes.count else { return true }
    let w = bytes.withUnsafeBytes {
      UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: i, as: UInt32.self))
    }
    let diff = (w ^ head) & mask
    if diff == 0 { return true }
    return bytes[i + diff.trailingZeroBitCount / 8] == 0x2D
  }

  /// Any of `patterns` at `i`, the longest one; returns its end.
  func matchAny(_ patterns: [[UInt8]], at i: Int) -> Int? {
    var best: Int?
    for p in patterns where has(p, at: i) {
      let end = i + p.count
      if best.map({ end > $0 }) ?? true { best = end }
    }
    return best
  }

  /// Any of `words` at `i` as a whole word; returns its end.
  func matchWord(_ words: [[UInt8]], at i: Int) -> Int? {
    guard let end = matchAny(words, at: i), isWordEnd(end) else { return nil }
    return end
  }

  // MARK: Numbers

  /// A run of 1…`maxDigits` ASCII digits at `i` (not longer), as value and end.
  func digits(at i: Int, maxDigits: Int = 6) -> (value: Int, end: Int, count: Int)? {
    var j = i
    var v = 0
    while Self.isDigit(self[j]) {
      if j - i >= maxDigits { return nil }
      v = v * 10 + Int(self[j] - 0x30)
      j += 1
    }
    return j > i ? (v, j, j - i) : nil
  }

  // MARK: Sentences

  private static let abbreviations: [[UInt8]] = [
    "vgl", "Vgl", "bzw", "Nr", "Abs", "ca", "ggf", "evtl", "inkl", "bspw", "usw", "etc", "Dr",
    "Prof", "Drs", "Drucks", "sog", "ff", "Tel", "Art", "lit", "Ziff", "Buchst", "Mio", "Mrd",
    "rd", "Std", "St", "gem",
  ].map { Array($0.utf8) }

  /// Whether the `.`, `?` or `!` at `i` ends a sentence.
  func endsSentence(at i: Int) -> Bool {
    let c = self[i]
    guard c == 0x2E || c == 0x3F || c == 0x21 else { return false }
    // A closing quote may stand between the stop and the space: `gewinnen.“ Dann`.
    var q = i + 1
    if self[q] == 0x22 || self[q] == 0x27 {
      q += 1
    } else if self[q] == 0xE2 && self[q + 1] == 0x80
      && (self[q + 2] == 0x9C || self[q + 2] == 0x9D || self[q + 2] == 0x98)
    {
      q += 3
    }
    let next = skipSpaces(q, limit: 3)
    guard next > q || next >= count else { return false }
    if c != 0x2E { return true }
    // Ordinals and dates ("21. Dezember", "3. Wo bleibt") do not end sentences.
    if Self.isDigit(self[i - 1]) { return false }
    if !letterEnds(before: i) { return self[i - 1] != 0x2E }
    // A short abbreviation ("vgl.", "Nr.", "z. B.") does not either.
    var s = i
    while s > 0 && i - s < 12 && letterEnds(before: s) { s -= self[s - 1] >= 0x80 ? 2 : 1 }
    if i - s <= 1 { return false }
    for a in Self.abbreviations where a.count == i - s && has(a, at: s) { return false }
    return true
  }

  /// Where the sentence holding `i` starts, looking back at most `limit` bytes.
  func sentenceStart(before i: Int, limit: Int = 300) -> Int {
    var k = i - 1
    let stop = max(0, i - limit)
    while k >= stop {
      if self[k] == 0x0A { return k + 1 }
      if endsSentence(at: k) { return k + 1 }
      k -= 1
    }
    return stop
  }

  /// Where the sentence holding `i` ends, looking ahead at most `limit` bytes.
  func sentenceEnd(after i: Int, limit: Int = 300) -> Int {
    var k = i
    let stop = min(count, i + limit)
    while k < stop {
      if self[k] == 0x0A { return k }
      if endsSentence(at: k) { return k + 1 }
      k += 1
    }
    return stop
  }

  /// Whether only spaces stand between the start of the line and `i`.
  func startsLine(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0 && i - k < 40 {
      let c = self[k]
      if c == 0x0A { return true }
      if c != 0x20 && c != 0x09 { return false }
      k -= 1
    }
    return k < 0
  }
}

/// The UTF-8 bytes of a string.
@inline(__always) func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Byte patterns used in several places, built once.
enum Pattern {
  static let bis = utf8(" bis ")
  static let spacedDash = utf8(" – ")
  static let enDash = utf8("–")
  static let paragraph = utf8("§")
  static let paragraphs = utf8("§§")
  static let ff = utf8("ff.")
  static let f = utf8("f.")
  static let es = utf8("es")
  static let euro = utf8("Euro")
  static let euroSign = utf8("€")
  static let nr = [utf8("Nr.")]
  static let articleWords = [utf8("Art."), utf8("Artikel")]
  static let lawCues = ["vgl.", "siehe", "s.", "gem.", "gemäß", "nach"].map(utf8)
}
