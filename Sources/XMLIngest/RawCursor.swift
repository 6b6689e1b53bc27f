#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A piece of decoded text and the original bytes it came from.
enum TextPiece {
  /// Literal bytes of the original file, copied as they are (maps byte for byte).
  case raw(Range<Int>)
  /// Decoded bytes standing for `raw` as a whole: an entity or character reference, an
  /// escape in JSON, or a node whose value libxml2 had to transcode (maps atomically).
  case decoded([UInt8], raw: Range<Int>)
}

/// The decoded text of one node with its original bytes.
struct TextRun {
  var pieces: [TextPiece]
  var raw: Range<Int>

  init(pieces: [TextPiece], raw: Range<Int>) {
    self.pieces = pieces
    self.raw = raw
  }

  /// The value libxml2 gave, mapped as a whole onto the node's bytes.
  init(fallback value: UnsafePointer<UInt8>, raw: Range<Int>) {
    var bytes: [UInt8] = []
    var p = value
    while p.pointee != 0 {
      bytes.append(p.pointee)
      p += 1
    }
    self.init(pieces: [.decoded(bytes, raw: raw)], raw: raw)
  }
}

/// Walks the original bytes of a well-formed XML file in step with libxml2's reader: finds
/// the next tag, decodes the text up to the next markup, skips comments and the DOCTYPE.
/// It never judges well-formedness (libxml2 does); it only locates bytes.
struct RawCursor {
  let bytes: [UInt8]
  private(set) var position = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The next start, end or empty tag from the cursor, skipping comments, processing
  /// instructions and the DOCTYPE; the cursor moves past it.
  mutating func nextTag() -> Range<Int> {
    let n = bytes.count
    while position < n {
      guard let lt = find(UInt8(ascii: "<"), from: position) else { break }
      position = lt
      let next = lt + 1 < n ? bytes[lt + 1] : 0
      if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
        if startsWith("<!--", at: lt) {
          skip(past: Array("-->".utf8))
        } else if next == UInt8(ascii: "?") {
          skip(past: Array("?>".utf8))
        } else if startsWith("<![CDATA[", at: lt) {
          skip(past: Array("]]>".utf8))
        } else {
          skipDoctype()
        }
        continue
      }
      var i = lt + 1
      var quote: UInt8 = 0
      while i < n {
        let b = bytes[i]
        if quote != 0 {
          if b == quote { quote = 0 }
        } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
          quote = b
        } else if b == UInt8(ascii: ">") {
          break
        }
        i += 1
      }
      position = min(n, i + 1)
      return lt..<position
    }
    position = n
    return n..<n
  }

  /// Character data from the cursor up to the next `<`, with entity and character
  /// references decoded into atomic pieces.
  mutating func text() -> TextRun {
    let start = position
    let end = find(UInt8(ascii: "<"), from: start) ?? bytes.count
    var pieces: [TextPiece] = []
    var runStart = start
    var i = start
    while i < end {
      if bytes[i] == UInt8(ascii: "&"), let (decoded, stop) = reference(at: i, limit: end) {
        if runStart < i { pieces.append(.raw(runStart..<i)) }
        pieces.append(.decoded(decoded, raw: i..<stop))
        i = stop
        runStart = stop
      } else {
        i += 1
      }
    }
    if runStart < end { pieces.append(.raw(runStart..<end)) }
    position = end
    return TextRun(pieces: pieces, raw: start..<end)
  }

  /// The content of the next CDATA section, literally.
  mutating func cdata() -> TextRun {
    guard let open = find(Array("<![CDATA[".utf8), from: position) else {
      return TextRun(pieces: [], raw: position..<position)
    }
    let start = open + 9
    let end = find(Array("]]>".utf8), from: start) ?? bytes.count
    position = min(bytes.count, end + 3)
    return TextRun(pieces: start < end ? [.raw(start..<end)] : [], raw: start..<end)
  }

  mutating func skip(past marker: [UInt8]) {
    if let at = find(marker, from: position) {
      position = at + marker.count
    } else {
      position = bytes.count
    }
  }

  /// Past `<!DOCTYPE … [ internal subset ] >`, minding quotes and brackets.
  mutating func skipDoctype() {
    guard let open = find(Array("<!".utf8), from: position) else { return }
    position = RawCursor.endOfDoctype(bytes, from: open)
  }

  /// The offset after the DOCTYPE declaration starting at `open`.
  static func endOfDoctype(_ bytes: [UInt8], from open: Int) -> Int {
    var i = open + 2
    var depth = 0
    var quote: UInt8 = 0
    while i < bytes.count {
      let b = bytes[i]
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: "[") {
        depth += 1
      } else if b == UInt8(ascii: "]") {
        depth -= 1
      } else if b == UInt8(ascii: ">") && depth <= 0 {
        return i + 1
      }
      i += 1
    }
    return bytes.count
  }

  /// Whether the run's decoded bytes equal libxml2's value for the node (line ends as XML
  /// normalizes them: CR LF and a lone CR read as LF).
  func matches(_ run: TextRun, _ value: UnsafePointer<UInt8>) -> Bool {
    // The common case: one literal piece without CR, compared in one go.
    if run.pieces.count == 1, case .raw(let range) = run.pieces[0] {
      let equal = bytes.withUnsafeBufferPointer { buffer -> Bool? in
        guard let base = buffer.baseAddress else { return nil }
        if memchr(base + range.lowerBound, 0x0D, range.count) != nil { return nil }
        return memcmp(base + range.lowerBound, value, range.count) == 0
          && value[range.count] == 0
      }
      if let equal { return equal }
    }
    var p = value
    func take(_ b: UInt8, next: UInt8?) -> Bool {
      if b == 0x0D {
        if next == 0x0A { return true }
        guard p.pointee == 0x0A else { return false }
      } else if p.pointee != b {
        return false
      }
      p += 1
      return true
    }
    for piece in run.pieces {
      switch piece {
      case .raw(let range):
        for i in range where !take(bytes[i], next: i + 1 < range.upperBound ? bytes[i + 1] : nil) {
          return false
        }
      case .decoded(let decoded, _):
        for b in decoded {
          guard p.pointee == b else { return false }
          p += 1
        }
      }
    }
    return p.pointee == 0
  }

  /// Decodes `&lt;` `&gt;` `&amp;` `&apos;` `&quot;` `&#N;` `&#xH;` at `i`.
  private func reference(at i: Int, limit: Int) -> ([UInt8], Int)? {
    var j = i + 1
    while j < limit && j - i < 12 && bytes[j] != UInt8(ascii: ";") { j += 1 }
    guard j < limit, bytes[j] == UInt8(ascii: ";") else { return nil }
    let name = bytes[(i + 1)..<j]
    let stop = j + 1
    switch String(decoding: name, as: UTF8.self) {
    case "lt": return ([UInt8(ascii: "<")], stop)
    case "gt": return ([UInt8(ascii: ">")], stop)
    case "amp": return ([UInt8(ascii: "&")], stop)
    case "apos": return ([UInt8(ascii: "'")], stop)
    case "quot": return ([UInt8(ascii: "\"")], stop)
    default: break
    }
    guard name.first == UInt8(ascii: "#") else { return nil }
    var digits = name.dropFirst()
    var radix: UInt32 = 10
    if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty,
      let code = UInt32(String(decoding: digits, as: UTF8.self), radix: Int(radix)),
      let scalar = Unicode.Scalar(code)
    else { return nil }
    return (Array(String(Character(scalar)).utf8), stop)
  }

  private func startsWith(_ s: String, at i: Int) -> Bool {
    var j = i
    for b in s.utf8 {
      guard j < bytes.count, bytes[j] == b else { return false }
      j += 1
    }
    return true
  }

  func find(_ b: UInt8, from start: Int) -> Int? {
    guard start < bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress,
        let hit = memchr(base + start, Int32(b), buffer.count - start)
      else { return nil }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
  }

  func find(_ marker: [UInt8], from start: Int) -> Int? {
    guard let first = marker.first else { return start }
    var i = start
    while let at = find(first, from: i) {
      if at + marker.count > bytes.count { return nil }
      var ok = true
      for k in 1..<marker.count where bytes[at + k] != marker[k] {
        ok = false
        break
      }
      if ok { return at }
      i = at + 1
    }
    return nil
  }
}
