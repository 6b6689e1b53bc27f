import DocumentModel

/// A Drucksache (or Vorlage, Plenarprotokoll) number: `16/850`.
struct PaperNumber: Hashable, Sendable {
  var wahlperiode: Int
  var number: Int
  var printed: String { "\(wahlperiode)/\(number)" }
}

/// A line the title-block parser reads: a paragraph of the text or a line of furniture.
struct HeaderLine {
  var bytes: [UInt8]
  var folded: [UInt8]
  /// The paragraph's index for a line of the text; nil for furniture.
  var paragraph: Int?

  /// The line as a string, made only where the parser keeps or dates it: most header lines
  /// are only ever matched as bytes. `bytes` is valid UTF-8 (a slice of a string's bytes cut
  /// at ASCII), so this is the string the bytes came from.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  init(_ text: String, paragraph: Int?) {
    self.init(bytes: Array(text.utf8), paragraph: paragraph)
  }

  init(bytes: [UInt8], paragraph: Int?) {
    self.bytes = bytes
    folded = Fold.fold(bytes)
    self.paragraph = paragraph
  }
}

/// What a paper's title block and first paragraphs say about it.
///
/// The parser reads the page-1 title block (furniture) and the text's first paragraphs as
/// one sequence of lines, in phases:
/// 1. metadata lines (parliament, `16. Wahlperiode`, `Drucksache 16/1087`, dates,
///    `Neudruck`) until a line starts with a kind word ("Antwort", "Kleine Anfrage 421",
///    "Antrag", …);
/// 2. the kind block: the kind line and its continuations ("der Landesregierung", "auf die
///    Kleine Anfrage 421 vom …", "der Abgeordneten …", "Drucksache 16/850");
/// 3. the title (`betr.:` stripped), one paragraph or a few joined where a line runs on;
/// 4. the answering note ("Der Minister für … hat die Kleine Anfrage 421 mit Schreiben vom
///    9. Oktober 2012 … beantwortet.").
/// A `Drucksache` number in the metadata is the paper's own; one inside the kind block of
/// an Antwort is the question's; one in parentheses after the own number (Saarland:
/// `Drucksache 15/1284 (15/1217)`) is the question's too.
struct TitleBlock {
  var kind: DocumentKind = .unknown
  /// Index into `ParliamentKnowledge.governments` of the government the kind line names.
  var government: Int?
  var ownNumber: PaperNumber?
  var wahlperiode: Int?
  /// A question paper's own running number: `Kleine Anfrage 812`.
  var questionNumber: Int?
  var answeredKind: DocumentKind?
  var answeredNumber: Int?
  var answeredDate: PartialDate?
  var answeredDrucksache: PaperNumber?
  var originators: [Person] = []
  var title: String?
  var issuer: String?
  var dates = DocumentDates()
  var version: String?
  var selfName: Parliament?
  /// The first paragraph of the text that is not part of the header.
  var headerEnd = 0

  static let maxHeaderParagraphs = 40

  static func parse(
    text: TextBytes, paragraphs: [Paragraph], marks: [ParagraphMark], furniture: [PageFurniture]
  ) -> TitleBlock {
    var block = TitleBlock()
    let titleLines = furniture.filter { $0.kind == .titleBlock }.map {
      HeaderLine($0.text, paragraph: nil)
    }
    // Lines are made as the parser reaches them; it stops at the header's end.
    let count = titleLines.count + min(paragraphs.count, maxHeaderParagraphs)
    let lines = (0..<count).lazy.map { i in
      i < titleLines.count
        ? titleLines[i]
        : HeaderLine(
          bytes: text.byteArray(paragraphs[i - titleLines.count]), paragraph: i - titleLines.count)
    }
    block.readLines(lines, marks: marks)
    for item in furniture where item.kind != .titleBlock && item.kind != .pageNumber {
      let line = HeaderLine(item.text, paragraph: nil)
      block.scanMetadata(line, ownNumberAllowed: true, headerDateAllowed: false)
    }
    if block.kind == .antwort && (block.issuer == nil || block.dates.letter == nil) {
      block.findAnsweringNote(text: text, paragraphs: paragraphs, marks: marks)
    }
    if block.wahlperiode == nil {
      block.wahlperiode = block.ownNumber?.wahlperiode ?? block.answeredDrucksache?.wahlperiode
    }
    return block
  }

  // MARK: Phases

  private enum Phase { case preKind, kindBlock, title, afterTitle }

