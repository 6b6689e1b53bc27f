internal import CLibXML2
import DocumentModel

/// One event of the streaming parse, with the place of its bytes in the original file.
enum XMLEvent {
  /// A start tag; `tag` covers `<name …>` (or `<name …/>`, then `isEmpty`).
  case start(name: String, tag: Range<Int>, isEmpty: Bool)
  /// An end tag, or the end of an empty element (then `tag` is the empty tag again).
  case end(name: String, tag: Range<Int>)
  /// Character data, decoded, with its original bytes.
  case text(TextRun)
}

/// The attributes of the element the stream stands on; valid only during the callback.
struct Attributes {
  fileprivate let reader: xmlTextReaderPtr?

  subscript(name: String) -> String? {
    // Move onto the attribute and read its value in place: nothing to free.
    guard let reader, xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
    defer { xmlTextReaderMoveToElement(reader) }
    return xmlTextReaderConstValue(reader).map { String(cString: $0) }
  }
}

/// The libxml2 side of reading: an `xmlTextReader` over the file's bytes with safe options,
/// an error handler that collects instead of printing, and a raw cursor that finds each
/// node's bytes in the original file so that every text maps back exactly.
///
/// libxml2 checks well-formedness and tells the structure; the cursor walks the same bytes
/// in step and yields the text pieces with their original offsets. Each text node's decoded
/// bytes are compared with libxml2's value; where they differ (a non-UTF-8 file) the node's
/// value maps atomically onto the node's raw bytes instead.
enum LibXMLStream {
  /// `xmlInitParser()` once per process, before any thread parses.
  static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Never `XML_PARSE_NOENT` (would substitute entities) nor `XML_PARSE_DTDLOAD` (would
  /// fetch external DTDs); `NONET` forbids network access outright.
  static let options = Int32(XML_PARSE_NONET.rawValue)

  /// Streams `bytes`, calling `handle` for each event in document order.
  /// Throws `.malformedXML` / `.truncated` with libxml2's message and line.
  static func run(
    _ bytes: [UInt8], path: String,
    handle: (XMLEvent, Attributes) throws(ReadError) -> Void
  ) throws(ReadError) {
    _ = initialized
    let errors = ErrorCollector()
    let reader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlReaderForMemory($0, Int32(clamping: buffer.count), nil, nil, options)
        }
      }
    }
    guard let reader else {
      throw ReadError(path: path, reason: .malformedXML("libxml2 could not open the document"))
    }
    defer { xmlFreeTextReader(reader) }
    let context = Unmanaged.passUnretained(errors).toOpaque()
    xmlTextReaderSetStructuredErrorHandler(reader, collectError, context)

    var cursor = RawCursor(bytes: bytes)
    var openNames: [String] = []
    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { break }
      if status < 0 || errors.fatal != nil {
        throw errors.readError(path: path, bytes: bytes, openElement: openNames.last)
      }
      let type = xmlTextReaderNodeType(reader)
      switch type {
      case 1:  // element
        let name = localName(reader)
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        let tag = cursor.nextTag()
        try handle(.start(name: name, tag: tag, isEmpty: isEmpty), Attributes(reader: reader))
        if isEmpty {
          try handle(.end(name: name, tag: tag), Attributes(reader: nil))
        } else {
          openNames.append(name)
        }
      case 15:  // end element
        let name = openNames.popLast() ?? localName(reader)
        let tag = cursor.nextTag()
        try handle(.end(name: name, tag: tag), Attributes(reader: nil))
      case 3, 13, 14:  // text, whitespace, significant whitespace
        var run = cursor.text()
        if let value = xmlTextReaderConstValue(reader), !cursor.matches(run, value) {
          run = TextRun(fallback: value, raw: run.raw)
        }
        try handle(.text(run), Attributes(reader: nil))
      case 4:  // CDATA
        let run = cursor.cdata()
        try handle(.text(run), Attributes(reader: nil))
      case 8: cursor.skip(past: Array("-->".utf8))
      case 7: cursor.skip(past: Array("?>".utf8))
      case 10: cursor.skipDoctype()
      case 5:
        // An entity reference left unexpanded (only possible in a file that declares its
        // own entities, which `XMLPaperReader` refuses before parsing); contributes nothing.
        cursor.skip(past: [UInt8(ascii: ";")])
      default: break
      }
    }
    if let error = errors.fatal {
      throw ReadError(path: path, reason: .malformedXML(error))
    }
  }

  private static func localName(_ reader: xmlTextReaderPtr) -> String {
    guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
    return String(cString: name)
  }
}

/// Collects libxml2's errors so that it never prints to stderr on its own.
final class ErrorCollector {
  var first: String?
  var fatal: String?
  var fatalCode: Int32 = 0
  var fatalLine: Int32 = 0

  fileprivate func record(_ error: UnsafePointer<xmlError>) {
    let e = error.pointee
    let message = e.message.map { sanitized(String(cString: $0)) } ?? "unknown error"
    let text = e.line > 0 ? "\(message) (line \(e.line))" : message
    if e.level.rawValue >= XML_ERR_ERROR.rawValue {
      if fatal == nil {
        fatal = text
        fatalCode = e.code
        fatalLine = e.line
      }
    } else if first == nil {
      first = text
    }
  }

  /// libxml2's message, one line, bounded: it names elements, never quotes text at length.
  private func sanitized(_ message: String) -> String {
    var line = Substring(message.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first ?? "")
    while line.last == " " { line.removeLast() }
    return line.count > 160 ? String(line.prefix(160)) + "…" : String(line)
  }

  func readError(path: String, bytes: [UInt8], openElement: String?) -> ReadError {
    let message = fatal ?? first ?? "the parser stopped"
    // Truncation: the parser ran out of input inside the document (still inside an
    // element, and the error stands on the file's last line).
    let starts = NormalizedText.lineStarts(of: bytes).count
    let lastLine = Int32(clamping: bytes.last == 0x0A ? starts - 1 : starts)
    let atEnd =
      fatalLine >= lastLine || message.contains("Premature end of data")
      || message.contains("EndTag: '</' not found")
    if atEnd, let openElement {
      return ReadError(
        path: path,
        reason: .truncated(
          "it ends inside <\(openElement)> at line \(lastLine); libxml2: \(message)"))
    }
    if atEnd && fatalCode == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue) {
      return ReadError(path: path, reason: .truncated(message))
    }
    return ReadError(path: path, reason: .malformedXML(message))
  }
}

private func collectError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let context, let error else { return }
  Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error)
}
