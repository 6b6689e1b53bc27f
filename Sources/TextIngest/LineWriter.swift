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
  /// of single letters. One scan tells; only spaces, control bytes and 0xC2 need a look.
  private static func isPlain(_ b: [UInt8], _ line: SourceLine) -> Bool {
    b.withUnsafeBufferPointer { p in
      let start = line.start
      let end = line.end
      var singles = 0
      // A single ASCII letter at `j` (after a space or at the line start) standing alone.
      @inline(__always) func isSingle(_ j: Int) -> Bool {
        j < end && (p[j] | 0x20) >= 0x61 && (p[j] | 0x20) <= 0x7A
          && (j + 1 == end || p[j + 1] == 0x20)
      }
      if isSingle(start) { singles += 1 }
      var i = start
      while i < end {
        let c = p[i]
        if c > 0x20 && c != 0xC2 {
          i += 1
          continue
        }
        switch c {
        case 0x20:
          if i == start || p[i - 1] == 0x20 || p[i - 1] == 0x2D { return false }
          if isSingle(i + 1) {
            singles += 1
            if singles >= 3 { return false }
          }
        case 0x09, 0x0B, 0x0C, 0x0D:
          return false
        case 0xC2:
          if i + 1 < end && p[i + 1] == 0xAD { return false }
        default:
          break
        }
        i += 1
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
