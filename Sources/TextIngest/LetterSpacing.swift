/// Letter-spaced headings: `V o r b e m e r k u n g` and `d e r  L a n d e s r e g i e r u n g`
/// (one space between letters, two or more between words).
enum LetterSpacing {
  /// For each gap between neighbouring tokens, whether it is a gap inside a letter-spaced
  /// word (to be closed up); nil when the line has no letter-spaced run.
  ///
  /// A run is at least four single-letter tokens in a row, or three when they fill the line.
  static func closedGaps(_ b: [UInt8], _ tokens: [Range<Int>]) -> [Bool]? {
    guard tokens.count >= 3 else { return nil }
    var singles = 0
    for t in tokens where isSingleLetter(b, t) {
      singles += 1
      if singles >= 3 { break }
    }
    guard singles >= 3 else { return nil }

    var closed = [Bool](repeating: false, count: tokens.count - 1)
    var any = false
    var k = 0
    while k < tokens.count {
      guard isSingleLetter(b, tokens[k]) else {
        k += 1
        continue
      }
      var r = k
      while r + 1 < tokens.count && isSingleLetter(b, tokens[r + 1]) { r += 1 }
      let count = r - k + 1
      let fillsLine = k == 0 && r == tokens.count - 1
      if count >= 4 || (fillsLine && count >= 3) {
        for g in k..<r where gapWidth(tokens, g) == 1 {
          closed[g] = true
          any = true
        }
        // `V o r b e m e r k u n g :` keeps its colon attached.
        if r + 1 < tokens.count, gapWidth(tokens, r) == 1, isClosingMark(b, tokens[r + 1]) {
          closed[r] = true
        }
      }
      k = r + 1
    }
    return any ? closed : nil
  }

  private static func gapWidth(_ tokens: [Range<Int>], _ g: Int) -> Int {
    tokens[g + 1].lowerBound - tokens[g].upperBound
  }

  private static func isSingleLetter(_ b: [UInt8], _ t: Range<Int>) -> Bool {
    if t.count == 1 { return LayoutBytes.isASCIILetter(b[t.lowerBound]) }
    guard t.count == 2 else { return false }
    let (u, n) = LayoutBytes.scalar(b, at: t.lowerBound, end: t.upperBound)
    return n == 2 && LayoutBytes.isLetter(u)
  }

  private static func isClosingMark(_ b: [UInt8], _ t: Range<Int>) -> Bool {
    t.count == 1 && (b[t.lowerBound] == 0x3A || b[t.lowerBound] == 0x2E)
  }
}
