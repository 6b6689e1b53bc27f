import DocumentModel

/// Reads structured parliamentary papers: Bundestag plenary-protocol XML, Akoma Ntoso 3.0,
/// the Sächsischer Landtag export, and Bundestag DIP records in XML or JSON.
///
/// XML goes through libxml2's streaming `xmlTextReader` (no DOM, no network, no DTD loading,
/// no entity substitution); every document's text maps back into the file's original bytes.
public enum XMLPaperReader {
  /// Reads one structured file (XML, or DIP JSON records). One file may hold several papers
  /// (a Sachsen export, a DIP list); each becomes a Document with its own key. `sha256` is
  /// the bytes' hash when the caller has taken it already.
  public static func read(_ bytes: [UInt8], path: String, sha256: String? = nil)
    throws(ReadError) -> [Document]
  {
    let context = SourceContext(path: path, bytes: bytes)
    if let sha256 { context.sha256 = sha256 }
    guard let first = firstSignificantByte(bytes) else { throw context.error(.empty) }
    if bytes[first] == UInt8(ascii: "{") || bytes[first] == UInt8(ascii: "[") {
      return try DIPRecords.readJSON(context: context, start: first)
    }
    guard bytes[first] == UInt8(ascii: "<") else {
      throw context.error(.unsupportedFormat("neither XML nor DIP JSON"))
    }
    try refuseEntityDeclarations(context)
    var handler: FormatHandler?
    try LibXMLStream.run(bytes, path: path) { event, attributes throws(ReadError) in
      if handler == nil, case .start(let root, _, _) = event {
        handler = try makeHandler(root: root, context: context)
      }
      try handler?.handle(event, attributes)
    }
    guard let handler else { throw context.error(.malformedXML("no root element")) }
    return try handler.finish()
  }

  /// Cheap sniff: is this file XML or DIP JSON (so the pipeline can route it)?
  public static func recognizes(_ bytes: [UInt8]) -> Bool {
    guard let first = firstSignificantByte(bytes) else { return false }
    let b = bytes[first]
    if b == UInt8(ascii: "<") {
      guard first + 1 < bytes.count else { return false }
      let c = bytes[first + 1]
      return c == UInt8(ascii: "?") || c == UInt8(ascii: "!")
        || (c | 0x20) >= UInt8(ascii: "a")
          && (c | 0x20) <= UInt8(ascii: "z")
    }
    guard b == UInt8(ascii: "{") || b == UInt8(ascii: "[") else { return false }
    let head = String(decoding: bytes[first..<min(bytes.count, first + 8192)], as: UTF8.self)
    return ["\"dokumentnummer\"", "\"drucksachetyp\"", "\"vorgangsposition\"", "\"fundstelle\""]
      .contains { head.contains($0) }
  }

  private static func makeHandler(root: String, context: SourceContext) throws(ReadError)
    -> FormatHandler
  {
    switch root {
    case "dbtplenarprotokoll": return PlenarprotokollReader(context: context)
    case "akomaNtoso": return AkomaNtosoReader(context: context)
    case "Export": return SaxonyExportReader(context: context)
    default:
      if DIPRecords.xmlRoots.contains(root) { return DIPXMLReader(context: context) }
      throw context.error(.unsupportedXML(rootElement: root))
    }
  }

  /// The first byte after a BOM and whitespace.
  static func firstSignificantByte(_ bytes: [UInt8]) -> Int? {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count {
      let b = bytes[i]
      if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return i }
      i += 1
    }
    return nil
  }

  /// A DOCTYPE whose internal subset declares entities is refused before libxml2 sees it:
  /// no parliament's format declares its own, and it is how billion-laughs and XXE files
  /// work. (Even without this, the parse options never substitute nor fetch entities.)
  static func refuseEntityDeclarations(_ context: SourceContext) throws(ReadError) {
    let bytes = context.bytes
    let cursor = RawCursor(bytes: bytes)
    // The DOCTYPE stands in the prolog, before the root element's first `<` + letter.
    var i = 0
    while let lt = cursor.find(UInt8(ascii: "<"), from: i), lt + 1 < bytes.count {
      let next = bytes[lt + 1]
      if next == UInt8(ascii: "?") {
        i = (cursor.find(Array("?>".utf8), from: lt) ?? bytes.count - 2) + 2
      } else if bytes[lt...].starts(with: Array("<!--".utf8)) {
        i = (cursor.find(Array("-->".utf8), from: lt) ?? bytes.count - 3) + 3
      } else if next == UInt8(ascii: "!") {
        let end = RawCursor.endOfDoctype(bytes, from: lt)
        if cursor.find(Array("<!ENTITY".utf8), from: lt).map({ $0 < end }) == true {
          throw context.error(
            .unsupportedFormat(
              "the XML declares its own entities in its DOCTYPE; they are not expanded"))
        }
        return
      } else {
        return
      }
    }
  }
}
