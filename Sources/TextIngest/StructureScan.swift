import DocumentModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One paragraph of the normalized text: a line between two `\n`, trimmed of spaces.
/// Offsets are UTF-8 offsets into the normalized text.
struct Paragraph: Sendable, Equatable {
  var start: Int
  var end: Int
}

/// Byte-level helpers for the structure stage. The normalized text is scanned as UTF-8
/// bytes: no `Regex`, no per-character `String` work on the body, so structure stays linear
/// and cheap (issue 7). Matching is done on a case-folded copy that keeps every byte offset.
struct TextBytes: Sendable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }
  init(bytes: [UInt8]) { self.bytes = bytes }

  /// The non-empty paragraphs (lines) of the text, trimmed of spaces and tabs.
  func paragraphs() -> [Paragraph] {
    var result: [Paragraph] = []
    let n = bytes.count
    // Line ends by `memchr`: paragraphs are long, and this runs over the whole text.
    var ends: [Int] = bytes.withUnsafeBufferPointer { p in
      var ends: [Int] = []
      guard let base = p.baseAddress else { return ends }
      var i = 0
      while i < n, let hit = memchr(base + i, 0x0A, n - i) {
        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        ends.append(at)
        i = at + 1
      }
      return ends
    }
    ends.append(n)
    result.reserveCapacity(ends.count)
    var lineStart = 0
    for i in ends {
      var s = lineStart
      var e = i
      while s < e && isBlank(at: s) { s += blankWidth(at: s) }
      while e > s && isBlankEnding(at: e) { e -= blankEndWidth(at: e) }
      if s < e { result.append(Paragraph(start: s, end: e)) }
      lineStart = i + 1
    }
    return result
  }

  /// Space, tab, CR, or a no-break space (C2 A0) at `i`.
  private func isBlank(at i: Int) -> Bool {
    let b = bytes[i]
    if b == 0x20 || b == 0x09 || b == 0x0D { return true }
    return b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
  }
  private func blankWidth(at i: Int) -> Int { bytes[i] == 0xC2 ? 2 : 1 }
  private func isBlankEnding(at e: Int) -> Bool {
    let b = bytes[e - 1]
    if b == 0x20 || b == 0x09 || b == 0x0D { return true }
    return b == 0xA0 && e >= 2 && bytes[e - 2] == 0xC2
  }
  private func blankEndWidth(at e: Int) -> Int { bytes[e - 1] == 0xA0 ? 2 : 1 }

  /// The paragraph's text.
  func string(_ p: Paragraph) -> String { string(p.start, p.end) }

  /// The paragraph's bytes, as `string(p)` would decode them.
  func byteArray(_ p: Paragraph) -> [UInt8] {
    Array(bytes[max(0, p.start)..<min(p.end, bytes.count)])
  }

  func string(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[max(0, start)..<min(end, bytes.count)], as: UTF8.self)
  }

  /// A case-folded copy of the paragraph's first `limit` bytes (see `Fold`).
  func folded(_ p: Paragraph, limit: Int = 200) -> [UInt8] {
    Fold.fold(bytes[p.start..<min(p.end, p.start + limit)])
  }

  /// Whether the paragraph contains byte `b`.
  func contains(_ p: Paragraph, _ b: UInt8) -> Bool {
    var i = p.start
    while i < p.end {
      if bytes[i] == b { return true }
      i += 1
    }
    return false
  }

  /// The last byte of the paragraph, skipping closing quotes and brackets.
  func lastSignificantByte(_ p: Paragraph) -> UInt8? {
    var e = p.end
    while e > p.start {
      let b = bytes[e - 1]
      if b == 0x20 || b == 0x22 || b == 0x27 {
        e -= 1
        continue
      }
      // „ “ ” ‘ ’ are E2 80 9x: skip the closing quotes.
      if b >= 0x98 && b <= 0x9F && e >= p.start + 3 && bytes[e - 3] == 0xE2
        && bytes[e - 2] == 0x80
      {
        e -= 3
        continue
      }
      return b
    }
    return nil
  }

  func length(_ p: Paragraph) -> Int { p.end - p.start }
}

