/// A text tokenized once for the sentence splitter and the number and date parsers.
///
/// Reading a paper's sentences asks for its quantities, its dates and the sentences of each
/// section; `GermanNumberParser.quantities(in:)`, `GermanDateParser.dates(in:)` and
/// `SentenceSplitter.sentences(in:range:)` each tokenize the text (and the number parser
/// scans its dates) again. This gives the same results from one tokenization.
public struct GermanText: Sendable {
  public let text: String
  /// The tokens of the whole text.
  private let tokens: [GermanScan.Token]

  public init(_ text: String) {
    self.text = text
    tokens = GermanScan.withBytes(text) { GermanScan.tokenize($0, 0..<$0.count) }
  }

  /// `GermanNumberParser.quantities(in: text)` and `GermanDateParser.dates(in: text)`.
  public func quantitiesAndDates() -> (quantities: [QuantityMatch], dates: [DateMatch]) {
    GermanScan.withBytes(text) { bytes in
      let found = GermanDateParser.scan(bytes, tokens)
      return (
        GermanNumberParser.quantities(bytes, tokens, skipping: found),
        GermanDateParser.matches(found, tokens)
      )
    }
  }

  /// `SentenceSplitter.sentences(in: text, range: range)`.
  ///
  /// A range from a line start to a line end (as a section's) holds exactly the whole
  /// text's tokens that start in it, with the same flags: no token runs across a `\n`, and
  /// the first token after one has whitespace and a line start before it, as the first of
  /// a range does. Any other range is tokenized on its own.
  public func sentences(in range: Range<Int>? = nil) -> [Range<Int>] {
    GermanScan.withBytes(text) { bytes in
      let whole = 0..<bytes.count
      let scanned = range?.clamped(to: whole) ?? whole
      let startsLine = scanned.lowerBound == 0 || bytes[scanned.lowerBound - 1] == 0x0A
      let endsLine = scanned.upperBound == bytes.count || bytes[scanned.upperBound] == 0x0A
      guard startsLine, endsLine else {
        return SentenceSplitter.sentences(bytes, GermanScan.tokenize(bytes, scanned))
      }
      let first = firstToken(from: scanned.lowerBound)
      let end = firstToken(from: scanned.upperBound)
      return tokens.withUnsafeBufferPointer {
        SentenceSplitter.sentences(bytes, UnsafeBufferPointer(rebasing: $0[first..<end]))
      }
    }
  }

  /// The index of the first token that starts at or after `offset`.
  private func firstToken(from offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
