import DocumentModel

/// A small JSON reader that keeps the original bytes of every string, so the text of a
/// DIP record maps back into the file exactly (JSONSerialization forgets positions).
/// Objects become `RecordNode`s whose children are named by their keys; an array value
/// gives one child per element, all named by the array's key.
struct JSONScanner {
  let bytes: [UInt8]
  var i: Int
  var depth = 0

  struct Failure: Error {
    var message: String
  }

  init(bytes: [UInt8], start: Int) {
    self.bytes = bytes
    self.i = start
  }

  /// The records of the file: the elements of a top-level array, the elements of a
  /// top-level object's `documents` array (the DIP list response), or the object itself.
  mutating func records() throws(Failure) -> [RecordNode] {
    let top = try value(named: "document")
    skipWhitespace()
    guard i >= bytes.count else { throw Failure(message: "content after the JSON value") }
    if top.name == "#array" { return top.children }
    let documents = top.all("documents")
    return documents.isEmpty ? [top] : documents
  }

  private mutating func value(named name: String) throws(Failure) -> RecordNode {
    skipWhitespace()
    guard i < bytes.count else { throw Failure(message: "unexpected end of the JSON data") }
    let start = i
    switch bytes[i] {
    case UInt8(ascii: "{"):
      depth += 1
      guard depth < 64 else { throw Failure(message: "JSON nested too deeply") }
      defer { depth -= 1 }
      i += 1
      var node = RecordNode(name: name, raw: start..<start)
      skipWhitespace()
      if peek(UInt8(ascii: "}")) {
        i += 1
      } else {
        while true {
          skipWhitespace()
          let key = try string().decoded
          skipWhitespace()
          try expect(UInt8(ascii: ":"))
          let child = try value(named: key)
          if child.name == "#array" {
            node.children.append(contentsOf: child.children.map { renamed($0, key) })
          } else {
            node.children.append(child)
          }
          skipWhitespace()
          if peek(UInt8(ascii: ",")) {
            i += 1
            continue
          }
          try expect(UInt8(ascii: "}"))
          break
        }
      }
      node.raw = start..<i
      return node
    case UInt8(ascii: "["):
      depth += 1
      guard depth < 64 else { throw Failure(message: "JSON nested too deeply") }
      defer { depth -= 1 }
      i += 1
      var node = RecordNode(name: "#array", raw: start..<start)
      skipWhitespace()
      if peek(UInt8(ascii: "]")) {
        i += 1
      } else {
        while true {
          node.children.append(try value(named: name))
          skipWhitespace()
          if peek(UInt8(ascii: ",")) {
            i += 1
            continue
          }
          try expect(UInt8(ascii: "]"))
          break
        }
      }
      node.raw = start..<i
      return node
    case UInt8(ascii: "\""):
      let s = try string()
      return RecordNode(name: name, pieces: s.pieces, raw: start..<i)
    default:
      // number, true, false, null: the literal itself
      while i < bytes.count, !isDelimiter(bytes[i]) { i += 1 }
      guard i > start else { throw Failure(message: "unexpected character in the JSON data") }
      let literal = String(decoding: bytes[start..<i], as: UTF8.self)
      if literal == "null" { return RecordNode(name: name, raw: start..<i) }
      guard literal == "true" || literal == "false" || Double(literal) != nil else {
        throw Failure(message: "unexpected literal in the JSON data")
      }
      return RecordNode(name: name, pieces: [.raw(start..<i)], raw: start..<i)
    }
  }

  /// A string: literal runs map byte for byte, each escape atomically.
  private mutating func string() throws(Failure) -> (pieces: [TextPiece], decoded: String) {
    try expect(UInt8(ascii: "\""))
    var pieces: [TextPiece] = []
    var decoded: [UInt8] = []
    var runStart = i
    while true {
      guard i < bytes.count else { throw Failure(message: "unterminated JSON string") }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        if runStart < i { pieces.append(.raw(runStart..<i)) }
        decoded.append(contentsOf: bytes[runStart..<i])
        i += 1
        return (pieces, String(decoding: decoded, as: UTF8.self))
      }
      if b == UInt8(ascii: "\\") {
        if runStart < i { pieces.append(.raw(runStart..<i)) }
        decoded.append(contentsOf: bytes[runStart..<i])
        let escStart = i
        guard i + 1 < bytes.count else { throw Failure(message: "unterminated JSON string") }
        var out: [UInt8]
        switch bytes[i + 1] {
        case UInt8(ascii: "n"): out = [0x0A]
        case UInt8(ascii: "r"): out = [0x0D]
        case UInt8(ascii: "t"): out = [0x09]
        case UInt8(ascii: "b"): out = [0x08]
        case UInt8(ascii: "f"): out = [0x0C]
        case UInt8(ascii: "u"):
          guard let (scalar, stop) = unicodeEscape(at: i) else {
            throw Failure(message: "bad \\u escape in a JSON string")
          }
          out = Array(String(Character(scalar)).utf8)
          i = stop - 2
        case let c: out = [c]
        }
        i += 2
        pieces.append(.decoded(out, raw: escStart..<i))
        decoded.append(contentsOf: out)
        runStart = i
        continue
      }
      if b < 0x20 { throw Failure(message: "control character in a JSON string") }
      i += 1
    }
  }

  /// `\uXXXX`, with surrogate pairs; returns the scalar and the offset after the escape.
  private func unicodeEscape(at p: Int) -> (Unicode.Scalar, Int)? {
    func hex(_ at: Int) -> UInt32? {
      guard at + 6 <= bytes.count, bytes[at] == UInt8(ascii: "\\"),
        bytes[at + 1] == UInt8(ascii: "u")
      else { return nil }
      return UInt32(String(decoding: bytes[(at + 2)..<(at + 6)], as: UTF8.self), radix: 16)
    }
    guard let high = hex(p) else { return nil }
    if (0xD800..<0xDC00).contains(high), let low = hex(p + 6), (0xDC00..<0xE000).contains(low) {
      let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      return Unicode.Scalar(code).map { ($0, p + 12) }
    }
    return Unicode.Scalar(high).map { ($0, p + 6) } ?? ("\u{FFFD}", p + 6)
  }

  private func renamed(_ node: RecordNode, _ name: String) -> RecordNode {
    var n = node
    n.name = name
    return n
  }

  private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

  private mutating func expect(_ b: UInt8) throws(Failure) {
    guard peek(b) else {
      throw Failure(
        message: i >= bytes.count
          ? "unexpected end of the JSON data" : "expected '\(Character(Unicode.Scalar(b)))'")
    }
    i += 1
  }

  private mutating func skipWhitespace() {
    while i < bytes.count,
      bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09
    {
      i += 1
    }
  }

  private func isDelimiter(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 0x20
      || b == 0x0A || b == 0x0D || b == 0x09
  }
}
