/// What decides whether a rewritten line goes on with the next one.
struct LineFeatures {
  enum Heading {
    case none
    /// `Vorbemerkung der Kleinen Anfrage`, `Vorbemerkung der Landesregierung` …
    case preamble
    /// `Antwort`, `Antwort der Bundesregierung`
    case answer
    /// `Zu Frage 2:`, `Zu den Fragen 1 und 3:`, `Frage 4:`
    case answerTo
    /// `1. Was hat die Landesregierung …`; also `II. Der Landtag stellt fest:`, `A. Problem`
    case numberedQuestion
    /// A list or table row: `2011: 1.667 Fälle …`, `a) …`, `(2) …`
    case listItem
  }

  enum Trailing {
    case none
    /// A hyphen right after a letter or digit: `Anony-`, `Teilhabe-`, `NRW-`.
    case hyphen
    /// A soft hyphen (already removed from the text).
    case softHyphen
  }

  var startsLower = false
  /// `.`, `,`, `)`, `?`, a closing quote … standing first, torn from the previous word.
  var startsClosing = false
  /// `-Strecke` after `Regionalbahn`: a hyphen glued to the word that follows it.
  var startsGluedHyphen = false
  /// Starts with "(" and a capital letter: `(Bundestagsdrucksache 19/15093), …`, never a
  /// paragraph's own number (`(1)`, `(a)`).
  var startsParenthesis = false
  /// Starts with a month's name (`November 2018 …`).
  var startsMonth = false
  /// Ends with a day's number and its period (`… hat am 11.`).
  var endsDay = false
  var startsBullet = false
  var heading = Heading.none
  /// The line is a heading and nothing else.
  var headingOnly = false
  /// The line starts with und, oder, bzw., sowie … (see `Dehyphenation.keepWords`).
  var startsWithKeepWord = false
  var trailing = Trailing.none
  var acronymBeforeHyphen = false
  var endsSentence = false
  var endsComma = false
  var lastWordLower = false
  var endsWithLetter = false

  init(_ o: [UInt8], _ w: WrittenLine) {
    let s = w.outStart
    let e = w.outEnd
    guard e > s else { return }
    let (first, firstLength) = LayoutBytes.scalar(o, at: s, end: e)
    startsLower = LayoutBytes.isLowercaseLetter(first)
    startsWithKeepWord = startsLower && Dehyphenation.startsWithKeepWord(o, s, e)
    var second: Unicode.Scalar?
    if s + firstLength < e { second = LayoutBytes.scalar(o, at: s + firstLength, end: e).0 }
    // Unicode properties are looked up only for a line that starts with a closer.
    if Self.isCloser(first) {
      let secondIsWordChar = second.map {
        LayoutBytes.isLetter($0) || $0.properties.numericType != nil
      }
      if secondIsWordChar != true { startsClosing = true }
    }
    if first == "-", let second, LayoutBytes.isLetter(second) { startsGluedHyphen = true }
    if first == "(", let second, LayoutBytes.isLetter(second),
      !LayoutBytes.isLowercaseLetter(second)
    {
      startsParenthesis = true
    }
    startsBullet = Self.isBullet(first)
    startsMonth = LayoutBytes.isUppercaseLetter(first) && Self.isMonth(o, s, e)
    if e - s <= 300 { (heading, headingOnly) = Self.heading(o, s, e) }

    if w.endsInSoftHyphen {
      trailing = .softHyphen
    } else if o[e - 1] == 0x2D && e - s >= 2 {
      let (before, _) = LayoutBytes.scalar(o, endingAt: e - 1, start: s)
      if LayoutBytes.isLetter(before) || before.properties.numericType != nil {
        trailing = .hyphen
        acronymBeforeHyphen = Dehyphenation.isAcronymBeforeHyphen(o, s, e)
      }
    }
    endsComma = o[e - 1] == 0x2C
    // The last token: its first letter, and whether it is an abbreviation.
    var t = e
    while t > s && o[t - 1] != 0x20 { t -= 1 }
    let (lastFirst, _) = LayoutBytes.scalar(o, at: t, end: e)
    lastWordLower = LayoutBytes.isLowercaseLetter(lastFirst)
    endsDay =
      (e - t == 2 || e - t == 3) && o[e - 1] == 0x2E && LayoutBytes.isDigit(o[t])
      && LayoutBytes.isDigit(o[e - 2])
    var end = e
    while end > s {
      let (u, n) = LayoutBytes.scalar(o, endingAt: end, start: s)
      guard Self.isQuoteOrBracket(u) else { break }
      end -= n
    }
    if end > s {
      let (last, _) = LayoutBytes.scalar(o, endingAt: end, start: s)
      endsWithLetter = LayoutBytes.isLetter(last)
      endsSentence = Self.isSentenceEnd(last) && !Self.isAbbreviation(o, t..<e)
    }
  }

