/// Words and punctuation of a stretch of normalized text, and the word-level diff of two
/// sentences.
///
/// Layout never shows up here: whitespace of any kind (including no-break spaces) separates
/// tokens and is not compared, soft hyphens are dropped from words, and a changed stretch
/// whose letters are the same on both sides once hyphens and spaces are ignored
/// (`Drucksa- che` against `Drucksache`) is not a change.
struct WordToken {
  enum Kind { case word, punct }
  var kind: Kind
  /// UTF-8 offsets in the text.
  var start: Int
  var end: Int
  /// Hash of the token's bytes without soft hyphens.
  var key: Int
}

enum WordScan {
  /// The Unicode scalar starting at `i` and its length in bytes (malformed bytes read as
  /// themselves, one byte long).
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 >= 0xC0, b0 < 0xE0, i + 1 < end {
      return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
    }
    if b0 >= 0xE0, b0 < 0xF0, i + 2 < end {
      return (
        ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F),
        3
      )
    }
    if b0 >= 0xF0, i + 3 < end {
      return (
        ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
          | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4
      )
    }
    return (b0, 1)
  }

  @inline(__always)
  static func isSpace(_ s: UInt32) -> Bool {
    s == 0x20 || s == 0x09 || s == 0x0A || s == 0x0D || s == 0x0C || s == 0xA0
      || (s >= 0x2000 && s <= 0x200B) || s == 0x202F || s == 0x3000
  }

  @inline(__always)
  static func isLetterOrDigit(_ s: UInt32) -> Bool {
    if s < 0x80 {
      return (s >= 0x30 && s <= 0x39) || (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)
    }
    return s >= 0xC0 && s != 0xD7 && s != 0xF7 && !(s >= 0x2000 && s <= 0x2BFF)
      && !(s >= 0x3000 && s < 0x3040)
  }

  @inline(__always)
  static func isDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

  /// Soft hyphen, hyphen-minus and the Unicode hyphens: ignored when comparing layout.
  @inline(__always)
  static func isHyphen(_ s: UInt32) -> Bool {
    s == 0x2D || s == 0xAD || s == 0x2010 || s == 0x2011
  }

  /// A hash of `range` that ignores whitespace and hyphens: two stretches with the same
  /// layout key differ only in layout.
  static func layoutKey(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, continuing seed: Int? = nil
  ) -> Int {
    var hash: UInt64 = seed.map { UInt64(bitPattern: Int64($0)) } ?? 0xcbf2_9ce4_8422_2325
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let (s, n) = scalar(bytes, i, end)
      if !isSpace(s), !isHyphen(s) {
        for k in i..<(i + n) {
          hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3
        }
      }
      i += n
    }
    return Int(bitPattern: UInt(hash))
  }

  /// Tokens of `range`: words (letters and digits, with inner `-`, soft hyphens, and `.` `,`
  /// `/` between digits: `Nordrhein-Westfalen`, `1.028`, `47,7`, `17/1234`) and single
  /// punctuation marks.
  static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [WordToken] {
    var out: [WordToken] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let (s, n) = scalar(bytes, i, end)
      if isSpace(s) || s == 0xAD {
        i += n
        continue
      }
      if !isLetterOrDigit(s) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in i..<(i + n) { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        out.append(WordToken(kind: .punct, start: i, end: i + n, key: Int(bitPattern: UInt(hash))))
        i += n
        continue
      }
      let start = i
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var lastWasDigit = false
      while i < end {
        let (c, len) = scalar(bytes, i, end)
        if isLetterOrDigit(c) {
          for k in i..<(i + len) { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
          lastWasDigit = isDigit(c)
          i += len
          continue
        }
        guard i + len < end else { break }
        let (next, _) = scalar(bytes, i + len, end)
        if c == 0xAD, isLetterOrDigit(next) {
          i += len  // soft hyphen inside a word: not part of the key
          continue
        }
        let joins =
          (c == 0x2D && isLetterOrDigit(next))
          || ((c == 0x2E || c == 0x2C || c == 0x2F) && lastWasDigit && isDigit(next))
        guard joins else { break }
        for k in i..<(i + len) { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        i += len
      }
      out.append(WordToken(kind: .word, start: start, end: i, key: Int(bitPattern: UInt(hash))))
    }
    return out
  }
}

/// One changed stretch inside an aligned sentence pair: token ranges on both sides.
struct WordHunk {
  var old: Range<Int>
  var new: Range<Int>
}

enum WordDiff {
  /// The changed stretches between two token lists, after alignment; hunks separated by a
  /// single period (`30. September` → `31. Oktober`) are one hunk.
  static func hunks(
    _ a: [WordToken], _ b: [WordToken], oldBytes: UnsafeBufferPointer<UInt8>,
    newBytes: UnsafeBufferPointer<UInt8>
  ) -> [WordHunk] {
    let matches = SequenceAlignment.matches(a.map(\.key), b.map(\.key))
    var hunks: [WordHunk] = []
    var i = 0
    var j = 0
    for (mi, mj) in matches + [(a.count, b.count)] {
      if mi > i || mj > j { hunks.append(WordHunk(old: i..<mi, new: j..<mj)) }
      i = mi + 1
      j = mj + 1
    }
    // Merge across a lone period between two changed stretches.
    var merged: [WordHunk] = []
    for h in hunks {
      if var last = merged.last, h.old.lowerBound - last.old.upperBound == 1,
        h.new.lowerBound - last.new.upperBound == 1,
        oldBytes[a[last.old.upperBound].start] == 0x2E,
        a[last.old.upperBound].end - a[last.old.upperBound].start == 1
      {
        last.old = last.old.lowerBound..<h.old.upperBound
        last.new = last.new.lowerBound..<h.new.upperBound
        merged[merged.count - 1] = last
      } else {
        merged.append(h)
      }
    }
    return merged
  }
}
