import DocumentModel

/// What a paragraph's first words say about its role in the paper's structure.
enum ParagraphMark: Equatable, Sendable {
  case none
  /// A Vorbemerkung heading; `kind` nil for a bare "Vorbemerkung". `headingLength` is the
  /// byte length of the heading within the paragraph.
  case preamble(Section.Kind?, headingLength: Int)
  /// A numbered question ("3. Wie viele …?", "Frage 3:"). `questionLike` when it reads as
  /// a question (an interrogative first word or a question mark); `headingOnly` when the
  /// paragraph is nothing but "Frage 3:".
  case question(Int, questionLike: Bool, headingOnly: Bool)
  /// An answer heading: "Zu Frage 2:", "Zu den Fragen 1 und 3:", "Antwort zu Frage 4",
  /// "Antwort:" (no numbers).
  case answer([Int], headingLength: Int)
  /// "Die Fragen 1 und 2 werden … gemeinsam beantwortet."
  case jointAnswer([Int])
}

/// Classifies paragraphs by their first bytes. Each paragraph is looked at once, on a
/// folded copy of at most its first 200 bytes (plus one scan for `?`), so classifying a
/// paper is linear in its length.
enum ParagraphMarks {
  static func classify(_ text: TextBytes, _ p: Paragraph) -> ParagraphMark {
    guard p.start < p.end, p.start < text.bytes.count else { return .none }
    // Cheap gate on the raw first bytes: every mark starts with a digit, "vo"/"v ",
    // "zu", "ant", "frage" or "die fragen"; most paragraphs are turned away here.
    func lower(_ k: Int) -> UInt8 {
      p.start + k < p.end ? text.bytes[p.start + k] | 0x20 : 0
    }
    switch lower(0) {
    case 0x30...0x39: break
    case 0x76: guard lower(1) == 0x6F || lower(1) == 0x20 else { return .none }
    case 0x7A: guard lower(1) == 0x75 else { return .none }
    case 0x61: guard lower(1) == 0x6E && lower(2) == 0x74 else { return .none }
    case 0x66: guard lower(1) == 0x72 && lower(2) == 0x61 else { return .none }
    case 0x64: guard lower(1) == 0x69 && lower(2) == 0x65 && lower(4) == 0x66 else { return .none }
    default: return .none
    }
    var folded = text.folded(p)
    // Letter-spaced headings that normalisation left open: "V o r b e m e r k u n g".
    if text.length(p) < 160 { folded = Match.closeUpLetterSpacing(folded) }
    if let mark = preamble(folded, length: text.length(p)) { return mark }
    if let mark = numberedQuestion(folded, text, p) { return mark }
    if let mark = answerHeading(folded, length: text.length(p)) { return mark }
    if let numbers = jointAnswer(folded) { return .jointAnswer(numbers) }
    return .none
  }

  // MARK: Vorbemerkungen

  private static let questionPreambles = [
    "vorbemerkung der kleinen anfrage", "vorbemerkung der großen anfrage",
    "vorbemerkung der grossen anfrage", "vorbemerkung der fragesteller",
    "vorbemerkung des fragestellers", "vorbemerkung der fragestellenden",
    "vorbemerkung der anfrage", "vorbemerkung des abgeordneten", "vorbemerkung der abgeordneten",
    "vorbemerkung der antragsteller",
  ]
  private static let governmentPreambles = [
    "vorbemerkung der landesregierung", "vorbemerkung der bundesregierung",
    "vorbemerkung der staatsregierung", "vorbemerkung des senats", "vorbemerkung der regierung",
    "vorbemerkung des ministeriums", "vorbemerkung der senatsverwaltung",
  ]

  private static func preamble(_ f: [UInt8], length: Int) -> ParagraphMark? {
    guard Match.hasPrefix(f, "vorbemerkung") else { return nil }
    for phrase in questionPreambles where Match.hasPrefix(f, phrase) {
      return .preamble(.questionPreamble, headingLength: headingEnd(f, after: phrase, length))
    }
    for phrase in governmentPreambles where Match.hasPrefix(f, phrase) {
      return .preamble(.governmentPreamble, headingLength: headingEnd(f, after: phrase, length))
    }
    // A bare "Vorbemerkung" only as a heading of its own or before a colon.
    let bare = "vorbemerkung".utf8.count
    let next = Match.skipSpaces(f, bare)
    if f.count == bare || (next < f.count && f[next] == 0x3A) || (length < 40 && next >= f.count) {
      return .preamble(nil, headingLength: min(length, next < f.count ? next + 1 : bare))
    }
    return nil
  }

