import DocumentModel

/// A date expression found in a text: its UTF-8 range and what it says.
public struct DateMatch: Sendable, Hashable {
  /// UTF-8 offsets of the date expression proper: `6. September 2012`, `Ende Juni 2012`,
  /// `09.10.2012`, `2011`. Prepositions and cues (`vom`, `im Jahr`) are not part of it;
  /// a qualifier (`Ende`, `Anfang`, `Mitte`) is.
  public var range: Range<Int>
  public var date: PartialDate

  public init(range: Range<Int>, date: PartialDate) {
    self.range = range
    self.date = date
  }
}

/// Finds and parses German date expressions.
///
/// Recognised forms, with their granularity:
/// - day: `6. September 2012`, `6. Sept. 2012`, both days of `vom 1. bis 6. September 2012`,
///   `06.09.2012`, `6.9.2012`, `2012-09-06`, `09.10.12` (a two-digit year only with two-digit
///   day and month; below 50 is 20xx, else 19xx);
/// - month: `September 2012`, `Sept. 2012`, `Ende Juni 2012` (qualifier end);
/// - quarter / half-year: `1. Quartal 2012`, `I. Quartal 2012`, `erstes Quartal 2012`, `Q1 2012`,
///   `1. Halbjahr 2012`, `zweiten Halbjahres 2012`; the month is the period's first month;
/// - year: `Ende 2011`, `Anfang 2012`, `Mitte 2011`, `Ende des Jahres 2011` (qualified), and a
///   bare year from 1900 to 2099 when a cue marks it as one: `in 2011`, `seit 2010`, `bis 2012`,
///   `im Jahr 2011`, `des Jahres 2011`, `in den Jahren 2011 und 2012` (a year joined by `und`,
///   `bis`, `oder`, `,`, `–`, `/` to a date just found counts too).
///
/// Impossible dates (`31.02.2012`, `31. Februar 2012`) are rejected, and so are forms without
/// a year (`am 6. September`), since a `PartialDate` needs one. A date range
/// (`von Januar 2011 bis Ende Juni 2012`) yields one match per end.
public enum GermanDateParser {
  /// Every date expression in `text`, in order, not overlapping.
  public static func dates(in text: String) -> [DateMatch] {
    GermanScan.withBytes(text) { bytes in
      let tokens = GermanScan.tokenize(bytes, 0..<bytes.count)
      return matches(scan(bytes, tokens), tokens)
    }
  }

  /// `found` (from `scan`) as matches with UTF-8 ranges.
  static func matches(_ found: [Found], _ tokens: [GermanScan.Token]) -> [DateMatch] {
    found.map { DateMatch(range: tokens[$0.first].start..<tokens[$0.last].end, date: $0.date) }
  }

  /// `s` read as one date expression, allowing a leading preposition or cue (`vom 6. September
  /// 2012`, `im Jahr 2011`, `2011`) and a final period; nil if it is anything else.
  public static func parse(_ s: Substring) -> PartialDate? {
    GermanScan.withBytes(String(s)) { bytes in
      let tokens = GermanScan.tokenize(bytes, 0..<bytes.count)
      guard var last = tokens.indices.last else { return nil }
      if tokens[last].kind == .punct, tokens[last].scalar == 0x2E || tokens[last].scalar == 0x2C {
        last -= 1
      }
      var i = 0
      while i < last, tokens[i].kind == .word, leadingWords.contains(bytes, tokens[i]) { i += 1 }
      guard i <= last,
        let found = DateMatcher(bytes: bytes, tokens: tokens).match(at: i, bareYear: true),
        found.last == last
      else { return nil }
      return found.date
    }
  }

  /// A match in token indices, `first...last`.
  struct Found {
    var first: Int
    var last: Int
    var date: PartialDate
  }