  private mutating func readLines<Lines: Sequence<HeaderLine>>(
    _ lines: Lines, marks: [ParagraphMark]
  ) {
    var phase = Phase.preKind
    var kindLines: [HeaderLine] = []
    var titleLines: [HeaderLine] = []
    var consumedThrough: Int? = nil  // last text paragraph that belongs to the header
    var skippedBeforeKind = 0

    func mark(_ line: HeaderLine) -> ParagraphMark {
      guard let p = line.paragraph, p < marks.count else { return .none }
      return marks[p]
    }

    lineLoop: for line in lines {
      switch phase {
      case .preKind:
        if let (kind, _) = Self.kindWord(line.folded) {
          self.kind = kind
          kindLines.append(line)
          phase = .kindBlock
          if let p = line.paragraph { consumedThrough = p }
        } else if Self.isMetadata(line.folded) {
          scanMetadata(line, ownNumberAllowed: true, headerDateAllowed: true)
          if let p = line.paragraph {
            // Lines skipped before are header too, once metadata follows them.
            consumedThrough = p
          }
        } else if line.paragraph == nil {
          continue  // an unknown title-block line
        } else if mark(line) == .none && line.bytes.count <= 120 && skippedBeforeKind < 4 {
          skippedBeforeKind += 1
        } else {
          break lineLoop
        }
      case .kindBlock:
        // A press release names its issuer under the kind line.
        if kind == .pressemitteilung && issuer == nil && Self.isIssuerLine(line.folded) {
          issuer = line.text
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        if Self.isKindContinuation(line.folded, after: kindLines) {
          kindLines.append(line)
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        if Self.isMetadata(line.folded) {
          scanMetadata(line, ownNumberAllowed: false, headerDateAllowed: true)
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        phase = .title
        fallthrough
      case .title:
        if line.paragraph == nil { continue }
        if mark(line) != .none || Self.isBodyOpener(line.folded) { break lineLoop }
        if Self.isAnsweringNote(line.folded) {
          readAnsweringNote(line)
          if let p = line.paragraph { consumedThrough = p }
          if !titleLines.isEmpty { phase = .afterTitle }
          continue
        }
        if Self.isMetadata(line.folded) && titleLines.isEmpty {
          scanMetadata(line, ownNumberAllowed: false, headerDateAllowed: true)
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        if let last = titleLines.last {
          guard Self.titleRunsOn(last.folded, into: line.bytes), titleLines.count < 4 else {
            phase = .afterTitle
            if Self.isAnsweringNote(line.folded) {
              readAnsweringNote(line)
              if let p = line.paragraph { consumedThrough = p }
            }
            break lineLoop
          }
        } else if line.bytes.count > 400 || kindLines.isEmpty {
          break lineLoop
        }
        titleLines.append(line)
        if let p = line.paragraph { consumedThrough = p }
      case .afterTitle:
        if line.paragraph == nil { continue }
        if mark(line) != .none { break lineLoop }
        if Self.isAnsweringNote(line.folded) {
          readAnsweringNote(line)
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        if Self.isMetadata(line.folded) {
          scanMetadata(line, ownNumberAllowed: false, headerDateAllowed: true)
          if let p = line.paragraph { consumedThrough = p }
          continue
        }
        break lineLoop
      }
    }
    headerEnd = consumedThrough.map { $0 + 1 } ?? 0
    if !kindLines.isEmpty { readKindBlock(kindLines) }
    if !titleLines.isEmpty { title = Self.joinTitle(titleLines) }
  }

  // MARK: Line kinds

  /// The kind word a line starts with, and where it ends.
  static func kindWord(_ folded: [UInt8]) -> (DocumentKind, Int)? {
    let closed = Match.closeUpLetterSpacing(folded)
    for entry in ParliamentKnowledge.kindWords where Match.hasPrefix(closed, entry.phrase) {
      let end = entry.phrase.utf8.count
      if end < closed.count && Match.isWordByte(closed[end]) { continue }
      // "Antwort" before a colon in the body is an answer label, but in the header the
      // kind; "Antrag gemäß …" is still an Antrag. Only reject plain text lines.
      return (entry.kind, closed.count == folded.count ? end : folded.count)
    }
    return nil
  }

  private static let metadataPrefixes = [
    "drucksache", "drs.", "datum des originals", "ausgegeben", "eingang", "eingegangen",
    "neudruck", "vorabfassung", "bt-drucksache", "lt-drucksache", "plenarprotokoll ",
  ]

  /// Title-block lines: the parliament, the Wahlperiode, the paper's number, dates,
  /// `Datum des Originals`, `Ausgegeben`, `Neudruck`, `Vorabfassung`.
  static func isMetadata(_ f: [UInt8]) -> Bool {
    if BodyEvidence.selfName(in: f) != nil && f.count < 120 { return true }
    for prefix in metadataPrefixes where Match.hasPrefix(f, prefix) {
      if prefix == "plenarprotokoll " { return Match.integer(f, at: 16, maxDigits: 2) != nil }
      return true
    }
    if f.count < 100 && Match.find(f, "wahlperiode") != nil { return true }
    if f.count <= 24, let (_, end) = Match.integer(f, at: 0, maxDigits: 2), end < f.count {
      // "09.10.2012" or "2. Neudruck"
      if Match.find(f, "neudruck") != nil { return true }
      if f[end] == 0x2E,
        GermanDateParser.parse(Substring(String(decoding: f, as: UTF8.self)))
          != nil
      {
        return true
      }
    }
    return false
  }

  private static let continuationStarts = [
    "der ", "des ", "auf ", "zu ", "zur ", "zum ", "und ", "vom ", "von ", "gemäß ", "nach ",
    "durch ", "drucksache", "drs.", "– drucksache", "- drucksache", "— drucksache", "anfrage",
    "kleine anfrage", "große anfrage", "abgeordnete", "fraktion", "(", "nr.", "betr", "mit ",
    "über ",
  ]
  private static let articleFollowers = [
    "abgeordnete", "fraktion", "landesregierung", "bundesregierung", "staatsregierung", "senat",
    "gruppe", "minister", "ausschuss", "kleinen anfrage", "großen anfrage", "bundesrat",
    "landtag", "präsident", "regierung", "beauftragte",
  ]

  /// Whether a line continues the kind block: "der Landesregierung", "auf die Kleine
  /// Anfrage …", "der Abgeordneten …", "Drucksache 16/850", or the names after a line that
  /// ended in "der Abgeordneten".
  static func isKindContinuation(_ f: [UInt8], after block: [HeaderLine]) -> Bool {
    if let last = block.last?.folded {
      let tail = String(decoding: last.suffix(14), as: UTF8.self)
      if tail.hasSuffix("abgeordneten") || tail.hasSuffix("abgeordneter")
        || tail.hasSuffix("abgeordnete") || last.last == 0x2C
      {
        return true
      }
      // A name list that runs on to the next line: "…, Matthias" / "Quandt, Dr. …".
      if Match.find(last, "abgeordnete") != nil && Match.find(last, "fraktion") == nil
        && Match.find(last, "drucksache") == nil && f.count < 200
        && (Match.find(f, "fraktion") != nil || Self.endsWithParty(f))
      {
        return true
      }
    }
    for start in continuationStarts where Match.hasPrefix(f, start) {
      if start == "der " || start == "des " {
        let rest = Array(f[4...])
        return articleFollowers.contains { Match.hasPrefix(rest, $0) }
      }
      if start == "betr" { return false }
      if start == "(" { return f.count < 60 }
      if start == "zu " {
        // "zu der" / "zu dem" (Saarland: "ANTWORT / zu der / Anfrage des …"), not a title
        // that starts "Zu …".
        let rest = Array(f[3...])
        return f.count < 60
          && (Match.hasPrefix(rest, "der") || Match.hasPrefix(rest, "dem")
            || Match.find(f, "drucksache") != nil || Match.find(f, "anfrage") != nil)
      }
      if start == "mit " || start == "über " || start == "nach " {
        return f.count < 60 && Match.find(f, "drucksache") != nil
      }
      return true
    }
    return false
  }

  static func endsWithParty(_ f: [UInt8]) -> Bool {
    if Match.isLatin1(f) {
      // Byte comparison is what `hasSuffix` answers on such text (see `Match.isLatin1`).
      for p in ParliamentKnowledge.foldedParties {
        if Match.has(f, p, at: f.count - p.count), f.count > p.count,
          f[f.count - p.count - 1] == 0x20
        {
          return true
        }
        if f.last == 0x29, f.count > p.count + 1, Match.has(f, p, at: f.count - p.count - 1),
          f[f.count - p.count - 2] == 0x28
        {
          return true
        }
      }
      return false
    }
    let s = String(decoding: f, as: UTF8.self)
    for party in ParliamentKnowledge.parties {
      let p = String(decoding: Fold.fold(party), as: UTF8.self)
      if s.hasSuffix(" " + p) || s.hasSuffix("(" + p + ")") { return true }
    }
    return false
  }

  static func isIssuerLine(_ f: [UInt8]) -> Bool {
    f.count < 200
      && [
        "ministerium", "bundesministerium", "der minister", "die ministerin", "staatskanzlei",
        "senatsverwaltung", "landesregierung", "bundesregierung", "presse- und informationsamt",
      ].contains { Match.hasPrefix(f, $0) }
  }

  private static let bodyOpeners = [
    "der landtag wolle", "der landtag möge", "der landtag stellt", "der bundestag wolle",
    "der bundesrat wolle", "der bundestag möge", "ich frage die", "wir fragen die",
    "ich frage daher", "wir fragen daher", "a. problem", "a problem", "problem und ziel",
    "i. ", "ii. ", "a) ", "mit freundlichen",
  ]

  /// A line that opens the body rather than continuing the title.
  static func isBodyOpener(_ f: [UInt8]) -> Bool {
    for opener in bodyOpeners where Match.hasPrefix(f, opener) { return true }
    return false
  }

  /// Whether the next line (`next`, not folded) continues the title: the title line ends
  /// in a colon or dash, or the next line starts in lower case.
  static func titleRunsOn(_ last: [UInt8], into next: [UInt8]) -> Bool {
    guard let end = last.last, let first = next.first else { return false }
    if end == 0x3A || end == 0x2D || Match.has(last, [0xE2, 0x80, 0x93], at: last.count - 3) {
      return next.count < 300
    }
    let lowerStart =
      (first >= 0x61 && first <= 0x7A) || (first == 0xC3 && next.count > 1 && next[1] >= 0xA0)
    return lowerStart && next.count < 300
  }

  static func joinTitle(_ lines: [HeaderLine]) -> String {
    var parts: [String] = []
    for (i, line) in lines.enumerated() {
      var s = Substring(line.text)
      if i == 0 {
        for prefix in ["betr.:", "betreff:", "betr:", "betrifft:", "betr."]
        where Match.hasPrefix(line.folded, prefix) {
          s = s.dropFirst(prefix.count)
          break
        }
      }
      let trimmed = s.drop { $0 == " " }
      if !trimmed.isEmpty { parts.append(String(trimmed)) }
    }
    return parts.joined(separator: " ")
  }

  // MARK: Metadata

  mutating func scanMetadata(_ line: HeaderLine, ownNumberAllowed: Bool, headerDateAllowed: Bool) {
    let f = line.folded
    if selfName == nil, let body = BodyEvidence.selfName(in: f) { selfName = body }
    if wahlperiode == nil, let at = Match.find(f, "wahlperiode") {
      wahlperiode = Self.ordinal(before: at, in: f)
    }
    if ownNumberAllowed && ownNumber == nil, let found = Self.drucksache(in: f, from: 0) {
      ownNumber = found.number
      // Saarland: "Drucksache 15/1284 (15/1217)", the question's number in parentheses.
      var i = Match.skipSpaces(f, found.end)
      if i < f.count && f[i] == 0x28 {
        i = Match.skipSpaces(f, i + 1)
        if let (q, _) = Self.paperNumber(f, at: i) { answeredDrucksache = q }
      }
    }
    if version == nil { version = Self.version(in: f) }
    scanDates(line, headerDateAllowed: headerDateAllowed)
  }

  private mutating func scanDates(_ line: HeaderLine, headerDateAllowed: Bool) {
    let f = line.folded
    guard f.contains(where: Match.isDigit) else { return }
    let original = Match.find(f, "datum des originals")
    let issued = Match.find(f, "ausgegeben")
    // Without an "original" or "issued" label every date here is unlabelled or "received",
    // and those only ever fill an empty header date: nothing to parse for.
    if original == nil && issued == nil && (!headerDateAllowed || dates.header != nil) {
      return
    }
    let received = Match.find(f, "eingang") ?? Match.find(f, "eingegangen")
    var previousIssuedEnd: Int? = nil
    for match in GermanDateParser.dates(in: line.text) where match.date.granularity == .day {
      let at = match.range.lowerBound
      let labels = [(original, 0), (issued, 1), (received, 2)].compactMap { pair in
        pair.0.flatMap { $0 < at ? ($0, pair.1) : nil }
      }
      let label = labels.max { $0.0 < $1.0 }?.1
      if let end = previousIssuedEnd, Self.inParentheses(f, from: end, to: at) {
        // Saarland: "Ausgegeben: 12.03.2015 (15.01.2015)", the question's date beside.
        if answeredDate == nil { answeredDate = match.date }
        previousIssuedEnd = nil
        continue
      }
      switch label {
      case 0: if dates.original == nil { dates.original = match.date }
      case 1:
        if dates.issued == nil { dates.issued = match.date }
        previousIssuedEnd = match.range.upperBound
      case 2: break
      default: if headerDateAllowed && dates.header == nil { dates.header = match.date }
      }
    }
  }

  private static func inParentheses(_ f: [UInt8], from: Int, to: Int) -> Bool {
    var i = Match.skipSpaces(f, from)
    guard i < f.count, f[i] == 0x28 else { return false }
    i = Match.skipSpaces(f, i + 1)
    return i == to
  }

  static func version(in f: [UInt8]) -> String? {
    if let at = Match.find(f, "neudruck") {
      var i = at - 1
      while i >= 0 && Match.isSpace(f[i]) { i -= 1 }
      if i >= 1 && f[i] == 0x2E && Match.isDigit(f[i - 1]) && (i < 2 || !Match.isDigit(f[i - 2])) {
        let n = Int(f[i - 1] - 0x30)
        return n >= 2 ? "\(n).neudruck" : "neudruck"
      }
      return "neudruck"
    }
    if Match.find(f, "vorabfassung") != nil { return "vorabfassung" }
    return nil
  }

  /// "16. Wahlperiode": the number before the word.
  static func ordinal(before at: Int, in f: [UInt8]) -> Int? {
    var i = at - 1
    while i >= 0 && Match.isSpace(f[i]) { i -= 1 }
    guard i >= 0, f[i] == 0x2E else { return nil }
    var j = i
    while j > 0 && Match.isDigit(f[j - 1]) && i - j < 2 { j -= 1 }
    guard j < i, let (value, _) = Match.integer(f, at: j, maxDigits: 2) else { return nil }
    return value >= 1 && value <= 40 ? value : nil
  }

  /// The first "Drucksache 16/850" (or "Drs. 16/850") at or after `from`.
  static func drucksache(in f: [UInt8], from: Int) -> (number: PaperNumber, end: Int)? {
    var at = from
    // Each cue's next place is searched again only once `at` has passed it: searching both
    // afresh at every step made a line of many "Drucksache" without "Drs." quadratic.
    var d = Match.find(f, "drucksache", from: at)
    var s = Match.find(f, "drs.", from: at)
    while at < f.count {
      if let found = d, found < at { d = Match.find(f, "drucksache", from: at) }
      if let found = s, found < at { s = Match.find(f, "drs.", from: at) }
      guard let start = [d, s].compactMap({ $0 }).min() else { return nil }
      var i = start + (start == d ? 10 : 4)
      // "Drucksachen 16/7748 und …" gives its first; "Drucksache Nr." takes its number.
      if i < f.count && f[i] == 0x6E { i += 1 }
      i = Match.skipSpaces(f, i)
      if Match.has(f, "nr.", at: i) { i = Match.skipSpaces(f, i + 3) }
      if let (number, end) = paperNumber(f, at: i) { return (number, end) }
      at = start + 1
    }
    return nil
  }

  /// "16/850", "17/13 032" at `i`.
  static func paperNumber(_ f: [UInt8], at i: Int) -> (PaperNumber, Int)? {
    guard let (wp, slash) = Match.integer(f, at: i, maxDigits: 2), slash < f.count,
      f[slash] == 0x2F, wp >= 1, wp <= 40,
      var (number, end) = Match.integer(f, at: slash + 1, maxDigits: 6)
    else { return nil }
    // "17/13 032": a space before a group of exactly three digits.
    if end + 4 <= f.count && f[end] == 0x20 && number < 1000,
      let (group, groupEnd) = Match.integer(f, at: end + 1, maxDigits: 3), groupEnd - end == 4
    {
      number = number * 1000 + group
      end = groupEnd
    }
    guard number >= 1 else { return nil }
    return (PaperNumber(wahlperiode: wp, number: number), end)
  }

  // MARK: Kind block

  private mutating func readKindBlock(_ lines: [HeaderLine]) {
    // The lines joined with a space, as bytes (what joining their strings would give).
    var bytes: [UInt8] = []
    for (k, line) in lines.enumerated() {
      if k > 0 { bytes.append(0x20) }
      bytes += line.bytes
    }
    let f = Fold.fold(bytes)
    let kindEnd = Self.kindWord(f)?.1 ?? 0
    // The government: "Antwort der Landesregierung".
    let head = Array(f.prefix(kindEnd + 48))
    for (i, g) in ParliamentKnowledge.governments.enumerated()
    where Match.findWord(head, g.phrase, from: kindEnd) != nil
      || (g.phrase == "senat" && Match.find(head, "senats", from: kindEnd) != nil)
    {
      government = i
      break
    }
    switch kind {
    case .antwort:
      readAnsweredQuestion(f, from: kindEnd)
    case .kleineAnfrage, .grosseAnfrage:
      var i = Match.skipSpaces(f, kindEnd)
      if Match.has(f, "nr.", at: i) { i = Match.skipSpaces(f, i + 3) }
      if let (n, end) = Match.integer(f, at: i, maxDigits: 5), end >= f.count || f[end] != 0x2F {
        questionNumber = n
      }
    case .vorlage, .plenarprotokoll, .beschlussprotokoll, .ausschussprotokoll, .information,
      .stellungnahme:
      let i = Match.skipSpaces(f, kindEnd)
      if ownNumber == nil, let (n, _) = Self.paperNumber(f, at: i) { ownNumber = n }
    default:
      break
    }
    originators = Self.originators(bytes, f)
  }

  private mutating func readAnsweredQuestion(_ f: [UInt8], from: Int) {
    var at: Int? = nil
    for (phrase, kind) in [
      ("kleine anfrage", DocumentKind.kleineAnfrage), ("kleinen anfrage", .kleineAnfrage),
      ("große anfrage", .grosseAnfrage), ("grosse anfrage", .grosseAnfrage),
      ("großen anfrage", .grosseAnfrage), ("anfrage", .kleineAnfrage),
    ] {
      if let i = Match.findWord(f, phrase, from: from) {
        at = i + phrase.utf8.count
        answeredKind = kind
        break
      }
    }
    if let at {
      var i = Match.skipSpaces(f, at)
      if Match.has(f, "nr.", at: i) { i = Match.skipSpaces(f, i + 3) }
      if let (n, end) = Match.integer(f, at: i, maxDigits: 5), end >= f.count || f[end] != 0x2F {
        answeredNumber = n
        i = end
      }
      let j = Match.skipSpaces(f, i)
      if Match.has(f, "vom ", at: j) {
        let s = String(decoding: f[j...], as: UTF8.self)
        if let first = GermanDateParser.dates(in: s).first, first.range.lowerBound <= 6 {
          answeredDate = first.date
        }
      }
      if let (q, _) = Self.drucksache(in: f, from: at) { answeredDrucksache = q }
    } else if let (q, _) = Self.drucksache(in: f, from: from) {
      answeredDrucksache = q
    }
  }

  // MARK: Originators

  /// Members and Fraktionen from the kind block: "der Abgeordneten Serap Güler CDU",
  /// "des Abgeordneten Michael Neyses (B90/Grüne)", "der Abgeordneten A, B und der
  /// Fraktion der FDP", "der Fraktion der SPD".
  static func originators(_ bytes: [UInt8], _ f: [UInt8]) -> [Person] {
    var fraktionen: [(String, String)] = []  // (printed "Fraktion der SPD", party)
    var searchFrom = 0
    while let at = Match.findWord(f, "fraktion", from: searchFrom) {
      searchFrom = at + 8
      var i = Match.skipSpaces(f, at + 8)
      // "Fraktion DIE LINKE." keeps its article, "Fraktion der SPD" does not.
      if party(bytes, f, at: i) == nil {
        for article in ["der ", "des ", "die "] where Match.has(f, article, at: i) {
          i += article.utf8.count
          break
        }
      }
      if let (printed, end) = party(bytes, f, at: i) {
        let label = String(decoding: bytes[at..<end], as: UTF8.self)
        fraktionen.append((label, printed))
      }
    }
    var members: [Person] = []
    if let (start, _) = [("abgeordneten", 12), ("abgeordneter", 12), ("abgeordnete", 11)]
      .lazy.compactMap({ p -> (Int, Int)? in
        Match.findWord(f, p.0).map { ($0 + p.1, 0) }
      }).first
    {
      let end = namesEnd(f, from: start)
      members = names(bytes, f, start..<end)
    }
    if members.isEmpty {
      return fraktionen.map { Person(name: $0.0, party: $0.1, role: "Fraktion") }
    }
    if let fraktion = fraktionen.first?.1 {
      for i in members.indices where members[i].party == nil { members[i].party = fraktion }
    }
    // "der Abgeordneten A, B und der Fraktion der FDP": the Fraktion asks too.
    return members + fraktionen.map { Person(name: $0.0, party: $0.1, role: "Fraktion") }
  }

  private static let namesTerminators = [
    "drucksache", " – ", " - ", " — ", "(drucksache", " vom ", " betr", "und der fraktion",
    ", der fraktion", "und der gruppe", "der fraktion", ", weiterer abgeordneter",
    " weiterer abgeordneter", ", weiterer abgeordneten", "und weiterer", " sowie der fraktion",
    "und fraktion",
  ]

  /// `namesTerminators` as bytes, by first byte.
  private static let terminatorsByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for t in namesTerminators {
      let b = Array(t.utf8)
      table[Int(b[0])].append(b)
    }
    return table
  }()

  /// The first place at or after `start` where any terminator stands (the end of `f` if
  /// none): one pass that tries the terminators starting with each byte.
  private static func namesEnd(_ f: [UInt8], from start: Int) -> Int {
    let table = terminatorsByFirstByte
    var i = max(0, start)
    while i < f.count {
      for t in table[Int(f[i])] where Match.has(f, t, at: i) { return i }
      i += 1
    }
    return f.count
  }

  /// Splits "Gregor Wienand und Marita Schöllgen   CDU" into members; a party printed
  /// after the last name applies to the names before it that print none.
  private static func names(_ bytes: [UInt8], _ f: [UInt8], _ range: Range<Int>) -> [Person] {
    var pieces: [Range<Int>] = []
    var s = range.lowerBound
    var i = range.lowerBound
    while i < range.upperBound {
      if f[i] == 0x2C {
        pieces.append(s..<i)
        s = i + 1
        i += 1
      } else if Match.has(f, " und ", at: i) && i + 5 <= range.upperBound {
        pieces.append(s..<i)
        s = i + 5
        i += 5
      } else {
        i += 1
      }
    }
    pieces.append(s..<range.upperBound)
    var people: [Person] = []
    // ASCII and two-byte Latin-1 letters only (the usual kind block): every character is
    // one scalar, so the same steps can run on bytes without building strings.
    let latin1 = Match.isLatin1(bytes)
    for piece in pieces {
      if latin1 {
        if let person = latin1Person(bytes, piece) { people.append(person) }
        continue
      }
      var text = String(decoding: bytes[piece], as: UTF8.self)
      text = trimmed(text)
      for prefix in ["Frau ", "Herrn ", "Herr "] where text.hasPrefix(prefix) {
        text = String(text.dropFirst(prefix.count))
      }
      guard !text.isEmpty else { continue }
      var party: String? = nil
      if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
        party = trimmed(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        text = trimmed(String(text[..<open]))
      } else if let p = partyAtEnd(text) {
        party = p
        text = trimmed(String(text.dropLast(p.count)))
      }
      let words = text.split(separator: " ")
      guard !text.isEmpty, words.count <= 7, let first = text.unicodeScalars.first,
        first.properties.isUppercase
      else { continue }
      people.append(Person(name: words.joined(separator: " "), party: party))
    }
    // "A und B CDU": B's party is A's too.
    var next: String? = nil
    for i in people.indices.reversed() {
      if let p = people[i].party { next = p } else { people[i].party = next }
    }
    return people
  }

  /// One piece of `names` read like the `String` steps there, on bytes that are ASCII and
  /// two-byte Latin-1 letters only: there a character is one scalar (no combining marks),
  /// so comparing, trimming and splitting bytes gives what the `String` operations give.
  private static func latin1Person(_ bytes: [UInt8], _ piece: Range<Int>) -> Person? {
    var s = piece.lowerBound
    var e = piece.upperBound
    trimLatin1(bytes, &s, &e)
    for prefix in namePrefixes
    where e - s >= prefix.count && bytes[s..<(s + prefix.count)].elementsEqual(prefix) {
      s += prefix.count
    }
    guard s < e else { return nil }
    var party: String? = nil
    if bytes[e - 1] == 0x29, let open = bytes[s..<e].lastIndex(of: 0x28) {
      var ps = open + 1
      var pe = e - 1
      trimLatin1(bytes, &ps, &pe)
      party = String(decoding: bytes[ps..<pe], as: UTF8.self)
      e = open
      trimLatin1(bytes, &s, &e)
    } else if let p = latin1PartyAtEnd(bytes, s, e) {
      party = p
      e -= p.utf8.count
      trimLatin1(bytes, &s, &e)
    }
    guard s < e else { return nil }
    let c = bytes[s]
    if c < 0x80 {
      // Among ASCII only A–Z are upper-case: no Unicode property look-up needed.
      guard c >= 0x41 && c <= 0x5A else { return nil }
    } else if s + 1 < e, let u = Unicode.Scalar(UInt32(c & 0x1F) << 6 | UInt32(bytes[s + 1] & 0x3F))
    {
      guard u.properties.isUppercase else { return nil }
    } else {
      return nil
    }
    // The words joined by single spaces (what splitting at spaces and joining gives), at
    // most seven of them; `s` and `e` stand on no space after trimming.
    var name: [UInt8] = []
    name.reserveCapacity(e - s)
    var words = 1
    var i = s
    while i < e {
      let b = bytes[i]
      i += 1
      guard b == 0x20 else {
        name.append(b)
        continue
      }
      while i < e && bytes[i] == 0x20 { i += 1 }
      name.append(0x20)
      words += 1
    }
    guard words <= 7 else { return nil }
    return Person(name: String(decoding: name, as: UTF8.self), party: party)
  }

  private static let namePrefixes = ["Frau ", "Herrn ", "Herr "].map { Array($0.utf8) }

  /// `trimmed` on Latin-1 bytes: spaces, tabs and no-break spaces off both ends, commas off
  /// the end.
  private static func trimLatin1(_ bytes: [UInt8], _ s: inout Int, _ e: inout Int) {
    while s < e {
      if bytes[s] == 0x20 || bytes[s] == 0x09 {
        s += 1
      } else if bytes[s] == 0xC2 && s + 1 < e && bytes[s + 1] == 0xA0 {
        s += 2
      } else {
        break
      }
    }
    while e > s {
      let b = bytes[e - 1]
      if b == 0x20 || b == 0x09 || b == 0x2C {
        e -= 1
      } else if b == 0xA0 && e - 2 >= s && bytes[e - 2] == 0xC2 {
        e -= 2
      } else {
        break
      }
    }
  }

  /// `partyAtEnd` of the Latin-1 text `bytes[s..<e]`.
  private static func latin1PartyAtEnd(_ bytes: [UInt8], _ s: Int, _ e: Int) -> String? {
    for p in ParliamentKnowledge.parties {
      let n = p.utf8.count
      if e - s > n, bytes[e - n - 1] == 0x20, Match.has(bytes, p, at: e - n) { return p }
    }
    return nil
  }

  /// The party printed after a space at the end of `text` (`Serap Güler CDU`), as listed.
  private static func partyAtEnd(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard Match.isLatin1(bytes) else {
      return ParliamentKnowledge.parties.first { text.hasSuffix(" " + $0) }
    }
    for p in ParliamentKnowledge.parties {
      let n = p.utf8.count
      if bytes.count > n, bytes[bytes.count - n - 1] == 0x20,
        Match.has(bytes, p, at: bytes.count - n)
      {
        return p
      }
    }
    return nil
  }

  /// A party or Fraktion name at `i`, as printed, and where it ends.
  private static func party(_ bytes: [UInt8], _ f: [UInt8], at i: Int) -> (String, Int)? {
    for (p, pf) in zip(ParliamentKnowledge.parties, ParliamentKnowledge.foldedParties) {
      if Match.has(f, pf, at: i) {
        var end = i + pf.count
        if end < f.count && Match.isWordByte(f[end]) { continue }
        if p.hasSuffix("LINKE") || p.hasSuffix("Linke"), end < f.count, f[end] == 0x2E,
          end + 1 >= f.count || f[end + 1] == 0x20
        {
          end += 1
        }
        return (String(decoding: bytes[i..<end], as: UTF8.self), end)
      }
    }
    return nil
  }

  private static func trimmed(_ s: String) -> String {
    var sub = Substring(s)
    while let c = sub.first, c == " " || c == "\u{A0}" || c == "\t" { sub = sub.dropFirst() }
    while let c = sub.last, c == " " || c == "\u{A0}" || c == "\t" || c == "," {
      sub = sub.dropLast()
    }
    return String(sub)
  }

  // MARK: Answering note

  /// "Der Minister für … hat die Kleine Anfrage 421 mit Schreiben vom … beantwortet.",
  /// "Die Antwort wurde namens der Bundesregierung mit Schreiben des … vom … übermittelt.",
  /// "Namens der Landesregierung beantwortet das Ministerium … die Kleine Anfrage …".
  static func isAnsweringNote(_ f: [UInt8]) -> Bool {
    if Match.hasPrefix(f, "die antwort wurde namens") { return true }
    if Match.hasPrefix(f, "namens der") {
      return Match.find(f, "beantwortet") != nil && Match.find(f, "anfrage") != nil
    }
    guard Match.hasPrefix(f, "der ") || Match.hasPrefix(f, "die ") else { return false }
    guard let hat = Match.find(f, " hat die "), hat < 200 else { return false }
    return Match.find(f, "anfrage", from: hat) != nil
      && (Match.find(f, "beantwortet", from: hat) != nil
        || Match.find(f, "beantwor", from: hat) != nil)
  }

  private mutating func readAnsweringNote(_ line: HeaderLine) {
    let f = line.folded
    if issuer == nil {
      if Match.hasPrefix(f, "die antwort wurde namens") {
        for marker in ["mit schreiben des ", "mit schreiben der "] {
          if let at = Match.find(f, marker) {
            let start = at + marker.utf8.count
            let end =
              Match.find(f, " vom ", from: start) ?? Match.find(f, " übermittelt", from: start)
            if let end { issuer = Self.nominative(line.bytes, start..<end) }
            break
          }
        }
      } else if Match.hasPrefix(f, "namens der") {
        if let at = Match.find(f, "beantwortet "), let end = Match.find(f, " die ", from: at + 12) {
          let start = at + 12
          if end > start && end - start < 160 {
            let who = String(decoding: line.bytes[start..<end], as: UTF8.self)
            if who != "ich" { issuer = Self.withoutArticle(who) }
          }
        }
      } else if let hat = Match.find(f, " hat die ") {
        issuer = Self.withoutArticle(String(decoding: line.bytes[0..<hat], as: UTF8.self))
      }
    }
    if dates.letter == nil {
      if let at = Match.find(f, "mit schreiben") {
        let rest = String(decoding: line.bytes[at...], as: UTF8.self)
        if let first = GermanDateParser.dates(in: rest).first {
          dates.letter = first.date
        }
      }
    }
  }

  /// Searches the paragraphs before the first question for the answering note, which
  /// Bundestag papers print as a page-1 footnote somewhere in the Vorbemerkungen.
  private mutating func findAnsweringNote(
    text: TextBytes, paragraphs: [Paragraph], marks: [ParagraphMark]
  ) {
    var i = headerEnd
    let limit = min(paragraphs.count, headerEnd + 80)
    while i < limit {
      if case .question = marks[i] { break }
      let p = paragraphs[i]
      let b = text.bytes[p.start] | 0x20
      if b == 0x64 || b == 0x6E {  // "d", "n"
        let f = text.folded(p, limit: 400)
        if Self.isAnsweringNote(f) {
          readAnsweringNote(HeaderLine(text.string(p), paragraph: i))
          return
        }
      }
      i += 1
    }
  }

  static func withoutArticle(_ s: String) -> String {
    var t = trimmed(s)
    for article in ["Der ", "Die ", "Das ", "der ", "die ", "das "] where t.hasPrefix(article) {
      t = String(t.dropFirst(article.count))
      break
    }
    return t
  }

  /// "Bundesministeriums des Innern" → "Bundesministerium des Innern": the issuer in the
  /// nominative, as the paper would name it on its own.
  static func nominative(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var s = withoutArticle(String(decoding: bytes[range], as: UTF8.self))
    let firstWord = s.prefix { $0 != " " }
    let rest = s.dropFirst(firstWord.count)
    if firstWord.hasSuffix("ministeriums") || firstWord.hasSuffix("amts") {
      s = String(firstWord.dropLast()) + rest
    } else if firstWord.hasSuffix("amtes") {
      s = String(firstWord.dropLast(2)) + rest
    } else if firstWord == "Auswärtigen" {
      s = "Auswärtiges Amt"
    }
    return s
  }
}
