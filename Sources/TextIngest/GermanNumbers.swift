import DocumentModel

/// A quantity found in a text: its UTF-8 range and what it says.
public struct QuantityMatch: Sendable, Hashable {
  /// UTF-8 offsets of the number with its multiplier and unit (`4,4 Mrd. Euro`); a hedge
  /// word before it (`rund`) is not part of it.
  public var range: Range<Int>
  public var quantity: Quantity

  public init(range: Range<Int>, quantity: Quantity) {
    self.range = range
    self.quantity = quantity
  }
}

/// Finds and parses numbers as German papers write them.
///
/// A number is `1.256` (thousands dots), `1,5` (decimal comma), `1.234,56`, or a number word
/// (`zwei` … `zwölf` … `neunzig`, `hundert`, `tausend`; not `ein`), optionally followed by a
/// multiplier (`Mio.`, `Mrd.`, `Tsd.`, `Millionen`, `Milliarden`, `Tausend`).
///
/// The unit is what follows: a symbol (`%` and `v. H.` read as `Prozent`, `€` and `EUR` as
/// `Euro`), a lower-case measure (`km`, `ha`, `t` …), or the next capitalised word (`Stellen`,
/// `Euro`, `Monaten`, as written), also across up to two inflected adjectives (`28 weitere
/// Maßnahmen`), with a rate glued on by a slash (`50 mg/l`, `4.242 Euro/Jahr`); headings in
/// capitals (`2 LANDTAG`) are no unit. A capitalised number word (`Acht`) needs such a unit to
/// count. In a range (`10 bis 15 Prozent`, `zwei oder drei Jahre`, `631 der 642 Stellen`,
/// `von 20 auf 30 Stellen`) the first number takes the second's unit.
///
/// The hedge comes from the words before: `rund`, `etwa`, `ca.`, `circa`, `ungefähr`
/// (approximately); `knapp`, `fast`, `beinahe`, `nahezu` (just below); `über`, `mehr als`
/// (above); `unter`, `weniger als` (below); `bis zu`, `höchstens`, `maximal`, `max.` (at most);
/// `mindestens`, `wenigstens`, `mind.` (at least).
///
/// Not quantities, skipped whole: dates and cued years (see `GermanDateParser`) and other
/// four-digit numbers from 1900 to 2099 without a unit (`wie 2010 auch`); paper numbers
/// (`16/850`, `17/13 032`); numbers after a citation cue (`§ 6 Abs. 1`, `§§ 1 Nr. 7 und 6`,
/// `S. 24`, `Kleine Anfrage 421`, `Frage 3`) and numbers chained to them by `und`, `bis`, `,`;
/// ordinals (`16. Wahlperiode`, `2. Neudruck`, `unter 3. genannten`); question and list numbers
/// at the start of a paragraph (`1. Was …`); phone numbers (after `Tel.`/`Fax`, or with a
/// leading zero); times (`10.30 Uhr`, `14:30`); numbers glued to letters (`B90`) or after an
/// acronym (`RE 1`, `A 46`); page numbers between dashes (`– 2 –`); postal codes (five digits
/// before a place name).
public enum GermanNumberParser {
  /// Every quantity in `text`, in order.
  public static func quantities(in text: String) -> [QuantityMatch] {
    GermanScan.withBytes(text) { bytes in
      let tokens = GermanScan.tokenize(bytes, 0..<bytes.count)
      return quantities(bytes, tokens, skipping: GermanDateParser.scan(bytes, tokens))
    }
  }

  /// The quantities of a token stream whose dates (`GermanDateParser.scan`) are known.
  static func quantities(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [GermanScan.Token],
    skipping dates: [GermanDateParser.Found]
  ) -> [QuantityMatch] {
    var scanner = NumberScanner(bytes: bytes, tokens: tokens)
    return scanner.run(skipping: dates)
  }

