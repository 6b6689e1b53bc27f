/// Splits normalized German text into sentences.
///
/// Rules, in order:
/// - A line break ends a sentence: the normalized text holds one paragraph per line.
/// - `?`, `!`, `.` and `…` may end a sentence, together with any closing quotes and brackets
///   right after them (`… beginnt.“ Der …`), and only if whitespace follows and the next
///   token can open a sentence: a capitalised word, a number, or an opening quote/bracket.
///   So `… sprechen.“ zitiert.` stays one sentence.
/// - A period does not end a sentence after an abbreviation (`Abbreviations.words`), a single
///   letter (`z. B.`, `S.`, `u. a.`, initials), a dotted run of short parts (`z.B.`, `i.V.m.`),
///   a number at the start of a paragraph (`1. Was hat …`, `II.`), or a number of at most
///   three digits unless a typical sentence opener follows (`16. Wahlperiode`, `6. September`,
///   `unter 3. genannten` stay whole; `… waren es 89. Die …` splits). After longer numbers
///   (`2012.`, `1.256.`, `16/850.`) a capitalised word starts a new sentence.
/// - Quotations: a quotation that opens inside a sentence (something of the sentence comes
///   before its opening mark) and closes in the same paragraph is part of that sentence, so
///   its inner sentence ends do not split (`… mit dem Satz „Nach und nach … gewonnen werden.
///   Deshalb werden wir … sprechen.“ zitiert.` is one sentence). A quotation that opens a
///   sentence, or never closes, is split like plain text.
public enum SentenceSplitter {
  /// Sentence ranges (UTF-8 offsets into `text`, trimmed of surrounding whitespace) within
  /// `range` (default: the whole text), in order.
  public static func sentences(in text: String, range: Range<Int>? = nil) -> [Range<Int>] {
    GermanScan.withBytes(text) { bytes in
      let whole = 0..<bytes.count
      let scanned = range?.clamped(to: whole) ?? whole
      return sentences(bytes, GermanScan.tokenize(bytes, scanned))
    }
  }

  /// The sentences of `tokens`, all of one range of `bytes` as `GermanScan.tokenize` gives
  /// them.
  static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [GermanScan.Token])
    -> [Range<Int>]
  {
    tokens.withUnsafeBufferPointer { sentences(bytes, $0) }
  }

  static func sentences(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<GermanScan.Token>
  ) -> [Range<Int>] {
    // The quote roles live on the stack for most sections: an array of them looked up its
    // type metadata at run time, each time.
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: tokens.count) { roles in
      roles.initialize(repeating: 0)
      var splitter = Splitter(bytes: bytes, tokens: tokens, quoteRole: roles)
      return splitter.run()
    }
  }
}

private struct Splitter {
  typealias Token = GermanScan.Token

  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>
  /// Per token: 0 not a double quote, -1 a closing quote, -2 an opening quote that is not
  /// closed in its paragraph, k > 0 an opening quote closed by token k.
  let quoteRole: UnsafeMutableBufferPointer<Int32>

