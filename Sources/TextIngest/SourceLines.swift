#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of decoded text, as byte offsets into the decoded UTF-8.
struct SourceLine {
  /// Where the line's bytes begin.
  var rawStart: Int
  /// Where its terminator (`\n` or `\f`) sits, or the end of the text.
  var rawEnd: Int
  /// The content without leading and trailing blanks.
  var start: Int
  var end: Int
  /// The page it stands on, counted by form feeds from 0.
  var page: Int

  var isBlank: Bool { start == end }
  var length: Int { end - start }
}

/// Splitting and byte-level character tests over decoded UTF-8.
enum LayoutBytes {
  /// Splits at `\n` and `\f`; a form feed also starts a new page.
  static func lines(_ b: [UInt8]) -> [SourceLine] {
    var lines: [SourceLine] = []
    lines.reserveCapacity(b.count / 40 + 1)
    b.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      let n = p.count
      let hasFormFeed = memchr(base, 0x0C, n) != nil
      var page = 0
      var lineStart = 0
      while lineStart < n {
        var end: Int
        if let hit = memchr(base + lineStart, 0x0A, n - lineStart) {
          end = raw.distance(to: UnsafeRawPointer(hit))
        } else {
          end = n
        }
        var nextPage = false
        if hasFormFeed, let ff = memchr(base + lineStart, 0x0C, end - lineStart) {
          end = raw.distance(to: UnsafeRawPointer(ff))
          nextPage = true
        }
        let (s, e) = trimmed(b, lineStart, end)
        lines.append(SourceLine(rawStart: lineStart, rawEnd: end, start: s, end: e, page: page))
        if nextPage { page += 1 }
        lineStart = end + 1
      }
    }
    return lines
  }

  /// Space, tab, vertical tab, form feed, CR.
  @inline(__always) static func isBlank(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C || c == 0x0D
  }

  /// The range without blanks (and no-break spaces) at either end.
  static func trimmed(_ b: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
    var s = start
    var e = end
    while s < e {
      if isBlank(b[s]) {
        s += 1
      } else if b[s] == 0xC2 && s + 1 < e && b[s + 1] == 0xA0 {
        s += 2
      } else {
        break
      }
    }
    while e > s {
      if isBlank(b[e - 1]) {
        e -= 1
      } else if e - 2 >= s && b[e - 2] == 0xC2 && b[e - 1] == 0xA0 {
        e -= 2
      } else {
        break
      }
    }
    return (s, e)
  }

  /// The scalar starting at `i` and its length in bytes (U+FFFD for a stray byte).
  static func scalar(_ b: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int) {
    let c = b[i]
    if c < 0x80 { return (Unicode.Scalar(c), 1) }
    var need = 0
    var value: UInt32 = 0
    if c >= 0xF0 {
      need = 3
      value = UInt32(c & 0x07)
    } else if c >= 0xE0 {
      need = 2
      value = UInt32(c & 0x0F)
    } else if c >= 0xC0 {
      need = 1
      value = UInt32(c & 0x1F)
    } else {
      return ("\u{FFFD}", 1)
    }
    guard i + need < end else { return ("\u{FFFD}", 1) }
    for k in 1...need { value = (value << 6) | UInt32(b[i + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", need + 1)
  }

  /// The scalar ending at `end` (exclusive) and its length in bytes.
  static func scalar(_ b: [UInt8], endingAt end: Int, start: Int) -> (Unicode.Scalar, Int) {
    var s = end - 1
    while s > start && b[s] & 0xC0 == 0x80 && end - s < 4 { s -= 1 }
    let (u, n) = scalar(b, at: s, end: end)
    return n == end - s ? (u, n) : ("\u{FFFD}", 1)
  }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  static func isLetter(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x80 ? isASCIILetter(UInt8(u.value)) : u.properties.isAlphabetic
  }

  static func isLowercaseLetter(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x80 { return u.value >= 0x61 && u.value <= 0x7A }
    return u.properties.isLowercase
  }

  static func isUppercaseLetter(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x80 { return u.value >= 0x41 && u.value <= 0x5A }
    return u.properties.isUppercase
  }

  /// Whether `b[start..<end]` begins with `prefix`.
  static func hasPrefix(_ b: [UInt8], _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
    guard end - start >= prefix.count else { return false }
    for k in 0..<prefix.count where b[start + k] != prefix[k] { return false }
    return true
  }

  /// Whether `needle` occurs in `b[start..<end]` (short lines only; naive search).
  static func contains(_ b: [UInt8], _ start: Int, _ end: Int, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, end - start >= needle.count else { return false }
    var i = start
    while i + needle.count <= end {
      if b[i] == first && hasPrefix(b, i, end, needle) { return true }
      i += 1
    }
    return false
  }

  /// Lower-cases ASCII and the German capital umlauts, for vocabulary look-ups.
  /// Written straight into the result: folding keeps the length, byte for byte.
  static func folded(_ b: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: max(0, end - start)) { out, count in
      var i = start
      var k = 0
      while i < end {
        let c = b[i]
        if c >= 0x41 && c <= 0x5A {
          out[k] = c | 0x20
        } else if c == 0xC3 && i + 1 < end
          && (b[i + 1] == 0x84 || b[i + 1] == 0x96 || b[i + 1] == 0x9C)
        {
          out[k] = 0xC3
          out[k + 1] = b[i + 1] + 0x20
          i += 1
          k += 1
        } else {
          out[k] = c
        }
        i += 1
        k += 1
      }
      count = k
    }
  }

  /// Splits `b[start..<end]` at runs of blanks.
  static func tokens(_ b: [UInt8], _ start: Int, _ end: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    // Room for a header line's words at once (`HeaderShape` takes at most 16).
    out.reserveCapacity(16)
    tokens(b, start, end, into: &out)
    return out
  }

  /// Splits `b[start..<end]` at runs of blanks into a reused buffer.
  static func tokens(_ b: [UInt8], _ start: Int, _ end: Int, into out: inout [Range<Int>]) {
    out.removeAll(keepingCapacity: true)
    var i = start
    while i < end {
      while i < end && isBlank(b[i]) { i += 1 }
      let s = i
      while i < end && !isBlank(b[i]) { i += 1 }
      if i > s { out.append(s..<i) }
    }
  }

  /// Whether `b[range]`, folded like `folded`, equals `word` (no allocation).
  static func equalsFolded(_ b: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
    var i = range.lowerBound
    var k = 0
    while i < range.upperBound {
      guard k < word.count else { return false }
      var c = b[i]
      if c >= 0x41 && c <= 0x5A {
        c |= 0x20
      } else if i > range.lowerBound && b[i - 1] == 0xC3 && (c == 0x84 || c == 0x96 || c == 0x9C) {
        c += 0x20
      }
      guard c == word[k] else { return false }
      i += 1
      k += 1
    }
    return k == word.count
  }

  /// Whether `b[range]` equals `word` byte for byte.
  static func equals(_ b: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
    guard range.count == word.count else { return false }
    var k = 0
    for i in range {
      guard b[i] == word[k] else { return false }
      k += 1
    }
    return true
  }
}
