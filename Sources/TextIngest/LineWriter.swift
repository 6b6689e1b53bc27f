/// A stretch of rewritten line text and the decoded bytes it came from.
struct MappedPiece {
  var length: Int
  var originalStart: Int
  var originalLength: Int

  var isLinear: Bool { length == originalLength }
}

/// Where a rewritten line sits in `LineWriter.out` and `LineWriter.pieces`.
struct WrittenLine {
  var line: Int
  var outStart: Int
  var outEnd: Int
  var pieceStart: Int
  var pieceEnd: Int
  /// The line ended in a soft hyphen (now removed): the word goes on on the next line.
  var endsInSoftHyphen: Bool
}

/// Rewrites the content of single lines: blanks collapsed to one space, soft hyphens
/// removed, letter-spaced words closed up, in-line breaks like `Drucksa- che` joined.
struct LineWriter {
  var out: [UInt8] = []
  var pieces: [MappedPiece] = []
  /// Pieces never merge across lines: each line owns its own range of pieces.
  private var linePieceStart = 0
  /// Scratch space for a line's tokens.
  private var tokens: [Range<Int>] = []

  init(capacity: Int) {
    out.reserveCapacity(capacity)
    pieces.reserveCapacity(capacity / 60 + 1)
  }

  mutating func write(_ b: [UInt8], _ line: SourceLine, index: Int) -> WrittenLine {
    let outStart = out.count
    let pieceStart = pieces.count
    linePieceStart = pieceStart
    if Self.isPlain(b, line) {
      copy(b, line.start, line.end)
      return WrittenLine(
        line: index, outStart: outStart, outEnd: out.count, pieceStart: pieceStart,
        pieceEnd: pieces.count, endsInSoftHyphen: false)
    }
    LayoutBytes.tokens(b, line.start, line.end, into: &tokens)
    let closed = LetterSpacing.closedGaps(b, tokens)
    var endsInSoftHyphen = false
    // The blank before the next token; written only once a token with content follows, so
    // that a token of nothing but soft hyphens leaves no double or leading space.
    var pendingGap: Range<Int>? = nil
    var k = 0
    while k < tokens.count {
      var t = tokens[k]
      var skipGap = k + 1 < tokens.count ? (closed?[k] ?? false) : false
      if k + 1 < tokens.count && !skipGap && Dehyphenation.joinsInline(b, t, tokens[k + 1]) {
        // `Drucksa- che`: drop the hyphen (or soft hyphen) and the space.
        t = t.lowerBound..<(t.upperBound - (b[t.upperBound - 1] == 0x2D ? 1 : 2))
        skipGap = true
      }
      let hasContent = !Self.isOnlySoftHyphens(b, t)
      if hasContent {
        if let gap = pendingGap, out.count > outStart {
          append(0x20, originalStart: gap.lowerBound, originalLength: gap.count)
        }
        pendingGap = nil
        copyRemovingSoftHyphens(b, t)
      }
      if k + 1 == tokens.count {
        endsInSoftHyphen = hasContent && Dehyphenation.endsInSoftHyphen(b, t)
      } else if !skipGap {
        if pendingGap == nil { pendingGap = tokens[k].upperBound..<tokens[k + 1].lowerBound }
      } else if hasContent {
        pendingGap = nil
      }
      k += 1
    }
    return WrittenLine(
      line: index, outStart: outStart, outEnd: out.count, pieceStart: pieceStart,
      pieceEnd: pieces.count, endsInSoftHyphen: endsInSoftHyphen)
  }

  private static func isOnlySoftHyphens(_ b: [UInt8], _ t: Range<Int>) -> Bool {
    var i = t.lowerBound
    while i + 1 < t.upperBound && b[i] == 0xC2 && b[i + 1] == 0xAD { i += 2 }
    return i == t.upperBound
  }

