import DocumentModel

/// A small record (a Sachsen `Vorgang`, a DIP record) as a tree of named values whose text
/// keeps its original bytes. Built one record at a time, so memory stays bounded by the
/// largest record, not the file.
struct RecordNode {
  var name: String
  var attributes: [String: String] = [:]
  var children: [RecordNode] = []
  var pieces: [TextPiece] = []
  var raw: Range<Int>

  func child(_ name: String) -> RecordNode? { children.first { $0.name == name } }
  func all(_ name: String) -> [RecordNode] { children.filter { $0.name == name } }

  /// The decoded text of this node (and, for an element with children, of none of them).
  func string(_ source: [UInt8]) -> String {
    var bytes: [UInt8] = []
    for piece in pieces {
      switch piece {
      case .raw(let r): bytes.append(contentsOf: source[r])
      case .decoded(let d, _): bytes.append(contentsOf: d)
      }
    }
    return String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
  }

  /// The text of a direct child, if present and not empty.
  func value(_ name: String, _ source: [UInt8]) -> String? {
    guard let s = child(name)?.string(source), !s.isEmpty else { return nil }
    return s
  }

  /// The original bytes of the node's text, from its first to its last piece.
  var textSpan: Span? {
    guard let first = pieces.first, let last = pieces.last else { return nil }
    return Span(start: first.rawRange.lowerBound, end: last.rawRange.upperBound)
  }
}

extension TextPiece {
  var rawRange: Range<Int> {
    switch self {
    case .raw(let r): return r
    case .decoded(_, let r): return r
    }
  }
}

/// Builds `RecordNode`s from the XML event stream: `begin` at the record's start tag, feed
/// every event until `feed` returns the finished record.
struct RecordCollector {
  private var stack: [RecordNode] = []

  var isCollecting: Bool { !stack.isEmpty }

  mutating func begin(name: String, tag: Range<Int>, attributes: [String: String] = [:]) {
    stack = [RecordNode(name: name, attributes: attributes, raw: tag)]
  }

  /// Returns the record when its end tag arrives.
  mutating func feed(_ event: XMLEvent, _ attributes: Attributes) -> RecordNode? {
    switch event {
    case .start(let name, let tag, _):
      var node = RecordNode(name: name, raw: tag)
      if name == "urheber" { node.attributes["istPerson"] = attributes["istPerson"] }
      stack.append(node)
    case .end(_, let tag):
      guard var node = stack.popLast() else { return nil }
      node.raw = node.raw.lowerBound..<tag.upperBound
      if stack.isEmpty { return node }
      stack[stack.count - 1].children.append(node)
    case .text(let run):
      guard !stack.isEmpty else { return nil }
      stack[stack.count - 1].pieces.append(contentsOf: run.pieces)
    }
    return nil
  }
}

/// Assembles a record document's text, one line per field, and finds printed substrings.
struct RecordText {
  var assembler: TextAssembler

  init(source: [UInt8]) { assembler = TextAssembler(source: source) }

  /// Adds the node's text as a line; returns its range in the text.
  @discardableResult
  mutating func line(_ node: RecordNode?) -> Range<Int>? {
    guard let node, !node.pieces.isEmpty else { return nil }
    assembler.endLine()
    let mark = assembler.mark
    for piece in node.pieces { assembler.append(piece) }
    assembler.endLine()
    let range = assembler.trimmed(mark, assembler.mark)
    return range.isEmpty ? nil : range
  }

  /// The first occurrence of `needle` in the text within `range`.
  func find(_ needle: String, in range: Range<Int>?) -> Range<Int>? {
    guard let range else { return nil }
    let n = Array(needle.utf8)
    guard !n.isEmpty, range.count >= n.count else { return nil }
    let out = assembler.out
    var i = range.lowerBound
    while i + n.count <= range.upperBound {
      if out[i] == n[0] && Array(out[i..<(i + n.count)]) == n { return i..<(i + n.count) }
      i += 1
    }
    return nil
  }
}
