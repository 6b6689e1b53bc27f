/// Byte-level tokens of German text, shared by the sentence splitter and the number and date
/// parsers. One linear pass over UTF-8, no allocation per word; words are looked up in
/// `WordTable`s that compare bytes instead of building strings.
enum GermanScan {
  enum Kind: UInt8, Sendable {
    /// Letters, with inner hyphens (`Nordrhein-Westfalen`, `BT-Drs`).
    case word
    /// A run of ASCII digits only; `1.256` is number, `.`, number.
    case number
    /// One scalar of anything else: `.`, `,`, `/`, `§`, `„`, `%` …
    case punct
  }

  struct Token: Sendable {
    /// UTF-8 offsets into the scanned text.
    var start: Int
    var end: Int
    var kind: Kind
    /// Whitespace (or the start of the scanned range) comes before it.
    var spaceBefore: Bool
    /// First token of a paragraph: a line break or the start of the range comes before it.
    var lineStart: Bool
    /// A word that begins with an upper-case letter.
    var upper: Bool
    /// For punctuation the scalar; for words the first scalar.
    var scalar: UInt32

    var length: Int { end - start }
  }

  /// The tokens of `bytes[range]`; offsets are those of `bytes`.
  static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5)
    var p = range.lowerBound
    let end = range.upperBound
    var space = true
    var line = true
    while p < end {
      let (scalar, length) = decode(bytes, p, end)
      switch classify(scalar) {
      case .newline:
        space = true
        line = true
        p += length
      case .space:
        space = true
        p += length
      case .digit:
        var q = p + 1
        while q < end, bytes[q] &- 0x30 < 10 { q += 1 }
        tokens.append(
          Token(
            start: p, end: q, kind: .number, spaceBefore: space, lineStart: line, upper: false,
            scalar: scalar))
        space = false
        line = false
        p = q
      case .letter:
        var q = p + length
        while q < end {
          let b = bytes[q]
          if b < 0x80 {
            // ASCII fast path: letters, and a hyphen between letters.
            if (b | 0x20) &- 0x61 < 26 {
              q += 1
            } else if b == 0x2D, q + 1 < end, classify(decode(bytes, q + 1, end).0) == .letter {
              q += 1
            } else {
              break
            }
            continue
          }
          let (s, l) = decode(bytes, q, end)
          let c = classify(s)
          guard c == .letter || c == .joiner else { break }
          q += l
        }
        tokens.append(
          Token(
            start: p, end: q, kind: .word, spaceBefore: space, lineStart: line,
            upper: isUpper(scalar), scalar: scalar))
        space = false
        line = false
        p = q
      case .joiner, .other:
        tokens.append(
          Token(
            start: p, end: p + length, kind: .punct, spaceBefore: space, lineStart: line,
            upper: false, scalar: scalar))
        space = false
        line = false
        p += length
      }
    }
    return tokens
  }

  /// Runs `body` over the UTF-8 bytes of `text` without copying when the string is native.
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  private enum CharClass { case newline, space, digit, letter, joiner, other }

  /// The scalar at `p` and its length in bytes; a malformed byte reads as U+FFFD, length 1.
  @inline(__always)
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> (UInt32, Int) {
    let lead = b[p]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      length = 4
      value = UInt32(lead & 0x07)
    default: return (0xFFFD, 1)
    }
    guard p + length <= end else { return (0xFFFD, 1) }
    for i in 1..<length {
      let c = b[p + i]
      guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(c & 0x3F)
    }
    return (value, length)
  }

  private static func classify(_ s: UInt32) -> CharClass {
    if s < 0x80 {
      switch s {
      case 0x0A: return .newline
      case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return .space
      case 0x30...0x39: return .digit
      case 0x41...0x5A, 0x61...0x7A: return .letter
      default: return .other
      }
    }
    switch s {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return .letter  // Latin-1 and Extended-A/B
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x2028, 0x2029, 0x85: return .newline
    case 0xAD, 0x200B...0x200D: return .joiner
    default:
      guard let u = Unicode.Scalar(s) else { return .other }
      return u.properties.isAlphabetic ? .letter : .other
    }
  }

  private static func isUpper(_ s: UInt32) -> Bool {
    if s < 0x80 { return s &- 0x41 < 26 }
    if s < 0x100 { return s >= 0xC0 && s <= 0xDE && s != 0xD7 }
    return Unicode.Scalar(s)?.properties.isUppercase ?? false
  }

  // MARK: Token predicates used by all three scanners.

  static func isPunct(_ t: Token, _ scalar: UInt32) -> Bool {
    t.kind == .punct && t.scalar == scalar
  }

  /// Whether `b` directly follows `a` with nothing between (same paragraph, no space).
  static func adjacent(_ b: Token) -> Bool { !b.spaceBefore && !b.lineStart }

  /// The value of a number token of at most 9 digits.
  static func intValue(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Token) -> Int? {
    guard t.kind == .number, t.length <= 9 else { return nil }
    var v = 0
    for p in t.start..<t.end { v = v * 10 + Int(bytes[p] &- 0x30) }
    return v
  }

  /// Opening punctuation that may begin a sentence or a quotation.
  static func isOpening(_ s: UInt32) -> Bool {
    switch s {
    case 0x201E, 0x201C, 0x201D, 0x22, 0x201A, 0x2018, 0x27, 0xAB, 0xBB, 0x28, 0x5B, 0xA7:
      return true
    default: return false
    }
  }

  /// Closing punctuation that may follow a sentence end: quotes and brackets.
  static func isClosing(_ s: UInt32) -> Bool {
    switch s {
    case 0x201C, 0x201D, 0x22, 0x2018, 0x2019, 0x27, 0xAB, 0xBB, 0x29, 0x5D: return true
    default: return false
    }
  }

  /// Double quotation marks, the ones whose nesting the splitter follows.
  static func isDoubleQuote(_ s: UInt32) -> Bool {
    s == 0x201E || s == 0x201C || s == 0x201D || s == 0x22
  }
}

