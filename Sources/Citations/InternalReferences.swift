import DocumentModel

extension ExtractionRun {
  private static let unterPrefixes: [[UInt8]] = [
    "Frage ", "Nr. ", "Nummer ", "Ziffer ", "Ziff. ", "Punkt ",
  ].map(utf8)
  private static let participles: [[UInt8]] = [
    "genannt", "erwähnt", "beschrieben", "dargestellt", "aufgeführt", "benannt", "dargelegt",
    "ausgeführt", "angesprochen", "angeführt", "erläutert", "geschildert",
  ].map(utf8)
  private static let answerLinks: [[UInt8]] = [
    "zu Frage ", "zu Fragen ", "auf Frage ", "auf die Frage ", "zu den Fragen ", "auf die Fragen ",
    "der Frage ", "der Fragen ", "zur Frage ", "unter Frage ",
  ].map(utf8)
  private static let numberJoins: [[UInt8]] = [", ", " und ", " sowie ", " bis "].map(utf8)
  /// What follows a question number when it is another paper's question.
  private static let external: [[UInt8]] = [
    "der Kleinen Anfrage", "der Großen Anfrage", "der Anfrage", "in der Drucksache",
    "in Drucksache", "in Drs", "(Drucksache", "(Drs", "(LT-Drs", "(BT-Drs", "der Drucksache",
    "der Drs", "aus der Drucksache", "in der Antwort", "der Landesregierung auf",
    "der Bundesregierung auf", "im Plenarprotokoll", "(Vorlage",
  ].map(utf8)
  private static let vorbemerkungCues: [[UInt8]] = [
    "auf die", "Auf die", "siehe", "Siehe", "vgl.", "Vgl.", "in der", "In der", "aus der",
  ].map(utf8)
  private static let vorbemerkungActors: [([UInt8], String)] = [
    ("der Landesregierung", "landesregierung"), ("der Bundesregierung", "bundesregierung"),
    ("der Staatsregierung", "staatsregierung"), ("des Senats", "senat"),
    ("des Senates", "senat"), ("der Fragestellerinnen", "fragesteller"),
    ("der Fragestellerin", "fragesteller"), ("der Fragesteller", "fragesteller"),
    ("des Fragestellers", "fragesteller"), ("der Kleinen Anfrage", "fragesteller"),
    ("der Großen Anfrage", "fragesteller"),
  ].map { (utf8($0.0), $0.1) }

  private func internalKey(_ fragment: String) -> DocumentKey {
    DocumentKey(citingKey + "#" + fragment)
  }

  /// Whether question `n` can be meant: the paper has such a question, or no known structure.
  private func hasQuestion(_ n: Int) -> Bool {
    let numbered = document.sections.filter { $0.kind == .question || $0.kind == .answer }
    guard !numbered.isEmpty else { return n >= 1 && n <= 99 }
    return numbered.contains { $0.numbers.contains(n) }
  }

  /// "unter 3. genannten Pilotprojekt" → question 3 of this paper. Ranges ("unter 1. bis
  /// 9. benannten") and numbers without a participle are silent.
  mutating func internalUnter(start: Int, formEnd: Int) -> Int? {
    var j = text.skipSpaces(formEnd, limit: 2)
    guard j > formEnd else { return nil }
    if let e = text.matchAny(Self.unterPrefixes, at: j) { j = e }
    guard let d = text.digits(at: j, maxDigits: 2) else { return nil }
    var k = d.end
    if text[k] == 0x2E { k += 1 }
    let p = text.skipSpaces(k, limit: 2)
    guard p > k, text.matchAny(Self.participles, at: p) != nil, hasQuestion(d.value) else {
      return nil
    }
    var end = p
    while end - p < 24 && text.letterStarts(at: end) { end += text[end] >= 0x80 ? 2 : 1 }
    found.append(
      Found(
        kind: .internal, target: internalKey("frage-\(d.value)"), range: start..<end,
        relation: .refersTo))
    return end
  }

