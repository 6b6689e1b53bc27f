import DocumentModel

/// Builds a `NormalizedText` from text pieces of the original file: whitespace runs collapse
/// to one space, blocks become lines separated by `\n`, and every output byte maps back.
///
/// A collapsed space maps onto the whitespace it stands for; the `\n` between two lines and
/// a space inserted between two words of adjacent elements map onto zero original bytes at
/// the point where they were inserted. Literal text maps byte for byte, a decoded entity
/// atomically onto its reference.
struct TextAssembler {
  let source: [UInt8]
  private(set) var out: [UInt8] = []
  private var map = OffsetMapBuilder()
  private var lineHasContent = false
  private var hadLine = false
  /// Original bytes of whitespace seen since the last content, if any.
  private var pendingSpace: Range<Int>?
  /// Where the last content ended in the original, for the `\n` of the next line.
  private var lastRawEnd = 0

  /// `wholeFile`: the text is most of the file (a protocol), so reserve for it up front;
  /// a record's few lines (one of thousands in a DIP list) reserve nothing.
  init(source: [UInt8], wholeFile: Bool = false) {
    self.source = source
    if wholeFile { out.reserveCapacity(source.count / 2) }
  }

  /// The offset where the next content will stand (after any separator).
  var mark: Int { out.count }

  mutating func append(_ run: TextRun) {
    for piece in run.pieces { append(piece) }
  }

  mutating func append(_ piece: TextPiece) {
    switch piece {
    case .raw(let range):
      var i = range.lowerBound
      let end = range.upperBound
      while i < end {
        let w = whitespaceWidth(at: i, end: end)
        if w > 0 {
          if pendingSpace == nil { pendingSpace = i..<(i + w) }
          i += w
          continue
        }
        var j = i + 1
        while j < end && whitespaceWidth(at: j, end: end) == 0 { j += 1 }
        emitSeparator()
        out.append(contentsOf: source[i..<j])
        map.append(normalizedLength: j - i, originalStart: i, originalLength: j - i)
        lastRawEnd = j
        i = j
      }
    case .decoded(let bytes, let raw):
      var i = 0
      while i < bytes.count {
        let w = Self.whitespaceWidth(bytes, at: i, end: bytes.count)
        if w > 0 {
          if pendingSpace == nil { pendingSpace = raw }
          i += w
          continue
        }
        var j = i + 1
        while j < bytes.count && Self.whitespaceWidth(bytes, at: j, end: bytes.count) == 0 {
          j += 1
        }
        emitSeparator()
        out.append(contentsOf: bytes[i..<j])
        map.append(
          normalizedLength: j - i, originalStart: raw.lowerBound, originalLength: raw.count)
        lastRawEnd = raw.upperBound
        i = j
      }
    }
  }

  /// Words of adjacent elements (`<vorname>` `<nachname>`) must not run together.
  mutating func wordBreak(at raw: Int) {
    if lineHasContent && pendingSpace == nil { pendingSpace = raw..<raw }
  }

  /// Ends the current line; the next content starts a new one.
  mutating func endLine() {
    if lineHasContent {
      lineHasContent = false
      hadLine = true
    }
    pendingSpace = nil
  }

  /// The text as `NormalizedText` over the file's line starts.
  func finish(lineStarts: [Int]) -> NormalizedText {
    NormalizedText(
      text: String(decoding: out, as: UTF8.self), map: map.map, originalLineStarts: lineStarts)
  }

  /// `start..<end` without separators at either end.
  func trimmed(_ start: Int, _ end: Int) -> Range<Int> {
    var a = min(start, out.count)
    var b = min(end, out.count)
    while a < b && (out[a] == 0x0A || out[a] == 0x20) { a += 1 }
    while b > a && (out[b - 1] == 0x0A || out[b - 1] == 0x20) { b -= 1 }
    return a..<b
  }

  private mutating func emitSeparator() {
    if !lineHasContent {
      if hadLine {
        out.append(0x0A)
        map.append(normalizedLength: 1, originalStart: lastRawEnd, originalLength: 0)
      }
      lineHasContent = true
    } else if let space = pendingSpace {
      out.append(0x20)
      map.append(
        normalizedLength: 1, originalStart: space.lowerBound, originalLength: space.count)
    }
    pendingSpace = nil
  }

  /// Width of a whitespace character at `i`: space, tab, CR, LF, or U+00A0.
  @inline(__always) private func whitespaceWidth(at i: Int, end: Int) -> Int {
    Self.whitespaceWidth(source, at: i, end: end)
  }

  @inline(__always) static func whitespaceWidth<C: RandomAccessCollection<UInt8>>(
    _ bytes: C, at i: C.Index, end: C.Index
  ) -> Int where C.Index == Int {
    let b = bytes[i]
    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
    if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { return 2 }
    return 0
  }
}