  private static func isCloser(_ u: Unicode.Scalar) -> Bool {
    switch u {
    case ".", ",", ";", ":", ")", "]", "?", "!", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
      "\u{00BB}":
      return true
    default: return false
    }
  }

  private static func isBullet(_ u: Unicode.Scalar) -> Bool {
    switch u {
    case "\u{2022}", "\u{25CF}", "\u{25AA}", "\u{25E6}", "\u{2023}", "\u{2043}", "\u{25A0}",
      "\u{25A1}", "\u{00B7}", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}":
      return true
    default: return false
    }
  }

  private static func isQuoteOrBracket(_ u: Unicode.Scalar) -> Bool {
    switch u {
    case "\"", "'", ")", "]", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00BB}",
      "\u{00AB}":
      return true
    default: return false
    }
  }

  private static func isSentenceEnd(_ u: Unicode.Scalar) -> Bool {
    u == "." || u == "!" || u == "?" || u == ":"
  }

  /// Line-final tokens whose full stop does not end a sentence.
  static let abbreviations: Set<[UInt8]> = Set(
    [
      "bzw.", "vgl.", "z.", "B.", "z.B.", "u.", "a.", "o.", "g.", "o.g.", "u.a.", "d.h.", "h.",
      "Nr.", "Abs.", "Art.", "S.", "Dr.", "Drs.", "Ziff.", "lit.", "Buchst.", "ca.", "ggf.",
      "evtl.", "inkl.", "incl.", "insb.", "sog.", "gem.", "lfd.", "Prof.", "Hr.", "Fr.", "v.",
      "i.", "V.", "m.", "Az.", "Bd.", "Kap.", "Anl.", "Tz.", "Rn.", "bspw.", "Verf.", "rd.",
    ].map { Array($0.utf8) })

  private static let abbreviationList: [[UInt8]] = Array(abbreviations)

  private static func isAbbreviation(_ o: [UInt8], _ r: Range<Int>) -> Bool {
    guard r.count <= 8, o[r.upperBound - 1] == 0x2E else { return false }
    for a in abbreviationList where LayoutBytes.equals(o, r, a) { return true }
    return false
  }

  private static let vorbemerkung = Array("Vorbemerkung".utf8)
  private static let antwort = Array("Antwort".utf8)
  private static let zu = Array("Zu ".utf8)
  private static let frage = Array("Frage".utf8)
  private static let denFragen = Array("den Fragen".utf8)
  private static let months: [[UInt8]] =
    ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"].map {
      Array($0.utf8)
    }

  /// Whether the line opens a section, and whether it is nothing but the heading.
  private static func heading(_ o: [UInt8], _ s: Int, _ e: Int) -> (Heading, Bool) {
    var words: Int {
      var n = 1
      for i in s..<e where o[i] == 0x20 { n += 1 }
      return n
    }
    func wordEnds(at i: Int) -> Bool { i == e || o[i] == 0x20 || o[i] == 0x3A }
    if LayoutBytes.hasPrefix(o, s, e, vorbemerkung), wordEnds(at: s + vorbemerkung.count) {
      return (.preamble, words <= 6 && e - s <= 90)
    }
    if LayoutBytes.hasPrefix(o, s, e, antwort), wordEnds(at: s + antwort.count) {
      return (.answer, words <= 4)
    }
    let endsColon = o[e - 1] == 0x3A && e - s <= 80
    if LayoutBytes.hasPrefix(o, s, e, zu) {
      let r = s + zu.count
      if LayoutBytes.hasPrefix(o, r, e, frage) || LayoutBytes.hasPrefix(o, r, e, denFragen)
        || (r < e && LayoutBytes.isDigit(o[r]))
      {
        return (.answerTo, endsColon)
      }
    }
    if LayoutBytes.hasPrefix(o, s, e, frage), s + 6 < e, o[s + 5] == 0x20,
      LayoutBytes.isDigit(o[s + 6])
    {
      return (.answerTo, endsColon)
    }
    if isListItem(o, s, e) { return (.listItem, false) }
    // `II. Der Landtag …`, `A. Problem und Ziel`
    var r = s
    while r < e && r - s < 4 && (o[r] == 0x49 || o[r] == 0x56 || o[r] == 0x58) { r += 1 }
    if r == s && e - s > 3 && o[s] >= 0x41 && o[s] <= 0x5A { r = s + 1 }
    if r > s && r + 2 < e && o[r] == 0x2E && o[r + 1] == 0x20 && o[r + 2] >= 0x41
      && o[r + 2] <= 0x5A
    {
      return (.numberedQuestion, false)
    }
    // `1. Was …`, `12) Wie …` but not `6. September 2012` after a wrap.
    var i = s
    while i < e && i - s < 3 && LayoutBytes.isDigit(o[i]) { i += 1 }
    guard i > s, i + 2 < e, o[i] == 0x2E || o[i] == 0x29, o[i + 1] == 0x20 else {
      return (.none, false)
    }
    let (u, _) = LayoutBytes.scalar(o, at: i + 2, end: e)
    guard LayoutBytes.isUppercaseLetter(u) else { return (.none, false) }
    if isMonth(o, i + 2, e) { return (.none, false) }
    return (.numberedQuestion, false)
  }

  /// Whether the word at `s` starts with a month's first three letters (`Sep`, `Mär`).
  private static func isMonth(_ o: [UInt8], _ s: Int, _ e: Int) -> Bool {
    var m = s
    var letters = 0
    while m < e && letters < 3 && o[m] != 0x20 {
      if o[m] & 0xC0 != 0x80 { letters += 1 }
      m += 1
    }
    while m < e && o[m] & 0xC0 == 0x80 { m += 1 }
    // Compared in place: copying the word into an array to look it up in a set cost more
    // than the rest of the line's features (this runs for every line that starts upper-case).
    for month in months where LayoutBytes.equals(o, s..<m, month) { return true }
    return false
  }
}

