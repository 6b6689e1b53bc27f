import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import XMLIngest

/// Reads a fixture below `Fixtures/xml/`.
func readFixture(_ name: String) throws -> (bytes: [UInt8], documents: [Document]) {
  let bytes = try Repository.fixtureBytes("xml/" + name)
  return (bytes, try XMLPaperReader.read(bytes, path: "Fixtures/xml/" + name))
}

/// What an XML span holds as text: tags and comments dropped, CDATA kept literally,
/// entity and character references decoded, all whitespace removed (layout differs).
func xmlText(_ bytes: [UInt8], _ span: Span) -> String {
  let s = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
  var out = ""
  var i = s.startIndex
  while i < s.endIndex {
    let rest = s[i...]
    if rest.hasPrefix("<![CDATA[") {
      let body = rest.dropFirst(9)
      let end = body.range(of: "]]>")?.lowerBound ?? body.endIndex
      out += body[..<end]
      i = end == body.endIndex ? end : body.index(end, offsetBy: 3)
    } else if rest.hasPrefix("<!--") {
      i = rest.range(of: "-->")?.upperBound ?? s.endIndex
    } else if rest.hasPrefix("<") {
      i = rest.firstIndex(of: ">").map { s.index(after: $0) } ?? s.endIndex
    } else if rest.hasPrefix("&"), let semi = rest.firstIndex(of: ";") {
      let name = String(rest[rest.index(after: rest.startIndex)..<semi])
      switch name {
      case "amp": out += "&"
      case "lt": out += "<"
      case "gt": out += ">"
      case "quot": out += "\""
      case "apos": out += "'"
      default:
        let hex = name.hasPrefix("#x")
        let digits = name.dropFirst(hex ? 2 : 1)
        if let code = UInt32(digits, radix: hex ? 16 : 10), let u = Unicode.Scalar(code) {
          out.unicodeScalars.append(u)
        }
      }
      i = s.index(after: semi)
    } else {
      out.append(s[i])
      i = s.index(after: i)
    }
  }
  return out.filter { !$0.isWhitespace }
}

func squeezed(_ s: some StringProtocol) -> String { String(s.filter { !$0.isWhitespace }) }

/// The lines of a document's text with their UTF-8 ranges.
func lineRanges(_ text: String) -> [Range<Int>] {
  var ranges: [Range<Int>] = []
  var start = 0
  var offset = 0
  for b in text.utf8 {
    if b == 0x0A {
      ranges.append(start..<offset)
      start = offset + 1
    }
    offset += 1
  }
  ranges.append(start..<offset)
  return ranges.filter { !$0.isEmpty }
}

/// Every line and every section of an XML document maps back onto original bytes that
/// hold exactly that text.
func expectExactMapping(_ document: Document, _ bytes: [UInt8]) {
  let text = document.text
  for range in lineRanges(text.text) {
    let line = text.substring(range)
    let span = text.span(of: range)
    // Markup decoded, or a CDATA section's literal bytes.
    let literal = squeezed(String(decoding: bytes[span.start..<span.end], as: UTF8.self))
    #expect(
      xmlText(bytes, span) == squeezed(line) || literal == squeezed(line),
      "line \(line.prefix(60))")
  }
  for section in document.sections where !section.textRange.isEmpty {
    // Each line of the section stands in the section's bytes, in order (speaker
    // metadata between them is not text).
    let raw = xmlText(bytes, section.span)
    var rest = raw[...]
    for line in text.substring(section.textRange).split(separator: "\n") {
      let found = rest.range(of: squeezed(line))
      #expect(found != nil, "section \(section.label ?? ""): \(line.prefix(60))")
      if let found { rest = rest[found.upperBound...] }
    }
    let mapped = text.span(of: section.textRange)
    #expect(section.span.contains(mapped))
  }
  for reference in document.statedReferences {
    #expect(xmlText(bytes, reference.span) == squeezed(reference.text))
    #expect(reference.line == text.line(ofOriginalOffset: reference.span.start))
  }
}

/// 1-based line of the first occurrence of `needle` in the file.
func lineOf(_ needle: String, in bytes: [UInt8], occurrence: Int = 1) -> Int? {
  let s = String(decoding: bytes, as: UTF8.self)
  var from = s.startIndex
  var found: Range<String.Index>?
  for _ in 0..<occurrence {
    guard let r = s.range(of: needle, range: from..<s.endIndex) else { return nil }
    found = r
    from = r.upperBound
  }
  guard let found else { return nil }
  return s[..<found.lowerBound].filter { $0 == "\n" }.count + 1
}