  /// `quoteRole` has room for one role per token, all 0.
  init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    quoteRole: UnsafeMutableBufferPointer<Int32>
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.quoteRole = quoteRole
    pairQuotes()
  }

  /// `„` always opens; `“ ” "` open when whitespace comes before and a word follows
  /// directly, and close otherwise.
  mutating func pairQuotes() {
    var stack: [Int] = []
    for (i, t) in tokens.enumerated() {
      if t.lineStart { stack.removeAll(keepingCapacity: true) }
      guard t.kind == .punct, GermanScan.isDoubleQuote(t.scalar) else { continue }
      let opens: Bool
      if t.scalar == 0x201E {
        opens = true
      } else {
        let before =
          t.spaceBefore || t.lineStart
          || (tokens[i - 1].kind == .punct && GermanScan.isOpening(tokens[i - 1].scalar))
        let after =
          i + 1 < tokens.count && GermanScan.adjacent(tokens[i + 1])
          && tokens[i + 1].kind != .punct
        opens = before && after
      }
      if opens {
        quoteRole[i] = -2
        stack.append(i)
      } else {
        quoteRole[i] = -1
        if let opener = stack.popLast() { quoteRole[opener] = Int32(i) }
      }
    }
  }

  mutating func run() -> [Range<Int>] {
    var result: [Range<Int>] = []
    var sentenceStart = 0
    var paragraphStart = 0
    var suppressUntil = -1
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      if t.lineStart {
        if i > sentenceStart { result.append(tokens[sentenceStart].start..<tokens[i - 1].end) }
        sentenceStart = i
        paragraphStart = i
        suppressUntil = -1
      }
      if t.kind == .punct {
        let closer = Int(quoteRole[i])
        if closer > suppressUntil, i > sentenceStart { suppressUntil = closer }
        if isTerminator(t.scalar),
          let next = boundary(
            after: i, sentenceStart: sentenceStart, paragraphStart: paragraphStart,
            suppressUntil: suppressUntil)
        {
          result.append(tokens[sentenceStart].start..<tokens[next - 1].end)
          sentenceStart = next
          i = next
          continue
        }
      }
      i += 1
    }
    if sentenceStart < tokens.count {
      result.append(tokens[sentenceStart].start..<tokens[tokens.count - 1].end)
    }
    return result
  }

  /// A dash or bullet that opens a list item: `–`, `•`, `▪`, `◦`, `►`, `➢`.
  func isBullet(_ s: UInt32) -> Bool {
    s == 0x2013 || s == 0x2022 || s == 0x25AA || s == 0x25E6 || s == 0x25BA || s == 0x27A2
  }

  func isTerminator(_ s: UInt32) -> Bool { s == 0x2E || s == 0x3F || s == 0x21 || s == 0x2026 }

  func isClosing(_ j: Int) -> Bool {
    let t = tokens[j]
    guard t.kind == .punct else { return false }
    if GermanScan.isDoubleQuote(t.scalar) { return quoteRole[j] == -1 }
    return GermanScan.isClosing(t.scalar)
  }

  /// The index of the token that opens the next sentence if the terminator at `i` ends one.
  func boundary(after i: Int, sentenceStart: Int, paragraphStart: Int, suppressUntil: Int)
    -> Int?
  {
    let t = tokens[i]
    var j = i + 1
    while j < tokens.count, GermanScan.adjacent(tokens[j]),
      tokens[j].kind == .punct && (isTerminator(tokens[j].scalar) || isClosing(j))
    {
      j += 1
    }
    // A line break ends the sentence anyway; no whitespace means `Integration.Interkommunal`.
    guard j < tokens.count, !tokens[j].lineStart, tokens[j].spaceBefore else { return nil }
    // Inside a quotation that belongs to the sentence around it.
    if suppressUntil >= j { return nil }
    let next = tokens[j]
    let opensSentence =
      (next.kind == .word && next.upper) || next.kind == .number
      || (next.kind == .punct && (GermanScan.isOpening(next.scalar) || isBullet(next.scalar)))
    guard opensSentence else { return nil }
    if t.scalar == 0x3F || t.scalar == 0x21 { return j }
    let ellipsis =
      t.scalar == 0x2026 || (i + 1 < j && tokens[i + 1].scalar == 0x2E)
    if ellipsis || t.spaceBefore || i == sentenceStart {
      // A free-standing `…` or ` .` leaves a gap inside the sentence, and `[…]` or `(…)` marks
      // an omission; `Wort… Der` ends it.
      let omission =
        i > 0 && GermanScan.adjacent(t) && tokens[i - 1].kind == .punct
        && (tokens[i - 1].scalar == 0x5B || tokens[i - 1].scalar == 0x28)
      return t.spaceBefore || omission ? nil : j
    }
    return periodEnds(at: i, next: j, sentenceStart: sentenceStart, paragraphStart: paragraphStart)
      ? j : nil
  }

  /// Whether the period at `i`, directly after a token, ends the sentence.
  func periodEnds(at i: Int, next j: Int, sentenceStart: Int, paragraphStart: Int) -> Bool {
    // The run of tokens without whitespace before the period, minus opening marks.
    var k = i - 1
    while k > sentenceStart, GermanScan.adjacent(tokens[k]) { k -= 1 }
    while k < i - 1, tokens[k].kind == .punct, GermanScan.isOpening(tokens[k].scalar) { k += 1 }
    let w = tokens[i - 1]
    let next = tokens[j]
    switch w.kind {
    case .punct:
      return true
    case .number:
      if k == paragraphStart, isListMarker(k..<i) { return false }
      guard k == i - 1, w.length <= 3 else { return true }
      // `6. September`, `16. Wahlperiode`, `3. Beratung`; but `… es 89. Die …`.
      guard next.kind == .word else { return true }
      if GermanDateParser.months.contains(bytes, next) { return false }
      return Abbreviations.sentenceStarters.contains(bytes, next)
    case .word:
      if isAbbreviation(w) {
        return Abbreviations.sentenceFinal.contains(bytes, w) && next.kind == .word
          && Abbreviations.sentenceStarters.contains(bytes, next)
      }
      let startsNext =
        next.kind == .word && Abbreviations.sentenceStarters.contains(bytes, next)
      if k == i - 1, scalarCount(w) == 1 { return startsNext && endsEnumeration(i) }
      if k < i - 1, isDottedAbbreviation(k..<i) { return startsNext && endsEnumeration(i) }
      if k == paragraphStart, k == i - 1, isRoman(w) { return false }
      return true
    }
  }

  /// `u. a.`, `u.a.`, `o. ä.`, `u. v. m.`, `v. H.` before the period at `i`: abbreviations that
  /// often close a list or an amount, and with it the sentence.
  func endsEnumeration(_ i: Int) -> Bool {
    guard i >= 3, tokens[i - 2].scalar == 0x2E, tokens[i - 3].kind == .word else { return false }
    let first = tokens[i - 3]
    let second = tokens[i - 1]
    guard scalarCount(first) == 1, scalarCount(second) == 1 else { return false }
    let a = bytes[first.start] | 0x20
    let b = second.length == 1 ? bytes[second.start] | 0x20 : 0
    let umlautA =
      second.length == 2 && bytes[second.start] == 0xC3
      && (bytes[second.start + 1] == 0xA4 || bytes[second.start + 1] == 0x84)  // ä Ä
    switch a {
    case 0x75: return b == 0x61 || umlautA  // u. a., u. ä.
    case 0x6F: return umlautA || b == 0x61  // o. ä., o. a.
    case 0x76: return b == 0x6D || b == 0x68  // (u.) v. m., v. H.
    default: return false
    }
  }

  /// `Abs`, `Vgl`, and the last part of `BT-Drs`.
  func isAbbreviation(_ w: Token) -> Bool {
    if Abbreviations.table.contains(bytes, w) { return true }
    // The party is written `DIE LINKE.` with its period.
    if w.length == 5, bytes[w.start] == 0x4C, bytes[w.start + 4] == 0x45,
      bytes[w.start + 1] == 0x49, bytes[w.start + 2] == 0x4E, bytes[w.start + 3] == 0x4B
    {
      return true
    }
    var p = w.end - 1
    while p > w.start, bytes[p] != 0x2D { p -= 1 }
    return p > w.start && Abbreviations.table.value(bytes, p + 1, w.end) != nil
  }

  /// `z.B`, `i.V.m`, `a.a.O`: words of one or two letters joined by periods.
  func isDottedAbbreviation(_ range: Range<Int>) -> Bool {
    for x in range {
      let t = tokens[x]
      switch t.kind {
      case .word: if scalarCount(t) > 2 { return false }
      case .punct: if t.scalar != 0x2E { return false }
      case .number: return false
      }
    }
    return true
  }

  /// `1`, `12`, `1.2`, `3.1.4` at the start of a paragraph: a list or question number.
  func isListMarker(_ range: Range<Int>) -> Bool {
    for x in range {
      let t = tokens[x]
      switch t.kind {
      case .number: if t.length > 3 { return false }
      case .punct: if t.scalar != 0x2E { return false }
      case .word: return false
      }
    }
    return true
  }

  func isRoman(_ w: Token) -> Bool {
    guard w.length <= 5 else { return false }
    for p in w.start..<w.end {
      switch bytes[p] {
      case 0x49, 0x56, 0x58: continue  // I V X
      default: return false
      }
    }
    return true
  }

  func scalarCount(_ w: Token) -> Int {
    var n = 0
    for p in w.start..<w.end where bytes[p] & 0xC0 != 0x80 { n += 1 }
    return n
  }
}