/// Words mapped to values, looked up straight from UTF-8 bytes. ASCII letters compare
/// case-insensitively; other bytes exactly (so list `über` and `Über` both when needed).
/// Keys live in one flat byte array, bucketed by length and first byte, so a lookup is two
/// array reads for the usual miss and a short byte comparison for a candidate.
final class WordTable<Value: Sendable>: Sendable {
  private let keys: [UInt8]
  private let offsets: [Int32]
  private let values: [Value]
  /// Entries of bucket `b` are `bucketStart[b]..<bucketStart[b + 1]`.
  private let bucketStart: [Int32]

  init(_ entries: [(String, Value)]) {
    var byBucket: [Int: [([UInt8], Value)]] = [:]
    for (word, value) in entries {
      let key = Array(word.utf8).map(WordTable.lower)
      guard !key.isEmpty, key.count < 32 else { continue }
      byBucket[WordTable.bucket(key.count, key[0]), default: []].append((key, value))
    }
    var keys: [UInt8] = []
    var offsets: [Int32] = []
    var values: [Value] = []
    var starts: [Int32] = []
    for b in 0..<(32 * 256) {
      starts.append(Int32(values.count))
      for (key, value) in byBucket[b] ?? [] {
        offsets.append(Int32(keys.count))
        keys += key
        values.append(value)
      }
    }
    starts.append(Int32(values.count))
    self.keys = keys
    self.offsets = offsets
    self.values = values
    self.bucketStart = starts
  }

  convenience init(_ words: [String]) where Value == Bool {
    self.init(words.map { ($0, true) })
  }

  @inline(__always)
  private static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

  @inline(__always)
  private static func bucket(_ length: Int, _ first: UInt8) -> Int { length << 8 | Int(first) }

  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
    let n = end - start
    guard n > 0, n < 32 else { return nil }
    let b = WordTable.bucket(n, WordTable.lower(bytes[start]))
    var e = Int(bucketStart[b])
    let stop = Int(bucketStart[b + 1])
    while e < stop {
      let o = Int(offsets[e])
      var k = 1
      while k < n, WordTable.lower(bytes[start + k]) == keys[o + k] { k += 1 }
      if k == n { return values[e] }
      e += 1
    }
    return nil
  }

  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ t: GermanScan.Token) -> Value? {
    value(bytes, t.start, t.end)
  }

  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ t: GermanScan.Token) -> Bool {
    value(bytes, t.start, t.end) != nil
  }
}