  /// The heading runs to the end of the phrase's last word ("Fragesteller|in"), and takes
  /// a colon after it.
  private static func headingEnd(_ f: [UInt8], after phrase: String, _ length: Int) -> Int {
    // A short line is all heading: "Vorbemerkung der Fragestellerinnen und Fragesteller".
    if length < 90 && f.count == length && f.last != 0x2E { return length }
    var i = phrase.utf8.count
    while i < f.count && Match.isWordByte(f[i]) { i += 1 }
    let j = Match.skipSpaces(f, i)
    if j < f.count && f[j] == 0x3A { i = j + 1 }
    return min(i, length)
  }

  // MARK: Questions

  private static let notQuestionWords: Set<String> = Set(
    ParliamentKnowledge.months.map(\.name) + [
      "wahlperiode", "sitzung", "lesung", "quartal", "halbjahr", "klasse", "jahrestag",
      "änderung", "nachtrag", "ergänzung",
    ])

  static let interrogatives: Set<String> = [
    "wie", "was", "welche", "welcher", "welches", "welchen", "welchem", "wann", "wo", "woher",
    "wohin", "warum", "wieso", "weshalb", "weswegen", "wer", "wen", "wem", "wessen", "wodurch",
    "wofür", "womit", "worin", "woran", "worauf", "wozu", "wovon", "inwiefern", "inwieweit",
    "ist", "sind", "hat", "haben", "gibt", "gab", "plant", "planen", "wird", "werden", "wurde",
    "wurden", "kann", "können", "konnte", "konnten", "trifft", "teilt", "teilen", "bitte",
    "beabsichtigt", "liegen", "liegt", "lagen", "lag", "stimmt", "sieht", "hält", "existiert",
    "existieren", "gedenkt", "besteht", "bestehen", "war", "waren", "hatte", "hatten", "soll",
    "sollen", "sollte", "sollten", "muss", "müssen", "darf", "dürfen", "erwägt", "unterstützt",
    "befürwortet", "teilt", "sieht", "verfügt", "verfügen", "gelten", "gilt", "handelt",
  ]
  private static let prepositions: Set<String> = [
    "in", "auf", "aus", "seit", "bis", "mit", "nach", "für", "an", "um", "über", "unter", "von",
    "zu", "bei", "durch", "gegen", "ab", "im", "vor",
  ]

  private static func numberedQuestion(_ f: [UInt8], _ text: TextBytes, _ p: Paragraph)
    -> ParagraphMark?
  {
    var n = 0
    var rest = 0
    var headingOnly = false
    if let (value, end) = Match.integer(f, at: 0, maxDigits: 3), end < f.count,
      f[end] == 0x2E || f[end] == 0x29
    {
      // "3. Wie …" or "3) Wie …": a space must follow, then no digit ("1.1", "1. 000").
      let after = end + 1
      guard after < f.count, Match.isSpace(f[after]) else { return nil }
      rest = Match.skipSpaces(f, after)
      guard rest < f.count, !Match.isDigit(f[rest]) else { return nil }
      n = value
    } else if Match.hasPrefix(f, "frage ") {
      var i = Match.skipSpaces(f, 6)
      if Match.has(f, "nr.", at: i) { i = Match.skipSpaces(f, i + 3) }
      guard let (value, end) = Match.integer(f, at: i, maxDigits: 3) else { return nil }
      var j = Match.skipSpaces(f, end)
      if j < f.count && (f[j] == 0x3A || f[j] == 0x2E || f[j] == 0x29) {
        j += 1
      } else if j < f.count {
        return nil
      }
      rest = Match.skipSpaces(f, j)
      headingOnly = rest >= f.count && text.length(p) <= f.count
      n = value
    } else {
      return nil
    }
    guard n >= 1 else { return nil }
    let word = firstWord(f, from: rest)
    if notQuestionWords.contains(word) { return nil }
    var questionLike = headingOnly || interrogatives.contains(word)
    if !questionLike && prepositions.contains(word) {
      let second = firstWord(f, from: rest + word.utf8.count)
      questionLike = second.hasPrefix("w") || second == "inwieweit"
    }
    if !questionLike { questionLike = text.contains(p, 0x3F) }
    return .question(n, questionLike: questionLike, headingOnly: headingOnly)
  }

  /// The folded word at `from` (after spaces), as a string.
  static func firstWord(_ f: [UInt8], from: Int) -> String {
    let s = Match.skipSpaces(f, from)
    var e = s
    while e < f.count && Match.isWordByte(f[e]) { e += 1 }
    return String(decoding: f[min(s, f.count)..<e], as: UTF8.self)
  }

  // MARK: Answers

  private static let answerPrefixes = [
    "antwort zu den fragen ", "antwort zu fragen ", "antwort zu frage ", "antwort zur frage ",
    "antwort auf die fragen ", "antwort auf die frage ", "antwort auf frage ",
    "zu den fragen ", "zu der frage ", "zur frage ", "zu fragen ", "zu frage ", "zu nr. ",
    "zu ",
  ]
  private static let answerLabels = [
    "antwort der landesregierung", "antwort der bundesregierung", "antwort der staatsregierung",
    "antwort des senats", "antwort",
  ]