  /// All dates in a token stream; shared with the number parser, which skips them.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [GermanScan.Token]) -> [Found] {
    let matcher = DateMatcher(bytes: bytes, tokens: tokens)
    var result: [Found] = []
    var i = 0
    while i < tokens.count {
      let chained = result.last.map { matcher.isChained(from: $0.last, to: i) } ?? false
      if let found = matcher.match(at: i, bareYear: chained) {
        result.append(found)
        i = found.last + 1
      } else {
        i += 1
      }
    }
    return result
  }

  /// Month names and their abbreviations with the month number.
  static let months = WordTable<Int>(monthNames)

  static let monthNames: [(String, Int)] = [
    ("Januar", 1), ("Jänner", 1), ("Jan", 1), ("Februar", 2), ("Feb", 2), ("Febr", 2),
    ("März", 3), ("MÄRZ", 3), ("Maerz", 3), ("Mär", 3), ("MÄR", 3), ("Mrz", 3), ("April", 4),
    ("Apr", 4), ("Mai", 5), ("Juni", 6), ("Jun", 6), ("Juli", 7), ("Jul", 7), ("August", 8),
    ("Aug", 8), ("September", 9), ("Sep", 9), ("Sept", 9), ("Oktober", 10), ("Okt", 10),
    ("November", 11), ("Nov", 11), ("Dezember", 12), ("Dez", 12),
  ]

  static let qualifierNames: [(String, PartialDate.Qualifier)] = [
    ("Anfang", .start), ("Beginn", .start), ("Mitte", .middle), ("Ende", .end),
  ]
  static let qualifiers = WordTable(qualifierNames)

  /// Words before a bare year that make it a year.
  static let yearCues = WordTable([
    "in", "seit", "bis", "ab", "von", "vor", "nach", "zwischen", "anno", "Jahr", "Jahre", "Jahres",
    "Jahrs", "Jahren", "Haushaltsjahr", "Haushaltsjahres", "Haushaltsjahren", "Kalenderjahr",
    "Kalenderjahres", "Kalenderjahren", "Geschäftsjahr", "Geschäftsjahres", "Berichtsjahr",
    "Berichtsjahres", "Frühjahr", "Sommer", "Herbst", "Winter",
  ])

  /// Words that join two dates: `2011 und 2012`, `Januar 2011 bis 2012`.
  static let connectors = WordTable(["und", "bis", "oder", "sowie"])

  /// Words `parse` skips at the start of its input.
  static let leadingWords = WordTable([
    "am", "vom", "im", "seit", "bis", "ab", "zum", "von", "in", "den", "dem", "des", "der", "zu",
    "Jahr", "Jahre", "Jahres", "Stand", "Datum",
  ])

  static let periods = WordTable<Int>([
    ("Quartal", 3), ("Quartals", 3), ("Quartales", 3), ("Halbjahr", 6), ("Halbjahres", 6),
    ("Halbjahrs", 6),
  ])

  static let ordinalNames: [(String, Int)] = [
    "erste", "ersten", "erstes", "zweite", "zweiten", "zweites", "dritte", "dritten", "drittes",
    "vierte", "vierten", "viertes",
  ].enumerated().map { ($0.element, $0.offset / 3 + 1) }
  static let ordinalWords = WordTable(ordinalNames)

  static let romanNames: [(String, Int)] = [("I", 1), ("II", 2), ("III", 3), ("IV", 4)]
  static let romanNumerals = WordTable(romanNames)

  /// Every word a date expression can start with; one lookup rules out most words.
  static let startWords = WordTable(
    monthNames.map(\.0) + qualifierNames.map(\.0) + ordinalNames.map(\.0) + romanNames.map(\.0)
      + ["Q"])

  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    switch month {
    case 2:
      let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      return day <= (leap ? 29 : 28)
    case 4, 6, 9, 11: return day <= 30
    default: return day <= 31
    }
  }
}