  /// `s` read as one number: `1.256` → 1256, `1,5` → 1.5, `4,4 Mrd.` → 4.4e9 (with the
  /// multiplier word), `zwölf` → 12; nil for anything else, such as `17/13 032` or `1.5`.
  public static func parseNumber(_ s: Substring) -> Double? {
    GermanScan.withBytes(String(s)) { bytes in
      let tokens = GermanScan.tokenize(bytes, 0..<bytes.count)
      guard !tokens.isEmpty else { return nil }
      let scanner = NumberScanner(bytes: bytes, tokens: tokens)
      guard let (value, last) = scanner.value(at: 0), last == tokens.count - 1 else { return nil }
      return value
    }
  }

  static let multipliers = WordTable<Double>([
    ("Tsd", 1e3), ("Tausend", 1e3), ("Mio", 1e6), ("Mill", 1e6), ("Million", 1e6),
    ("Millionen", 1e6), ("Mrd", 1e9), ("Milliarde", 1e9), ("Milliarden", 1e9), ("Billion", 1e12),
    ("Billionen", 1e12),
  ])

  static let numberWords = WordTable<Double>([
    ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("FÜNF", 5), ("sechs", 6), ("sieben", 7),
    ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("ZWÖLF", 12),
    ("dreizehn", 13), ("vierzehn", 14), ("fünfzehn", 15), ("sechzehn", 16), ("siebzehn", 17),
    ("achtzehn", 18), ("neunzehn", 19), ("zwanzig", 20), ("dreißig", 30), ("vierzig", 40),
    ("fünfzig", 50), ("sechzig", 60), ("siebzig", 70), ("achtzig", 80), ("neunzig", 90),
    ("hundert", 100), ("tausend", 1000),
  ])

  static let hedges = WordTable<Quantity.Hedge>([
    ("rund", .approximately), ("etwa", .approximately), ("circa", .approximately),
    ("zirka", .approximately), ("ungefähr", .approximately), ("annähernd", .approximately),
    ("knapp", .justBelow), ("fast", .justBelow), ("beinahe", .justBelow), ("nahezu", .justBelow),
    ("über", .above), ("Über", .above), ("unter", .below), ("höchstens", .atMost),
    ("maximal", .atMost), ("mindestens", .atLeast), ("wenigstens", .atLeast),
  ])

  /// Hedges written as abbreviations with a period: `ca. 5`.
  static let abbreviatedHedges = WordTable<Quantity.Hedge>([
    ("ca", .approximately), ("rd", .approximately), ("max", .atMost), ("mind", .atLeast),
  ])

  /// Words after which a number names something instead of counting it.
  static let identifierCues = WordTable([
    "Abs", "Absatz", "Absätze", "Nr", "Nrn", "Nummer", "Nummern", "S", "Seite", "Seiten", "Satz",
    "Sätze", "Art", "Artikel", "Ziffer", "Ziff", "Buchst", "Buchstabe", "lit", "Halbsatz", "Hs",
    "Alt", "Alternative", "Var", "Anlage", "Anlagen", "Tabelle", "Tab", "Abbildung", "Abb",
    "Kapitel", "Kap", "Abschnitt", "Abschn", "Frage", "Fragen", "Anfrage", "Anfragen",
    "Drucksache", "Drucksachen", "Drs", "Drucks", "Vorlage", "Vorlagen", "Punkt", "TOP",
    "Tagesordnungspunkt", "Sitzung", "Plenarprotokoll", "PlPr", "APr", "Ausschussprotokoll",
    "Band", "Bd", "Heft", "Rn", "Rdnr", "Randnummer", "Tz", "Teil", "Titel", "Position", "Pos",
    "Zuschrift", "Stellungnahme", "Information", "Postfach", "Zimmer", "Raum", "Az",
    "Aktenzeichen", "Version", "Besoldungsgruppe", "Entgeltgruppe", "Stufe", "Anhang", "Anl",
    "Tel", "Telefon", "Fax", "Telefax", "Los", "Baureihe", "Linie", "Gleis", "Klasse",
    "Kategorie", "Typ", "Modul", "Phase", "Schritt", "Bundesstraße", "Autobahn", "Landesstraße",
    "Kreisstraße", "Haus", "Gebäude", "Wahlkreis", "Jahrgang", "Handlungsfeld", "Ebene",
  ])

