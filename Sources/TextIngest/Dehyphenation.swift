/// Hyphens that pdftotext leaves where a word was broken, and the ones that belong.
///
/// At a line end `Anony-` + `misierte` joins to `Anonymisierte`; `Teilhabe-` + `und` keeps
/// `Teilhabe- und` (a suspended compound before und/oder/bzw./sowie …); `Walter-` +
/// `Rosenheimer` and `NRW-` + `Landesverwaltung` keep their hyphen (capital after the break);
/// `NRW-` + `weit` keeps it too (an acronym before the hyphen). A soft hyphen U+00AD always
/// joins. Inside a line, `Drucksa- che` joins the same way unless `und` etc. follows.
enum Dehyphenation {
  /// Words after which a hyphen at a break is a suspended compound: `Teilhabe- und`.
  static let keepWords: Set<[UInt8]> = Set(
    [
      "und", "oder", "bzw", "sowie", "bis", "als", "wie", "beziehungsweise", "respektive",
      "resp", "sondern", "noch", "statt", "anstatt", "versus", "vs", "u", "o",
    ].map { Array($0.utf8) })

  private static let keepWordList: [[UInt8]] = Array(keepWords)

  /// Whether `b[start..<end]` starts with one of the keep words (a whole word).
  static func startsWithKeepWord(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end && i - start < 16 && LayoutBytes.isASCIILetter(b[i]) { i += 1 }
    // A word that goes on in non-ASCII letters is not one of the keep words.
    if i == start || (i < end && b[i] >= 0x80) { return false }
    for w in keepWordList where w.count == i - start && w[0] == b[start] | 0x20 {
      if LayoutBytes.equalsFolded(b, start..<i, w) { return true }
    }
    return false
  }

  /// `Drucksa- che`: a token ending in a hyphen (after a lower-case letter) or a soft hyphen,
  /// followed by a lower-case word that is not `und`, `oder`, …
  static func joinsInline(_ b: [UInt8], _ t: Range<Int>, _ next: Range<Int>) -> Bool {
    guard t.count >= 3 else { return false }
    let (first, _) = LayoutBytes.scalar(b, at: next.lowerBound, end: next.upperBound)
    guard LayoutBytes.isLowercaseLetter(first) else { return false }
    if endsInSoftHyphen(b, t) {
      return true
    }
    guard b[t.upperBound - 1] == 0x2D else { return false }
    let (before, _) = LayoutBytes.scalar(b, endingAt: t.upperBound - 1, start: t.lowerBound)
    guard LayoutBytes.isLowercaseLetter(before) else { return false }
    return !startsWithKeepWord(b, next.lowerBound, next.upperBound)
  }

  static func endsInSoftHyphen(_ b: [UInt8], _ t: Range<Int>) -> Bool {
    t.count >= 2 && b[t.upperBound - 2] == 0xC2 && b[t.upperBound - 1] == 0xAD
  }

  /// Whether the letters before the final hyphen of `b[start..<end]` are an acronym
  /// (two or more capitals, no lower-case letter): `NRW-`, `SPNV-`.
  static func isAcronymBeforeHyphen(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var i = end - 1  // the hyphen
    var capitals = 0
    while i > start {
      let c = b[i - 1]
      if c >= 0x41 && c <= 0x5A {
        capitals += 1
      } else if c == 0x20 || c == 0x2D || c == 0x2F || c == 0x28 {
        break
      } else if !LayoutBytes.isDigit(c) {
        return false
      }
      i -= 1
    }
    return capitals >= 2
  }
}