extension LineFeatures {
  /// `2011: …`, `a) …`, `(2) …`
  fileprivate static func isListItem(_ o: [UInt8], _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e && i - s < 4 && LayoutBytes.isDigit(o[i]) { i += 1 }
    if i > s && i + 1 < e && o[i] == 0x3A && o[i + 1] == 0x20 { return true }
    if s + 2 < e && o[s] >= 0x61 && o[s] <= 0x7A && o[s + 1] == 0x29 && o[s + 2] == 0x20 {
      return true
    }
    if o[s] == 0x28 {
      i = s + 1
      while i < e && i - s < 3 && LayoutBytes.isDigit(o[i]) { i += 1 }
      return i > s + 1 && i + 1 < e && o[i] == 0x29 && o[i + 1] == 0x20
    }
    return false
  }
}

/// How two neighbouring lines are put together.
enum LineJoin {
  /// A new paragraph: `\n`.
  case paragraph
  /// The same paragraph, one space between.
  case space
  /// The same paragraph, nothing between (`Walter-Rosenheimer`, `führen.`).
  case adjoin
  /// The same paragraph, the final hyphen dropped (`Anonymisierte`).
  case dropHyphen

  /// The gap between two content lines.
  struct Gap {
    var blankLines: Int
    /// Page furniture or a page break was removed between them.
    var pageBreak: Bool
  }

  static func decide(_ p: LineFeatures, _ n: LineFeatures, _ gap: Gap) -> LineJoin {
    if n.startsBullet { return .paragraph }
    switch n.heading {
    case .none:
      break
    case .numberedQuestion:
      if p.endsSentence || p.headingOnly { return .paragraph }
    case .listItem:
      if p.trailing == .none && !p.lastWordLower && !p.endsComma { return .paragraph }
    case .preamble, .answer, .answerTo:
      if p.endsSentence || p.headingOnly { return .paragraph }
      if n.headingOnly && !p.lastWordLower && p.trailing == .none && !p.endsComma {
        return .paragraph
      }
    }
    let goesOn: Bool
    if gap.pageBreak {
      // Page furniture cuts sentences anywhere, even before a capitalised noun
      // (`Der` / header / `Träger hat …`); headings and bullets were dealt with above.
      // A period may end a name or a day rather than the sentence (`der Fraktion DIE
      // LINKE.` / header / `(Bundestagsdrucksache 19/15093), …`; `am 11.` / header /
      // `November 2018 …`): no sentence starts in lower case or with a parenthesis.
      goesOn =
        (!p.endsSentence || n.startsLower || n.startsParenthesis || (p.endsDay && n.startsMonth))
        && !p.headingOnly
    } else if gap.blankLines == 0 {
      goesOn = !(p.headingOnly && !n.startsLower)
    } else if gap.blankLines == 1 {
      // A blank line inside a question: `Kommunen` / `für die …`, `Er-` / `fahrungsbericht`,
      // `die Zahl der` / `Wachen ist …`.
      goesOn =
        !p.endsSentence
        && (n.startsLower || n.startsClosing || p.trailing != .none || p.endsComma
          || p.lastWordLower)
        && !(p.headingOnly && !n.startsLower)
    } else {
      goesOn = false
    }
    guard goesOn else { return .paragraph }

    switch p.trailing {
    case .softHyphen:
      return .adjoin
    case .hyphen:
      guard n.startsLower else { return .adjoin }
      if n.startsWithKeepWord { return .space }
      return p.acronymBeforeHyphen ? .adjoin : .dropHyphen
    case .none:
      if n.startsClosing { return .adjoin }
      if n.startsGluedHyphen && p.endsWithLetter { return .adjoin }
      return .space
    }
  }
}