  /// Cues after which a run of digit groups is a phone number.
  static let phoneCues = WordTable(["Tel", "Telefon", "Fax", "Telefax", "Mobil", "Handy"])

  /// Words that may stand between numbers of one citation (`§§ 1 Nr. 7 und 6`).
  static let chainWords = WordTable(["und", "bis", "sowie", "oder", "u", "f", "ff", "i", "V", "m"])

  /// Lower-case measures that follow a number.
  static let measures = WordTable([
    "km", "m", "cm", "mm", "qm", "ha", "kg", "g", "mg", "µg", "t", "l", "h", "min", "ct", "kWh",
    "MWh",
    "GWh", "kW", "MW", "GW",
  ])

  /// Lower-case words ending like adjectives that are not adjectives before a noun.
  static let notAdjectives = WordTable([
    "die", "der", "des", "dem", "den", "eine", "einer", "eines", "einem", "einen", "seine",
    "seiner", "seinem", "seinen", "ihre", "ihrer", "ihrem", "ihren", "diese", "dieser", "dieses",
    "diesem", "diesen", "jede", "jeder", "jedes", "jedem", "jeden", "werden", "wurden", "worden",
    "haben", "hatten", "sollen", "sollten", "können", "konnten", "müssen", "mussten", "waren",
    "sie", "wie", "alle", "aber", "oder", "ohne", "gegen", "unter", "über", "hinter", "wieder",
    "immer", "oben", "neben", "eben", "gegeben", "wegen", "entsprechend",
  ])

  /// Whole-word units normalised to one spelling.
  static let unitSpellings = WordTable<String>([("EUR", "Euro"), ("Euro", "Euro")])
}

private struct NumberScanner {
  typealias Token = GermanScan.Token

  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  /// The last token of the last citation number skipped, for `§§ 1 Nr. 7 und 6`.
  var lastIdentifier = -10