/// Case folding that keeps byte offsets: ASCII `A`–`Z` and the Latin-1 capitals (`Ä`,
/// `Ö`, `Ü`, …, two bytes C3 80–9E in UTF-8) become lower case; nothing changes length.
enum Fold {
  static func fold<C: Collection>(_ source: C) -> [UInt8] where C.Element == UInt8 {
    if let folded = source.withContiguousStorageIfAvailable(fold(buffer:)) { return folded }
    var out = [UInt8]()
    out.reserveCapacity(source.count)
    var afterC3 = false
    for b in source {
      if afterC3 && b >= 0x80 && b <= 0x9E && b != 0x97 {
        out.append(b &+ 0x20)
      } else if b >= 0x41 && b <= 0x5A {
        out.append(b &+ 0x20)
      } else {
        out.append(b)
      }
      afterC3 = b == 0xC3
    }
    return out
  }

  static func fold(_ s: String) -> [UInt8] { fold(Array(s.utf8)) }

  /// `fold` of contiguous bytes, written straight into the result (no append per byte).
  /// Eight bytes at a time where no 0xC3 is involved (none among them, none just before):
  /// then only ASCII capitals change.
  private static func fold(buffer source: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
      let n = source.count
      let low = SWAR.repeated(0x7F)
      let high = SWAR.repeated(0x80)
      var i = 0
      var afterC3 = false
      while i < n {
        if i + 8 <= n && !afterC3, let from = source.baseAddress, let to = out.baseAddress {
          let w = UnsafeRawPointer(from).loadUnaligned(fromByteOffset: i, as: UInt64.self)
          if SWAR.equal(w, 0xC3) == 0 {
            // Lanes below 0x80 whose low seven bits are 0x41...0x5A get 0x20 added.
            let l = w & low
            let upper =
              (l &+ SWAR.repeated(0x80 - 0x41)) & ~(l &+ SWAR.repeated(0x80 - 0x5B)) & ~w & high
            UnsafeMutableRawPointer(to).storeBytes(
              of: w | (upper >> 2), toByteOffset: i, as: UInt64.self)
            i += 8
            continue
          }
        }
        let stop = min(n, i + 8)
        while i < stop {
          let b = source[i]
          let upper =
            (afterC3 && b >= 0x80 && b <= 0x9E && b != 0x97) || (b >= 0x41 && b <= 0x5A)
          out[i] = upper ? b &+ 0x20 : b
          afterC3 = b == 0xC3
          i += 1
        }
      }
      count = n
    }
  }
}

/// Matching helpers over folded bytes. Patterns are lower-case UTF-8 literals.
enum Match {
  /// Whether `hay` has `pattern` at `at`.
  static func has(_ hay: [UInt8], _ pattern: [UInt8], at: Int) -> Bool {
    guard at >= 0, at + pattern.count <= hay.count else { return false }
    var i = 0
    while i < pattern.count {
      if hay[at + i] != pattern[i] { return false }
      i += 1
    }
    return true
  }

  /// Whether `hay` has the UTF-8 of `pattern` at `at`, without copying the pattern.
  static func has(_ hay: [UInt8], _ pattern: String, at: Int) -> Bool {
    guard at >= 0 else { return false }
    return withBytes(of: pattern) { p in
      guard at + p.count <= hay.count else { return p.isEmpty }
      return hay.withUnsafeBufferPointer { h in
        var k = 0
        while k < p.count && h[at + k] == p[k] { k += 1 }
        return k == p.count
      }
    }
  }

  static func hasPrefix(_ hay: [UInt8], _ pattern: String) -> Bool { has(hay, pattern, at: 0) }