/// Pattern matching over tokens; every attempt looks a bounded number of tokens ahead.
struct DateMatcher {
  typealias Token = GermanScan.Token
  typealias Found = GermanDateParser.Found

  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]

  /// The date that starts at token `i`, if any. `bareYear` accepts a lone year without a cue.
  func match(at i: Int, bareYear: Bool) -> Found? {
    switch tokens[i].kind {
    case .number:
      if let f = numeric(i) ?? iso(i) ?? dayMonthYear(i) ?? ordinalPeriod(i) ?? dayOfRange(i) {
        return f
      }
      if let year = year(at: i), bareYear || hasYearCue(before: i) {
        return Found(first: i, last: i, date: PartialDate(year: year))
      }
      return nil
    case .word:
      guard GermanDateParser.startWords.contains(bytes, tokens[i]) else { return nil }
      return qualified(i) ?? monthYear(i) ?? wordPeriod(i)
    case .punct:
      return nil
    }
  }

  /// Whether token `i` follows the date ending at `last` through one connector.
  func isChained(from last: Int, to i: Int) -> Bool {
    if i == last + 1 {
      return false
    }
    guard i == last + 2 else { return false }
    let c = tokens[last + 1]
    switch c.kind {
    case .word: return GermanDateParser.connectors.contains(bytes, c)
    case .punct:
      return c.scalar == 0x2C || c.scalar == 0x2013 || c.scalar == 0x2D || c.scalar == 0x2F
    case .number: return false
    }
  }

  // MARK: Token helpers

  func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .number, digits.contains(tokens[i].length)
    else {
      return nil
    }
    return GermanScan.intValue(bytes, tokens[i])
  }

  func punct(_ i: Int, _ scalar: UInt32, adjacent: Bool = true) -> Bool {
    guard i >= 0, i < tokens.count, GermanScan.isPunct(tokens[i], scalar) else { return false }
    return !adjacent || GermanScan.adjacent(tokens[i])
  }

  func word<V>(_ i: Int, _ table: WordTable<V>) -> V? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word else {
      return nil
    }
    return table.value(bytes, tokens[i])
  }

  /// Token `i` exists and directly follows the one before it.
  func glued(_ i: Int) -> Bool { i >= 0 && i < tokens.count && GermanScan.adjacent(tokens[i]) }

  /// Same paragraph, whitespace before.
  func spaced(_ i: Int) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].spaceBefore && !tokens[i].lineStart
  }

  /// Token `i` glued to a number-like neighbour before it (`1.` of `1.2.2012`, `/` of `16/850`).
  func gluedBefore(_ i: Int) -> Bool {
    guard i > 0, i < tokens.count, GermanScan.adjacent(tokens[i]) else { return false }
    let p = tokens[i - 1]
    switch p.kind {
    case .number, .word: return true
    case .punct:
      return p.scalar == 0x2E || p.scalar == 0x2C || p.scalar == 0x2F || p.scalar == 0x2D
        || p.scalar == 0x3A
    }
  }

  /// Something glued after token `i` continues the number (`2012.5`, `2012/13`, `2012abc`).
  func gluedAfter(_ i: Int) -> Bool {
    let n = i + 1
    guard n < tokens.count, GermanScan.adjacent(tokens[n]) else { return false }
    switch tokens[n].kind {
    case .number, .word: return true
    case .punct:
      let s = tokens[n].scalar
      guard s == 0x2E || s == 0x2C || s == 0x2F || s == 0x2D || s == 0x3A else { return false }
      return n + 1 < tokens.count && GermanScan.adjacent(tokens[n + 1])
        && tokens[n + 1].kind == .number
    }
  }

  /// A four-digit year from 1900 to 2099 standing on its own.
  func year(at i: Int) -> Int? { gluedBefore(i) ? nil : yearValue(i) }

  /// A four-digit year from 1900 to 2099 with nothing glued after it.
  func yearValue(_ i: Int) -> Int? {
    guard let y = number(i, digits: 4...4), (1900...2099).contains(y), !gluedAfter(i) else {
      return nil
    }
    return y
  }

  /// A year that follows with whitespace, as in `September 2012`.
  func spacedYear(_ i: Int) -> Int? { spaced(i) ? year(at: i) : nil }

  func hasYearCue(before i: Int) -> Bool {
    i > 0 && spaced(i) && word(i - 1, GermanDateParser.yearCues) != nil
  }

  // MARK: Forms

  /// `06.09.2012`, `6.9.2012`, `09.10.12`.
  func numeric(_ i: Int) -> Found? {
    guard !gluedBefore(i), let d = number(i, digits: 1...2), punct(i + 1, 0x2E), glued(i + 2),
      let m = number(i + 2, digits: 1...2), punct(i + 3, 0x2E), glued(i + 4),
      var y = number(i + 4, digits: 2...4), tokens[i + 4].length != 3, !gluedAfter(i + 4)
    else { return nil }
    if tokens[i + 4].length == 2 {
      // `09.10.12` but not the section number `1.2.12`.
      guard tokens[i].length == 2, tokens[i + 2].length == 2 else { return nil }
      y += y < 50 ? 2000 : 1900
    }
    guard GermanDateParser.isValid(year: y, month: m, day: d) else { return nil }
    return Found(first: i, last: i + 4, date: PartialDate(year: y, month: m, day: d))
  }

  /// `2012-09-06`.
  func iso(_ i: Int) -> Found? {
    guard !gluedBefore(i), let y = number(i, digits: 4...4), punct(i + 1, 0x2D), glued(i + 2),
      let m = number(i + 2, digits: 2...2), punct(i + 3, 0x2D), glued(i + 4),
      let d = number(i + 4, digits: 2...2),
      !gluedAfter(i + 4), GermanDateParser.isValid(year: y, month: m, day: d)
    else { return nil }
    return Found(first: i, last: i + 4, date: PartialDate(year: y, month: m, day: d))
  }

  /// `6. September 2012`, `6. Sept. 2012`, `1.September 2012`.
  func dayMonthYear(_ i: Int) -> Found? {
    guard !gluedBefore(i), let d = number(i, digits: 1...2), punct(i + 1, 0x2E),
      let (m, next) = monthAt(i + 2), let y = spacedYear(next),
      GermanDateParser.isValid(year: y, month: m, day: d)
    else { return nil }
    return Found(first: i, last: next, date: PartialDate(year: y, month: m, day: d))
  }

  /// `1.` of `vom 1. bis 6. September 2012` or `4. und 5. Mai 2012`: the first day takes its
  /// month and year from the date after the connector.
  func dayOfRange(_ i: Int) -> Found? {
    guard !gluedBefore(i), let d = number(i, digits: 1...2), punct(i + 1, 0x2E), spaced(i + 2)
    else { return nil }
    var j = i + 2
    if isWord(j, "bis") || isWord(j, "und") || punct(j, 0x2013, adjacent: false)
      || punct(j, 0x2D, adjacent: false)
    {
      j += 1
    } else {
      return nil
    }
    guard let second = dayMonthYear(j), let m = second.date.month,
      GermanDateParser.isValid(year: second.date.year, month: m, day: d)
    else { return nil }
    return Found(
      first: i, last: i + 1, date: PartialDate(year: second.date.year, month: m, day: d))
  }

  /// A month name at `i`, with the period of an abbreviation; returns the month and the
  /// index after it.
  func monthAt(_ i: Int) -> (Int, Int)? {
    guard let m = word(i, GermanDateParser.months) else { return nil }
    let abbreviated = tokens[i].length <= 4
    return (m, abbreviated && punct(i + 1, 0x2E) ? i + 2 : i + 1)
  }

  /// `September 2012`, `Sept. 2012`; not after a day that failed (`31. Februar 2012`).
  func monthYear(_ i: Int, qualifier: PartialDate.Qualifier? = nil, first: Int? = nil)
    -> Found?
  {
    if i >= 2, tokens[i - 1].kind == .punct, tokens[i - 1].scalar == 0x2E,
      tokens[i - 2].kind == .number, tokens[i - 2].length <= 2
    {
      return nil
    }
    guard let (m, next) = monthAt(i), let y = spacedYear(next) else { return nil }
    return Found(
      first: first ?? i, last: next, date: PartialDate(year: y, month: m, qualifier: qualifier))
  }

  /// `Ende 2011`, `Anfang des Jahres 2012`, `Ende Juni 2012`, `Ende des ersten Quartals 2012`.
  func qualified(_ i: Int) -> Found? {
    guard let q = word(i, GermanDateParser.qualifiers), spaced(i + 1) else { return nil }
    var j = i + 1
    if isWord(j, "des") || isWord(j, "der") { j += 1 }
    if let f = monthYear(j, qualifier: q, first: i) { return f }
    if var f = ordinalPeriod(j) ?? wordPeriod(j) {
      f.first = i
      f.date.qualifier = q
      return f
    }
    if isWord(j, "Jahres") || isWord(j, "Jahrs") { j += 1 }
    if let y = spacedYear(j) {
      return Found(first: i, last: j, date: PartialDate(year: y, qualifier: q))
    }
    return nil
  }

  /// `1. Quartal 2012`, `2. Halbjahr 2012`.
  func ordinalPeriod(_ i: Int) -> Found? {
    guard !gluedBefore(i), let n = number(i, digits: 1...1), punct(i + 1, 0x2E) else {
      return nil
    }
    return period(n, wordAt: i + 2, first: i)
  }

  /// `erstes Halbjahr 2012`, `I. Quartal 2012`, `Q1 2012`, `Q1/2012`.
  func wordPeriod(_ i: Int) -> Found? {
    guard i >= 0, i < tokens.count else { return nil }
    if let n = word(i, GermanDateParser.ordinalWords) {
      return spaced(i + 1) ? period(n, wordAt: i + 1, first: i) : nil
    }
    if let n = word(i, GermanDateParser.romanNumerals), punct(i + 1, 0x2E) {
      return period(n, wordAt: i + 2, first: i)
    }
    if tokens[i].length == 1, bytes[tokens[i].start] == 0x51,  // Q
      glued(i + 1), let n = number(i + 1, digits: 1...1), (1...4).contains(n)
    {
      let y: Int?
      var last = i + 2
      if punct(i + 2, 0x2F) {
        last = i + 3
        y = glued(i + 3) ? yearValue(i + 3) : nil
      } else {
        y = spacedYear(i + 2)
      }
      guard let y, !gluedBefore(i) else { return nil }
      return Found(
        first: i, last: last,
        date: PartialDate(year: y, month: (n - 1) * 3 + 1, granularity: .quarter))
    }
    return nil
  }

  /// The period word at `w` (`Quartal`, `Halbjahr`), an optional `des Jahres`, and the year.
  func period(_ n: Int, wordAt w: Int, first: Int) -> Found? {
    guard let months = word(w, GermanDateParser.periods) else { return nil }
    let count = 12 / months
    guard (1...count).contains(n) else { return nil }
    var j = w + 1
    if isWord(j, "des"), isWord(j + 1, "Jahres") || isWord(j + 1, "Jahrs") { j += 2 }
    guard let y = spacedYear(j) else { return nil }
    let granularity: PartialDate.Granularity = months == 3 ? .quarter : .halfYear
    return Found(
      first: first, last: j,
      date: PartialDate(year: y, month: (n - 1) * months + 1, granularity: granularity))
  }

  func isWord(_ i: Int, _ w: StaticString) -> Bool {
    guard i < tokens.count, tokens[i].kind == .word, tokens[i].length == w.utf8CodeUnitCount
    else { return false }
    let t = tokens[i]
    let p = w.utf8Start
    for k in 0..<t.length where (bytes[t.start + k] | 0x20) != (p[k] | 0x20) { return false }
    return true
  }
}