  private static func answerHeading(_ f: [UInt8], length: Int) -> ParagraphMark? {
    for prefix in answerPrefixes where Match.hasPrefix(f, prefix) {
      var i = Match.skipSpaces(f, prefix.utf8.count)
      if prefix == "zu " && Match.has(f, "nr.", at: i) {
        i = Match.skipSpaces(f, i + 3)
      }
      guard let (numbers, end) = NumberList.parse(f, at: i), !numbers.isEmpty else {
        return nil
      }
      let j = Match.skipSpaces(f, end)
      if j >= f.count {
        // The whole paragraph is the heading ("Zu Frage 2"), unless it runs on.
        return length <= f.count ? .answer(numbers, headingLength: length) : nil
      }
      if f[j] == 0x3A || f[j] == 0x29 { return .answer(numbers, headingLength: j + 1) }
      if f[j] == 0x2E {
        // "Zu 1.:" or "Zu 1." followed by the answer.
        let k = Match.skipSpaces(f, j + 1)
        if k < f.count && f[k] == 0x3A { return .answer(numbers, headingLength: k + 1) }
        return .answer(numbers, headingLength: j + 1)
      }
      // "Zu Frage 2 Der Landesregierung …": only the "Frage" forms may run on without a
      // colon; "Zu 3 Prozent" is text.
      if prefix != "zu " && prefix != "zu nr. " && f[j] >= 0x41 && f[j] <= 0x5A {
        return .answer(numbers, headingLength: end)
      }
      return nil
    }
    for label in answerLabels where Match.hasPrefix(f, label) {
      let end = label.utf8.count
      let j = Match.skipSpaces(f, end)
      if j >= f.count && length <= f.count { return .answer([], headingLength: length) }
      if j < f.count && f[j] == 0x3A { return .answer([], headingLength: j + 1) }
      return nil
    }
    return nil
  }

  private static func jointAnswer(_ f: [UInt8]) -> [Int]? {
    var i: Int
    if Match.hasPrefix(f, "die fragen ") {
      i = 11
    } else if Match.hasPrefix(f, "fragen ") {
      i = 7
    } else {
      return nil
    }
    i = Match.skipSpaces(f, i)
    guard let (numbers, end) = NumberList.parse(f, at: i), numbers.count >= 2 else {
      return nil
    }
    let j = Match.skipSpaces(f, end)
    guard Match.has(f, "werde", at: j) else { return nil }
    guard
      Match.find(f, "beantwortet", from: j) != nil
        || Match.find(f, "beantworten", from: j)
          != nil
    else { return nil }
    guard
      Match.find(f, "gemeinsam", from: j) != nil || Match.find(f, "zusammen", from: j) != nil
    else { return nil }
    return numbers
  }
}

/// Lists of question numbers: "1 und 2", "6, 7, 8 und 10", "1 bis 3", "4 – 6", "1. und 2.".
enum NumberList {
  static func parse(_ f: [UInt8], at start: Int) -> ([Int], Int)? {
    var numbers: [Int] = []
    var i = start
    var rangeFrom: Int?
    while true {
      i = Match.skipSpaces(f, i)
      guard let (value, end) = Match.integer(f, at: i, maxDigits: 3) else { break }
      // "17/13" is a Drucksache number, not a question.
      if end < f.count && f[end] == 0x2F { break }
      if let from = rangeFrom, value > from, value - from <= 100 {
        numbers.append(contentsOf: (from + 1)...value)
      } else {
        numbers.append(value)
      }
      rangeFrom = nil
      i = end
      if i < f.count && f[i] == 0x2E && !(i + 1 < f.count && Match.isDigit(f[i + 1])) {
        i += 1
      }
      let beforeSeparator = i
      i = Match.skipSpaces(f, i)
      if i < f.count && f[i] == 0x2C {
        i += 1
      } else if Match.has(f, "und ", at: i) {
        i += 4
      } else if Match.has(f, "sowie ", at: i) {
        i += 6
      } else if Match.has(f, "bis ", at: i) {
        i += 4
        rangeFrom = value
      } else if Match.has(f, [0xE2, 0x80, 0x93], at: i) {
        i += 3
        rangeFrom = value
      } else if i < f.count && f[i] == 0x2D {
        i += 1
        rangeFrom = value
      } else {
        i = beforeSeparator
        break
      }
      // A separator not followed by a number ends the list before the separator.
      let k = Match.skipSpaces(f, i)
      if k >= f.count || !Match.isDigit(f[k]) {
        i = beforeSeparator
        rangeFrom = nil
        break
      }
    }
    return numbers.isEmpty ? nil : (numbers, i)
  }
}