  /// Most lines need no rewriting: single spaces, no soft hyphen, no `- ` inside, no run
  /// of single letters. One scan tells, eight bytes at a time: a byte loop branched on every
  /// space, which running text makes unpredictable.
  ///
  /// Not plain: a space at the start or after a space or `-`; a tab, vertical tab, form
  /// feed or CR; a soft hyphen (C2 AD); three single ASCII letters (a letter with a space or
  /// the line's start before it and a space or the line's end after it).
  private static func isPlain(_ b: [UInt8], _ line: SourceLine) -> Bool {
    b.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress else { return true }
      let start = line.start
      let end = line.end
      let n = p.count
      let high = SWAR.repeated(0x80)
      var singles = 0
      var i = start
      while i < end {
        // The eight bytes at `i` (zeros past the buffer).
        var w: UInt64 = 0
        if i + 8 <= n {
          w = UInt64(
            littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
        } else {
          for k in 0..<(n - i) { w |= UInt64(p[i + k]) << (8 * UInt64(k)) }
        }
        let before: UInt8 = i > 0 ? p[i - 1] : 0x20
        let after: UInt8 = i + 8 < n ? p[i + 8] : 0
        // Lanes on the line, lanes whose next byte is on the line, the first and last lane.
        let lanes = min(8, end - i)
        let valid = lanes == 8 ? high : high & ((1 << (8 * UInt64(lanes))) &- 1)
        let validNext =
          lanes == 8 && i + 8 < end ? high : high & ((1 << (8 * UInt64(lanes - 1))) &- 1)
        let startLane: UInt64 = i == start ? 0x80 : 0
        let endLane: UInt64 = end - i <= 8 ? 0x80 << (8 * UInt64(end - i - 1)) : 0

        // Each lane's previous and next byte are the neighbouring lanes, or `before`/`after`.
        let space = SWAR.equal(w, 0x20)
        let dash = SWAR.equal(w, 0x2D)
        let spaceBefore = (space << 8) | (before == 0x20 ? 0x80 : 0)
        let dashBefore = (dash << 8) | (before == 0x2D ? 0x80 : 0)
        let spaceAfter = (space >> 8) | (after == 0x20 ? 0x80 << 56 : 0)
        var bad = space & (spaceBefore | dashBefore | startLane)
        if SWAR.hasByte(below: 0x0E, w) {
          bad |=
            SWAR.equal(w, 0x09) | SWAR.equal(w, 0x0B) | SWAR.equal(w, 0x0C) | SWAR.equal(w, 0x0D)
        }
        let c2 = SWAR.equal(w, 0xC2)
        if c2 != 0 {
          let next = (w >> 8) | (UInt64(after) << 56)
          bad |= c2 & SWAR.equal(next, 0xAD) & validNext
        }
        if bad & valid != 0 { return false }
        // ASCII letters: the low seven bits of the lower-cased byte in 0x61...0x7A (no carry
        // leaves a lane), and the high bit clear.
        let lower = w | SWAR.repeated(0x20)
        let low = lower & SWAR.repeated(0x7F)
        let letter =
          (low &+ SWAR.repeated(0x80 - 0x61)) & ~(low &+ SWAR.repeated(0x80 - 0x7B)) & ~lower
          & high
        let single = letter & (spaceBefore | startLane) & (spaceAfter | endLane) & valid
        if single != 0 {
          singles += single.nonzeroBitCount
          if singles >= 3 { return false }
        }
        i += 8
      }
      return true
    }
  }

  private mutating func copyRemovingSoftHyphens(_ b: [UInt8], _ t: Range<Int>) {
    var runStart = t.lowerBound
    var i = t.lowerBound
    while i < t.upperBound {
      if b[i] == 0xC2 && i + 1 < t.upperBound && b[i + 1] == 0xAD {
        copy(b, runStart, i)
        i += 2
        runStart = i
      } else {
        i += 1
      }
    }
    copy(b, runStart, t.upperBound)
  }

  /// Copies `b[start..<end]` byte for byte.
  mutating func copy(_ b: [UInt8], _ start: Int, _ end: Int) {
    guard end > start else { return }
    out.append(contentsOf: b[start..<end])
    addPiece(MappedPiece(length: end - start, originalStart: start, originalLength: end - start))
  }

  /// Appends one byte standing for `originalLength` decoded bytes.
  mutating func append(_ byte: UInt8, originalStart: Int, originalLength: Int) {
    out.append(byte)
    addPiece(MappedPiece(length: 1, originalStart: originalStart, originalLength: originalLength))
  }

  private mutating func addPiece(_ p: MappedPiece) {
    if pieces.count > linePieceStart, let last = pieces.last, last.isLinear, p.isLinear,
      last.originalStart + last.originalLength == p.originalStart
    {
      pieces[pieces.count - 1].length += p.length
      pieces[pieces.count - 1].originalLength += p.originalLength
    } else {
      pieces.append(p)
    }
  }
}