  init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
    self.bytes = bytes
    self.tokens = tokens
  }

  mutating func run(skipping dates: [GermanDateParser.Found]) -> [QuantityMatch] {
    var result: [QuantityMatch] = []
    var d = 0
    var i = 0
    while i < tokens.count {
      while d < dates.count, dates[d].last < i { d += 1 }
      if d < dates.count, dates[d].first <= i {
        i = dates[d].last + 1
        continue
      }
      switch tokens[i].kind {
      case .number:
        let (match, next) = numeral(at: i)
        if let match { result.append(match) }
        i = max(next, i + 1)
      case .word:
        if let match = numberWord(at: i) { result.append(match) }
        i += 1
      case .punct:
        i += 1
      }
    }
    shareUnitsInRanges(&result)
    return result
  }

  /// `10 bis 15 Prozent`, `zwei oder drei Jahre`: the first number counts what the second does.
  func shareUnitsInRanges(_ result: inout [QuantityMatch]) {
    guard result.count > 1 else { return }
    for k in (0..<(result.count - 1)).reversed() where result[k].quantity.unit == nil {
      let gap = result[k].range.upperBound..<result[k + 1].range.lowerBound
      guard let unit = result[k + 1].quantity.unit, gap.count <= 7 else { continue }
      let word = string(gap).trimmingSpaces
      if ["bis", "und", "oder", "–", "-", "bis zu", "der", "von", "auf"].contains(word) {
        result[k].quantity.unit = unit
      }
    }
  }

  // MARK: Token helpers

  func isGlued(_ i: Int) -> Bool {
    i >= 0 && i < tokens.count && GermanScan.adjacent(tokens[i])
  }
  func isSpaced(_ i: Int) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].spaceBefore && !tokens[i].lineStart
  }
  func isPunct(_ i: Int, _ s: UInt32) -> Bool {
    i >= 0 && i < tokens.count && GermanScan.isPunct(tokens[i], s)
  }
  func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
  func string(_ t: Token) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
  }
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Punctuation that glues digit groups into something that is not a plain number.
  func isNumberGlue(_ s: UInt32) -> Bool {
    s == 0x2E || s == 0x2C || s == 0x2F || s == 0x3A || s == 0x2D || s == 0x2013
  }

  /// The index after the run of tokens glued to `i`: `16/850`, `0211-884`, `10.30`.
  func endOfGluedRun(_ i: Int) -> Int {
    var j = i + 1
    while isGlued(j),
      tokens[j].kind != .punct || (isNumberGlue(tokens[j].scalar) && isGlued(j + 1))
    {
      j += 1
    }
    return j
  }

  /// A number literal: its digits as an integer, how many of them are decimals, its last
  /// token, and whether it is a plain integer (no thousands dots, no decimals).
  struct Literal {
    var digits: Double
    var decimals: Int
    var last: Int
    var plain: Bool

    /// The value times `multiplier`, scaled last so that `0,734 Mio.` is exactly 734000.
    func value(times multiplier: Double = 1) -> Double {
      var divisor = 1.0
      for _ in 0..<decimals { divisor *= 10 }
      return digits * multiplier / divisor
    }
  }

  /// The literal at number token `i`; nil when glue continues it into something else.
  func literal(at i: Int) -> Literal? {
    var value = 0.0
    var decimals = 0
    for p in tokens[i].start..<tokens[i].end { value = value * 10 + Double(bytes[p] &- 0x30) }
    var last = i
    var plain = true
    if tokens[i].length <= 3 {
      while isPunct(last + 1, 0x2E), isGlued(last + 1), isGlued(last + 2),
        tokens[last + 2].kind == .number, tokens[last + 2].length == 3
      {
        for p in tokens[last + 2].start..<tokens[last + 2].end {
          value = value * 10 + Double(bytes[p] &- 0x30)
        }
        last += 2
        plain = false
      }
    }
    if isPunct(last + 1, 0x2C), isGlued(last + 1), isGlued(last + 2),
      tokens[last + 2].kind == .number
    {
      for p in tokens[last + 2].start..<tokens[last + 2].end {
        value = value * 10 + Double(bytes[p] &- 0x30)
        decimals += 1
      }
      last += 2
      plain = false
    }
    // `10.30`, `1.2.3`, `16/850`, `14:30`, `10-15`, `5x`, `90/DIE`: not a number of its own.
    if isGlued(last + 1) {
      let n = tokens[last + 1]
      if n.kind != .punct || n.scalar == 0x2F { return nil }
      if isNumberGlue(n.scalar), isGlued(last + 2), tokens[last + 2].kind == .number {
        return nil
      }
    }
    return Literal(digits: value, decimals: decimals, last: last, plain: plain)
  }

  /// A numeral and its multiplier, for `parseNumber`: value and last token.
  func value(at i: Int) -> (Double, Int)? {
    var lit: Literal
    if tokens[i].kind == .number {
      guard let l = literal(at: i) else { return nil }
      lit = l
    } else if tokens[i].kind == .word,
      let v = GermanNumberParser.numberWords.value(bytes, tokens[i])
    {
      lit = Literal(digits: v, decimals: 0, last: i, plain: true)
    } else {
      return nil
    }
    guard let (m, end) = multiplier(after: lit.last) else { return (lit.value(), lit.last) }
    return (lit.value(times: m), end)
  }

  /// `Mio.`, `Mrd.`, `Millionen` after token `last`: factor and the multiplier's last token.
  func multiplier(after last: Int) -> (Double, Int)? {
    let j = last + 1
    guard isSpaced(j), let m = GermanNumberParser.multipliers.value(bytes, tokens[j]) else {
      return nil
    }
    return (m, isPunct(j + 1, 0x2E) && isGlued(j + 1) ? j + 1 : j)
  }

  /// The quantity at number token `i`, and the index to continue from.
  mutating func numeral(at i: Int) -> (QuantityMatch?, Int) {
    let t = tokens[i]
    // `B90`, the `850` of `16/850`, the `5` of `1.5`: part of something else.
    if i > 0, GermanScan.adjacent(t) {
      let p = tokens[i - 1]
      if p.kind != .punct || isNumberGlue(p.scalar) { return (nil, endOfGluedRun(i)) }
    }
    guard let lit = literal(at: i) else {
      var end = endOfGluedRun(i)
      // `17/13 032`: a paper number with a space in its number.
      if (i..<end).contains(where: { isPunct($0, 0x2F) }), isSpaced(end),
        tokens[end].kind == .number, tokens[end].length == 3
      {
        end += 1
      }
      return (nil, end)
    }
    var last = lit.last
    // Question or list number at the start of a paragraph: `1. Was …`, `2) …`.
    if t.lineStart, lit.plain, t.length <= 3, isGlued(i + 1),
      isPunct(i + 1, 0x2E) || isPunct(i + 1, 0x29)
    {
      return (nil, i + 2)
    }
    // A page number between dashes: `- 2 -`, `– 3 –`.
    if lit.plain, isSpaced(i), i > 0, isDash(i - 1), isSpaced(last + 1), isDash(last + 1) {
      return (nil, last + 2)
    }
    if isIdentifier(i, last: last) {
      lastIdentifier = last
      return (nil, last + 1)
    }
    if isPhone(i, plain: lit.plain) {
      var j = i + 1
      while j < tokens.count, !tokens[j].lineStart,
        tokens[j].kind == .number
          || (tokens[j].kind == .punct
            && [0x2F, 0x2D, 0x28, 0x29, 0x2B, 0x2013].contains(tokens[j].scalar))
      {
        j += 1
      }
      return (nil, j)
    }
    if lit.plain, isOrdinal(i) { return (nil, i + 2) }
    var value = lit.value()
    var plain = lit.plain
    if let (m, end) = multiplier(after: last) {
      value = lit.value(times: m)
      last = end
      plain = false
    }
    let unit = self.unit(after: last)
    if plain, unit == nil, t.length == 4, (1900...2099).contains(Int(value)) { return (nil, i + 1) }
    if plain, t.length == 5, let unit, unit.name != "Euro", unit.name != "Prozent" {
      return (nil, i + 1)  // postal code before a place name
    }
    if unit?.name == "Uhr" { return (nil, (unit?.last ?? i) + 1) }
    let end = unit?.last ?? last
    let range = t.start..<tokens[end].end
    let quantity = Quantity(
      value: value, unit: unit?.name, hedge: hedge(before: i), text: string(range))
    return (QuantityMatch(range: range, quantity: quantity), end + 1)
  }

  /// `zwei Jahre`, `acht Projekte`, `zwölf`; capitalised only with a unit.
  func numberWord(at i: Int) -> QuantityMatch? {
    guard let v = GermanNumberParser.numberWords.value(bytes, tokens[i]) else { return nil }
    var value = v
    var last = i
    if let (m, end) = multiplier(after: last) {
      value *= m
      last = end
    }
    let unit = self.unit(after: last)
    if tokens[i].upper, unit == nil { return nil }
    let end = unit?.last ?? last
    let range = tokens[i].start..<tokens[end].end
    return QuantityMatch(
      range: range,
      quantity: Quantity(
        value: value, unit: unit?.name, hedge: hedge(before: i), text: string(range)))
  }

  /// After a citation cue (`Abs.`, `Nr.`, `§`, `Drucksache`, `Frage`), chained to one
  /// (`§§ 1 Nr. 7 und 6`), or before `Abs.`/`Nr.`/`Satz` (`6 Abs. 1`).
  func isIdentifier(_ i: Int, last: Int) -> Bool {
    if isSpaced(last + 1), tokens[last + 1].kind == .word,
      ["Abs", "Nr", "Satz", "Absatz", "Nummer"].contains(string(tokens[last + 1]))
    {
      return true
    }
    var k = i - 1
    var steps = 0
    while k >= 0, steps < 8, !tokens[k + 1].lineStart {
      let p = tokens[k]
      if k == lastIdentifier { return true }
      switch p.kind {
      case .punct:
        if p.scalar == 0xA7 { return true }  // §
        guard p.scalar == 0x2E || p.scalar == 0x2C || p.scalar == 0x2013 || p.scalar == 0x2D
        else { return false }
      case .word:
        if GermanNumberParser.identifierCues.contains(bytes, p) { return true }
        if k == i - 1, isAcronym(p) { return true }  // `RE 1`, `A 13`, `B 27`
        guard GermanNumberParser.chainWords.contains(bytes, p) else { return false }
      case .number:
        return false
      }
      k -= 1
      steps += 1
    }
    return false
  }

  /// A word in capitals of four letters or more (`LANDTAG`): a heading, not a counted noun.
  func isShouted(_ w: Token) -> Bool {
    guard w.length >= 4 else { return false }
    for p in w.start..<w.end where bytes[p] &- 0x41 >= 26 && bytes[p] < 0x80 { return false }
    return true
  }

  func isDash(_ i: Int) -> Bool { isPunct(i, 0x2D) || isPunct(i, 0x2013) }

  /// Capital letters only, at most four, not a currency: `RE`, `ICE`, `A`.
  func isAcronym(_ w: Token) -> Bool {
    guard w.length <= 4, !GermanNumberParser.unitSpellings.contains(bytes, w) else {
      return false
    }
    for p in w.start..<w.end where bytes[p] &- 0x41 >= 26 { return false }
    return true
  }

  /// After `Tel.`/`Fax`, or a leading zero (`0211 884-0`).
  func isPhone(_ i: Int, plain: Bool) -> Bool {
    let t = tokens[i]
    if plain, t.length >= 2, bytes[t.start] == 0x30 { return true }
    var k = i - 1
    if isPunct(k, 0x2E) || isPunct(k, 0x3A) { k -= 1 }
    if isPunct(k, 0x2E) { k -= 1 }
    return isWord(k) && GermanNumberParser.phoneCues.contains(bytes, tokens[k])
  }

  /// `16.` before a word that does not open a sentence: `16. Wahlperiode`, `unter 3. genannten`.
  func isOrdinal(_ i: Int) -> Bool {
    guard tokens[i].length <= 3, isPunct(i + 1, 0x2E), isGlued(i + 1) else { return false }
    let j = i + 2
    guard isSpaced(j) else { return false }  // end of paragraph: a sentence-final number
    let n = tokens[j]
    switch n.kind {
    case .word:
      if !n.upper { return true }
      return !Abbreviations.sentenceStarters.contains(bytes, n)
    case .number, .punct:
      return false
    }
  }

  /// The unit after token `last`: name and its last token.
  func unit(after last: Int) -> (name: String, last: Int)? {
    guard let (name, end) = simpleUnit(after: last) else { return nil }
    // A rate: `50 mg/l`, `30 km/h`, `4.242 Euro/Jahr`.
    if isPunct(end + 1, 0x2F), isGlued(end + 1), isGlued(end + 2), isWord(end + 2) {
      return (name + "/" + string(tokens[end + 2]), end + 2)
    }
    return (name, end)
  }

  func simpleUnit(after last: Int) -> (name: String, last: Int)? {
    let j = last + 1
    guard j < tokens.count, !tokens[j].lineStart else { return nil }
    let t = tokens[j]
    // No unit across a sentence end (`… 89. Die`).
    if t.kind == .punct {
      switch t.scalar {
      case 0x25: return ("Prozent", j)
      case 0x20AC: return ("Euro", j)
      case 0x2030: return ("Promille", j)
      default: return nil
      }
    }
    guard t.kind == .word else { return nil }
    if !t.spaceBefore {
      return GermanNumberParser.measures.contains(bytes, t) ? (string(t), j) : nil
    }
    // `5 v. H.`
    if t.length == 1, bytes[t.start] == 0x76, isPunct(j + 1, 0x2E), isSpaced(j + 2),
      tokens[j + 2].length == 1, bytes[tokens[j + 2].start] == 0x48, isPunct(j + 3, 0x2E)
    {
      return ("Prozent", j + 3)
    }
    if let spelled = GermanNumberParser.unitSpellings.value(bytes, t) { return (spelled, j) }
    if t.upper { return noun(at: j) }
    if GermanNumberParser.measures.contains(bytes, t) { return (string(t), j) }
    // Up to two inflected adjectives before the noun: `28 weitere Maßnahmen`.
    var k = j
    for _ in 0..<2 {
      guard isWord(k), !tokens[k].upper, isAdjective(tokens[k]), isSpaced(k + 1),
        isWord(k + 1)
      else { return nil }
      if tokens[k + 1].upper { return noun(at: k + 1) }
      k += 1
    }
    return nil
  }

  /// A capitalised word that can be a counted noun: not a month, not a sentence opener.
  /// `Lebens- und Unternehmenslagen` counts what the last word names.
  func noun(at j: Int) -> (String, Int)? {
    let t = tokens[j]
    guard !GermanDateParser.months.contains(bytes, t), !isShouted(t),
      !Abbreviations.sentenceStarters.contains(bytes, t),
      !(isPunct(j + 1, 0x2E) && Abbreviations.table.contains(bytes, t))
    else { return nil }
    if isGlued(j + 1), isDash(j + 1), isSpaced(j + 2), isWord(j + 2), isSpaced(j + 3),
      isWord(j + 3), ["und", "oder", "bzw"].contains(string(tokens[j + 2]))
    {
      return (string(tokens[j + 3]), j + 3)
    }
    return (string(t), j)
  }

  func isAdjective(_ t: Token) -> Bool {
    guard t.length >= 4, !GermanNumberParser.notAdjectives.contains(bytes, t) else {
      return false
    }
    let last = bytes[t.end - 1]
    let prev = bytes[t.end - 2]
    switch last {
    case 0x65: return true  // -e
    case 0x6E, 0x72, 0x73, 0x6D: return prev == 0x65  // -en -er -es -em
    default: return false
    }
  }

  func hedge(before i: Int) -> Quantity.Hedge {
    guard tokens[i].spaceBefore, !tokens[i].lineStart else { return .exact }
    let p = i - 1
    guard p >= 0 else { return .exact }
    if isPunct(p, 0x2E), isWord(p - 1), !tokens[p].spaceBefore,
      let h = GermanNumberParser.abbreviatedHedges.value(bytes, tokens[p - 1])
    {
      return h
    }
    guard isWord(p) else { return .exact }
    if let h = GermanNumberParser.hedges.value(bytes, tokens[p]) { return h }
    let w = string(tokens[p]).lowercased()
    let before = isWord(p - 1) && !tokens[p].lineStart ? string(tokens[p - 1]).lowercased() : ""
    switch (before, w) {
    case ("mehr", "als"): return .above
    case ("weniger", "als"): return .below
    case ("bis", "zu"): return .atMost
    default: return .exact
    }
  }
}

extension String {
  /// Without leading and trailing ASCII spaces.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