  /// "Auf die Antwort zu Frage 2 wird verwiesen", "siehe Antworten zu den Fragen 1 und 3",
  /// "Ausführungen zu Frage 4" → the answers of this paper. A heading ("Antwort zu Frage 2:"
  /// at a line start) and another paper's question are silent.
  mutating func internalAnswer(start: Int, formEnd: Int) -> Int? {
    // Only an answer has answers of its own; elsewhere "Antwort zu Frage 2" is another
    // paper's, and without its number it names nothing.
    guard document.kind == .antwort || document.kind == .unknown, !text.startsLine(start)
    else { return nil }
    let j = text.skipSpaces(formEnd, limit: 2)
    guard let linkEnd = text.matchAny(Self.answerLinks, at: j) else { return nil }
    var numbers: [(Int, Range<Int>)] = []
    var k = linkEnd
    while numbers.count < 30, let d = text.digits(at: k, maxDigits: 2) {
      guard !text.letterStarts(at: d.end) else { break }
      let isRange = numbers.last != nil && text.has(Pattern.bis, at: k - 5)
      if isRange, let prev = numbers.last?.0, d.value > prev + 1, d.value - prev <= 20 {
        for n in (prev + 1)..<d.value { numbers.append((n, k..<d.end)) }
      }
      numbers.append((d.value, k..<d.end))
      var e = d.end
      if text[e] == 0x2E && text[e + 1] != 0x20 { e += 1 }
      guard let join = text.matchAny(Self.numberJoins, at: e),
        ByteText.isDigit(text[join])
      else { break }
      k = join
    }
    guard let last = numbers.last else { return nil }
    let after = text.skipSpaces(last.1.upperBound, limit: 2)
    if text.matchAny(Self.external, at: after) != nil { return nil }
    for (index, (n, range)) in numbers.enumerated() where hasQuestion(n) {
      found.append(
        Found(
          kind: .internal, target: internalKey("antwort-\(n)"),
          range: (index == 0 ? start : range.lowerBound)..<range.upperBound,
          relation: .refersTo))
    }
    return last.1.upperBound
  }

  /// "Auf die Vorbemerkung der Bundesregierung wird verwiesen" → that preamble of this
  /// paper. The heading itself, at a line start, is silent.
  mutating func internalVorbemerkung(start: Int, formEnd: Int) -> Int? {
    let kinds: [DocumentKind] = [.antwort, .unknown, .kleineAnfrage, .grosseAnfrage]
    guard kinds.contains(document.kind), !text.startsLine(start) else { return nil }
    let b = text.skipSpacesBackward(start, limit: 3)
    guard
      Self.vorbemerkungCues.contains(where: {
        text.hasSuffix($0, endingAt: b) && text.isWordStart(b - $0.count)
      })
    else { return nil }
    let j = text.skipSpaces(formEnd, limit: 2)
    var fragment: String?
    var end = formEnd
    for (words, name) in Self.vorbemerkungActors where text.has(words, at: j) {
      guard text.isWordEnd(j + words.count) else { continue }
      // "Vorbemerkung der Kleinen Anfrage 421" is another paper's.
      let after = text.skipSpaces(j + words.count, limit: 1)
      if ByteText.isDigit(text[after]) { return nil }
      fragment = "vorbemerkung-\(name)"
      end = j + words.count
      break
    }
    if fragment == nil {
      // A bare "auf die Vorbemerkung" in an answer means the government's own.
      guard text.isWordEnd(formEnd), !text.letterStarts(at: j) || text.lowerStarts(at: j),
        let government = profiles.parliament(citingBody)?.government
      else { return nil }
      fragment = "vorbemerkung-\(government)"
    }
    guard let fragment else { return nil }
    found.append(
      Found(kind: .internal, target: internalKey(fragment), range: start..<end, relation: .refersTo)
    )
    return end
  }
}
