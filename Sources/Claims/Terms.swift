/// Words of a sentence as the claim stages compare them: lower-cased, with a light German stem.
///
/// Everything here works on UTF-8 bytes. The claim stages split every sentence of every
/// paper into words and stems, and the `String` versions of these steps (per-scalar appends,
/// `lowercased()`, `hasSuffix`, `contains("ß")` through Foundation) took more than half of
/// the whole ingest.
enum Terms {
  /// A word of a sentence: its lower-cased surface and its UTF-8 range in the sentence.
  struct Word: Sendable {
    var lower: String
    var range: Range<Int>
  }

  /// The words of `text` (letters and digits; hyphens and punctuation separate words).
  static func words(_ text: String) -> [Word] {
    var text = text
    return text.withUTF8 { words(in: $0) }
  }

  private static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
    var result: [Word] = []
    var lower: [UInt8] = []
    lower.reserveCapacity(32)
    var start = -1
    /// Whether the word has a letter beyond ASCII and Latin-1, lower-cased by the standard
    /// library instead.
    var unusual = false
    func finish(at end: Int) {
      let word =
        unusual
        ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          .lowercased()
        : String(decoding: lower, as: UTF8.self)
      result.append(Word(lower: word, range: start..<end))
      lower.removeAll(keepingCapacity: true)
      start = -1
      unusual = false
    }
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if isASCIIWordByte(b) {
          if start < 0 { start = i }
          lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        } else if start >= 0 {
          finish(at: i)
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
          if start < 0 { start = i }
          lower.append(b)
          lower.append(second <= 0x9E ? second + 0x20 : second)
        }
      } else {
        let scalar = decode(bytes, i, end)
        isLetter = scalar?.properties.isAlphabetic ?? false
        if isLetter {
          if start < 0 { start = i }
          unusual = true
          lower.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
        }
      }
      if !isLetter && start >= 0 { finish(at: i) }
      i = end
    }
    if start >= 0 { finish(at: n) }
    return result
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

  /// The content words of `text`, stemmed, without function words, numbers and date words;
  /// a hyphenated compound also counts as one word (`Zuwanderungs-geschichte`).
  static func content(_ text: String) -> Set<String> {
    content(text, words: words(text))
  }

  /// `content(_:)` for a text already split into `words`.
  static func content(_ text: String, words: [Word]) -> Set<String> {
    var terms = Set<String>(minimumCapacity: words.count)
    for word in words where isContent(word.lower) { terms.insert(stem(word.lower)) }
    // The words of each space-separated token that has a hyphen, joined.
    var text = text
    text.withUTF8 { bytes in
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
        var joined = ""
        while next < words.count, words[next].range.upperBound <= end {
          joined += words[next].lower
          next += 1
        }
        if scalarCount(joined.utf8) > 3, isContent(joined) { terms.insert(stem(joined)) }
      }
      for (i, b) in bytes.enumerated() {
        if b == 0x20 || b == 0x0A {
          token(i)
        } else if b == 0x2D {
          hasHyphen = true
        }
      }
      token(bytes.count)
    }
    return terms
  }

  static func isContent(_ lower: String) -> Bool {
    guard let first = lower.utf8.first, scalarCount(lower.utf8) > 2 else { return false }
    if first >= 0x30 && first <= 0x39 { return false }
    return !Cues.stopwords.contains(lower) && !Cues.dateWords.contains(lower)
  }

  static func isNegation(_ lower: String) -> Bool { Cues.negations.contains(lower) }

  /// A light stem: common inflection and derivation endings off, the `ge` of a participle out
  /// (`eingeführt`, `Einführung` → `einführ`; `abgeschafft`, `Abschaffung` → `abschaff`).
  static func stem(_ lower: String) -> String {
    var w = Array(lower.utf8)
    if w.contains(0xC3) { w = replacingSharpS(w) }
    var length = scalarCount(w)
    for _ in 0..<2 {
      guard let suffix = suffixes.first(where: { hasSuffix(w, $0) && length - $0.count >= 4 })
      else { break }
      w.removeLast(suffix.count)
      length -= suffix.count
    }
    for (prefix, withGe) in separablePrefixes where hasPrefix(w, withGe) {
      if length - withGe.count >= 3 {
        return String(decoding: prefix + w[withGe.count...], as: UTF8.self)
      }
    }
    if hasPrefix(w, ge), length >= 7 { return String(decoding: w[2...], as: UTF8.self) }
    return String(decoding: w, as: UTF8.self)
  }

  /// The unit of a quantity reduced for comparison (`Stellen` and `Stelle` agree).
  static func unit(_ unit: String?) -> String {
    guard let unit else { return "" }
    return stem(unit.lowercased())
  }

  // MARK: Bytes

  private static let suffixes: [[UInt8]] = Cues.suffixes.map { Array($0.utf8) }
  private static let ge: [UInt8] = Array("ge".utf8)
  /// Each separable prefix, and the prefix followed by the participle's `ge`.
  private static let separablePrefixes: [([UInt8], [UInt8])] = Cues.separablePrefixes.map {
    (Array($0.utf8), Array(($0 + "ge").utf8))
  }

  /// `ß` (C3 9F) written `ss`.
  private static func replacingSharpS(_ w: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(w.count + 2)
    var i = 0
    while i < w.count {
      if w[i] == 0xC3, i + 1 < w.count, w[i + 1] == 0x9F {
        out.append(0x73)
        out.append(0x73)
        i += 2
      } else {
        out.append(w[i])
        i += 1
      }
    }
    return out
  }

  /// Letters of a word, counted as Unicode scalars (no continuation bytes).
  private static func scalarCount<C: Collection<UInt8>>(_ bytes: C) -> Int {
    var count = 0
    for b in bytes where b & 0xC0 != 0x80 { count += 1 }
    return count
  }

  private static func hasSuffix(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
    w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix)
  }

  private static func hasPrefix(_ w: [UInt8], _ prefix: [UInt8]) -> Bool {
    w.count >= prefix.count && w[..<prefix.count].elementsEqual(prefix)
  }
}
