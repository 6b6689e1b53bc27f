import DocumentModel

/// The file being read: its bytes, path and the facts every document from it shares.
final class SourceContext {
  let path: String
  let bytes: [UInt8]

  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  lazy var sha256: String = SHA256.hex(bytes)
  lazy var lineStarts: [Int] = NormalizedText.lineStarts(of: bytes)

  var encoding: String {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "utf-8-bom" : "utf-8"
  }

  func sourceInfo(_ format: SourceInfo.Format) -> SourceInfo {
    SourceInfo(
      path: path, sha256: sha256, byteCount: bytes.count, format: format, encoding: encoding)
  }

  func error(_ reason: ReadError.Reason) -> ReadError { ReadError(path: path, reason: reason) }
}

/// A format's handler of the event stream; it sees the root element first.
protocol FormatHandler: AnyObject {
  func handle(_ event: XMLEvent, _ attributes: Attributes) throws(ReadError)
  func finish() throws(ReadError) -> [Document]
}

/// A reference found during the stream, placed once the text is complete.
struct PendingReference {
  var kind: ReferenceKind
  var target: DocumentKey
  var aliases: [DocumentKey] = []
  var range: Range<Int>
  var relation: Relation
  var pinCite: String? = nil

  func resolve(in text: NormalizedText) -> Reference {
    let span = text.span(of: range)
    return Reference(
      kind: kind, target: target, aliases: aliases, text: String(text.substring(range)),
      span: span, line: text.line(ofOriginalOffset: span.start), relation: relation,
      pinCite: pinCite)
  }
}

enum Dates {
  /// `10.07.2026` or `2026-07-10` (also `2026-07` and `2026`).
  static func parse(_ s: String?) -> PartialDate? {
    guard let s = s?.trimmingWhitespace(), !s.isEmpty else { return nil }
    if s.contains(".") {
      let parts = s.split(separator: ".").compactMap { Int($0) }
      guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[0]) else {
        return nil
      }
      return PartialDate(year: parts[2], month: parts[1], day: parts[0])
    }
    let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first, year > 1800 else { return nil }
    let month = parts.count > 1 && (1...12).contains(parts[1]) ? parts[1] : nil
    let day = parts.count > 2 && month != nil && (1...31).contains(parts[2]) ? parts[2] : nil
    return PartialDate(year: year, month: month, day: day)
  }
}

/// `21/6278` → (21, "6278"): a Wahlperiode and a number as printed.
func splitNumber(_ s: String) -> (wahlperiode: Int, number: String)? {
  let parts = s.trimmingWhitespace().split(separator: "/")
  guard parts.count == 2, let wp = Int(parts[0]), let nr = Int(parts[1].filter { $0 != " " })
  else { return nil }
  return (wp, String(nr))
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }

  /// Whitespace runs collapsed to one space, trimmed.
  func collapsingWhitespace() -> String {
    split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