  /// The first place at or after `from` where `hay` has `pattern`.
  ///
  /// The title-block parser asks this dozens of times per header line, so it works on the
  /// raw buffers: the pattern's bytes are read once, not per candidate place.
  static func find(_ hay: [UInt8], _ pattern: String, from: Int = 0) -> Int? {
    withBytes(of: pattern) { p in
      let m = p.count
      guard m > 0, m <= hay.count else { return nil }
      return hay.withUnsafeBufferPointer { h in
        let first = p[0]
        var i = max(0, from)
        let last = h.count - m
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < m && h[i + k] == p[k] { k += 1 }
            if k == m { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }

  /// Runs `body` on the UTF-8 of `pattern`; literals are contiguous, so nothing is copied.
  @inline(__always)
  private static func withBytes<R>(of pattern: String, _ body: (UnsafeBufferPointer<UInt8>) -> R)
    -> R
  {
    if let r = pattern.utf8.withContiguousStorageIfAvailable(body) { return r }
    return Array(pattern.utf8).withUnsafeBufferPointer(body)
  }

  /// Whether `pattern` occurs in `hay` with a word boundary on both sides.
  static func findWord(_ hay: [UInt8], _ pattern: String, from: Int = 0) -> Int? {
    let count = pattern.utf8.count
    var at = from
    while let i = find(hay, pattern, from: at) {
      let before = i == 0 || !isWordByte(hay[i - 1])
      let afterIndex = i + count
      let after = afterIndex >= hay.count || !isWordByte(hay[afterIndex])
      if before && after { return i }
      at = i + 1
    }
    return nil
  }

  /// Whether `bytes` is ASCII and two-byte Latin-1 letters only (lead bytes C2, C3). Such
  /// text is in NFC and has no combining marks, so comparing its bytes answers what
  /// `String`'s `hasSuffix` / `hasPrefix` (canonical equivalence, whole characters) would.
  static func isLatin1(_ bytes: [UInt8]) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
      } else if (b == 0xC2 || b == 0xC3) && i + 1 < n && bytes[i + 1] & 0xC0 == 0x80 {
        i += 2
      } else {
        return false
      }
    }
    return true
  }

  /// Letters, digits and every byte of a multi-byte UTF-8 sequence (umlauts).
  static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }

  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

  /// Skips spaces from `i`.
  static func skipSpaces(_ hay: [UInt8], _ i: Int) -> Int {
    var j = i
    while j < hay.count
      && (isSpace(hay[j])
        || (hay[j] == 0xC2 && j + 1 < hay.count
          && hay[j + 1] == 0xA0))
    {
      j += hay[j] == 0xC2 ? 2 : 1
    }
    return j
  }

  /// An unsigned integer of at most `maxDigits` digits at `i`: value and end offset.
  static func integer(_ hay: [UInt8], at i: Int, maxDigits: Int = 6) -> (Int, Int)? {
    var j = i
    var value = 0
    while j < hay.count && isDigit(hay[j]) && j - i < maxDigits {
      value = value * 10 + Int(hay[j] - 0x30)
      j += 1
    }
    if j == i || (j < hay.count && isDigit(hay[j])) { return nil }
    return (value, j)
  }

  /// Closes up a letter-spaced heading (`V o r b e m e r k u n g  d e r`) for matching:
  /// when most words are single letters, single spaces go and runs of spaces become one.
  static func closeUpLetterSpacing(_ hay: [UInt8]) -> [UInt8] {
    var singles = 0
    var words = 0
    var i = 0
    while i < hay.count {
      while i < hay.count && hay[i] == 0x20 { i += 1 }
      guard i < hay.count else { break }
      var j = i
      while j < hay.count && hay[j] != 0x20 { j += 1 }
      words += 1
      // One letter: one ASCII byte or one two-byte umlaut.
      if j - i == 1 || (j - i == 2 && hay[i] >= 0xC0) { singles += 1 }
      i = j
    }
    guard words >= 4, singles * 4 >= words * 3 else { return hay }
    var out = [UInt8]()
    out.reserveCapacity(hay.count)
    i = 0
    while i < hay.count {
      if hay[i] == 0x20 {
        var j = i
        while j < hay.count && hay[j] == 0x20 { j += 1 }
        if j - i >= 2 { out.append(0x20) }
        i = j
      } else {
        out.append(hay[i])
        i += 1
      }
    }
    return out
  }
}
