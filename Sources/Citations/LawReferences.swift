import DocumentModel

/// The law names and abbreviations of the profiles, as byte patterns.
struct LawForms: Sendable {
  struct Form: Sendable {
    let bytes: [UInt8]
    let law: Int
    /// A name may take a genitive ending (`Grundgesetzes`); an abbreviation may not.
    let isName: Bool
  }
  let forms: [Form]
  /// `forms` by their first byte, longest first.
  let byFirstByte: [[Form]]
  /// Every form with its genitive variants by last byte, for matching backwards from a
  /// parenthesis.
  let endingsByLastByte: [[(bytes: [UInt8], law: Int)]]
  let laws: [ParliamentProfiles.Law]

  init(profiles: ParliamentProfiles) {
    var forms: [Form] = []
    for (i, law) in profiles.laws.enumerated() {
      for a in law.abbreviations { forms.append(Form(bytes: utf8(a), law: i, isName: false)) }
      for n in law.names { forms.append(Form(bytes: utf8(n), law: i, isName: true)) }
    }
    forms.sort { $0.bytes.count > $1.bytes.count }
    self.forms = forms
    var table = [[Form]](repeating: [], count: 256)
    for f in forms { table[Int(f.bytes[0])].append(f) }
    byFirstByte = table
    var endings: [(bytes: [UInt8], law: Int)] = []
    for f in forms {
      endings.append((f.bytes, f.law))
      if f.isName {
        endings.append((f.bytes + utf8("es"), f.law))
        endings.append((f.bytes + utf8("s"), f.law))
      }
    }
    var byLast = [[(bytes: [UInt8], law: Int)]](repeating: [], count: 256)
    for e in endings { byLast[Int(e.bytes[e.bytes.count - 1])].append(e) }
    endingsByLastByte = byLast
    self.laws = profiles.laws
  }
}

/// One cited unit of a law: `§ 6 Abs. 1`, `§ 1 Nr. 7`, `Art. 3`.
private struct LawUnit {
  var section: String
  var absatz: String?
  var nummer: String?
  var range: Range<Int>
}

extension ExtractionRun {
  private static let absatz: [[UInt8]] = ["Abs.", "Absatz", "Abs", "Absätze"].map(utf8)
  private static let nummer: [[UInt8]] = ["Nr.", "Nrn.", "Nummer", "Nummern"].map(utf8)
  private static let ignoredNumbered: [[UInt8]] = [
    "Satz", "Sätze", "S.", "Ziff.", "Ziffer", "Halbsatz", "Hs.", "Alt.", "Alternative",
  ].map(utf8)
  private static let ignoredLettered: [[UInt8]] = ["Buchst.", "Buchstabe", "lit."].map(utf8)
  private static let continuations: [[UInt8]] = [
    " und ", ", ", " bis ", " sowie ", " oder ", " i. V. m. ", " i.V.m. ", " in Verbindung mit ",
  ].map(utf8)
  private static let articles: [[UInt8]] = ["des ", "der ", "dem ", "im ", "in der "].map(utf8)
  private static let lawSuffixes: [[UInt8]] = [" NRW", " NW"].map(utf8)

  /// `§ 88 Absatz 2 BHO`, `§§ 1 Nr. 7 und 6 Abs.1` after a named law, `Art. 3 GG`.
  /// A `§` that names no law is silent.
  mutating func law(start: Int, formEnd: Int, article: Bool) -> Int? {
    var j = formEnd
    var plural = false
    if !article, text.has(Pattern.paragraph, at: j) {
      j += 2
      plural = true
    }
    j = text.skipSpaces(j, limit: 3)
    guard let first = sectionNumber(at: j) else { return nil }
    var units = [LawUnit(section: first.value, range: start..<first.end)]
    j = first.end
    // What the last number qualified, for "Abs. 1 und 2".
    var lastQualifier = 0
    var steps = 0
    while steps < 40 {
      steps += 1
      let s = text.skipSpaces(j, limit: 2)
      if let e = text.matchAny(Self.absatz, at: s),
        let n = sectionNumber(at: text.skipSpaces(e, limit: 2))
      {
        units[units.count - 1].absatz = n.value
        units[units.count - 1].range = units[units.count - 1].range.lowerBound..<n.end
        lastQualifier = 1
        j = n.end
        continue
      }
      if let e = text.matchAny(Self.nummer, at: s),
        let n = sectionNumber(at: text.skipSpaces(e, limit: 2))
      {
        units[units.count - 1].nummer = n.value
        units[units.count - 1].range = units[units.count - 1].range.lowerBound..<n.end
        lastQualifier = 2
        j = n.end
        continue
      }
      if let e = text.matchAny(Self.ignoredNumbered, at: s),
        let n = text.digits(at: text.skipSpaces(e, limit: 2), maxDigits: 3)
      {
        j = n.end
        lastQualifier = 3
        continue
      }
      if let e = text.matchAny(Self.ignoredLettered, at: s) {
        let l = text.skipSpaces(e, limit: 2)
        guard ByteText.isLower(text[l]), !text.letterStarts(at: l + 1) else { break }
        j = text[l + 1] == 0x29 ? l + 2 : l + 1
        continue
      }
      if text.has(Pattern.ff, at: s) || text.has(Pattern.f, at: s) {
        j = s + (text[s + 1] == 0x66 ? 3 : 2)
        continue
      }
      // Another unit: "und 6 Abs. 1", ", § 7", "i. V. m. § 3".
      guard let sep = text.matchAny(Self.continuations, at: j) else { break }
      var k = sep
      var explicit = false
      if text.has(Pattern.paragraphs, at: k) {
        k += 4
        explicit = true
      } else if text.has(Pattern.paragraph, at: k) {
        k += 2
        explicit = true
      } else if article, let e = text.matchAny(Pattern.articleWords, at: k) {
        k = e
        explicit = true
      }
      k = text.skipSpaces(k, limit: 2)
      guard let n = sectionNumber(at: k) else { break }
      let last = units[units.count - 1]
      if explicit || plural || lastQualifier == 0 || lastQualifier == 3 {
        units.append(LawUnit(section: n.value, range: k..<n.end))
        lastQualifier = 0
      } else if lastQualifier == 1 {
        units.append(LawUnit(section: last.section, absatz: n.value, range: k..<n.end))
      } else {
        units.append(
          LawUnit(section: last.section, absatz: last.absatz, nummer: n.value, range: k..<n.end))
      }
      j = n.end
    }

    // The law: after the units ("BHO", "des Teilhabe- und Integrationsgesetzes"), or named
    // right before a parenthesis that holds them ("Integrationsgesetz (vgl. §§ 1 …)").
    var lawEnd = j
    var named: (body: String, slug: String)?
    var a = text.skipSpaces(j, limit: 2)
    if let e = text.matchAny(Self.articles, at: a) { a = e }
    if let (law, e) = lawForm(at: a) {
      named = law
      lawEnd = e
    } else if let (law, e) = unknownLawAbbreviation(at: text.skipSpaces(j, limit: 2)) {
      named = law
      lawEnd = e
    } else if let law = lawNamedBefore(start) {
      named = law
    }
    guard let named else { return j }
    for (index, unit) in units.enumerated() {
      var key = "law/\(named.body)/\(named.slug)/\(article ? "art" : "§")\(unit.section)"
      if let abs = unit.absatz { key += "/abs\(abs)" }
      if let nr = unit.nummer { key += "/nr\(nr)" }
      let end = index == units.count - 1 ? lawEnd : unit.range.upperBound
      found.append(
        Found(
          kind: .law, target: DocumentKey(key), range: unit.range.lowerBound..<end,
          relation: .mentionsLaw))
    }
    return lawEnd
  }

  /// `88`, `13c`, `6a` at `i`.
  private func sectionNumber(at i: Int) -> (value: String, end: Int)? {
    guard let d = text.digits(at: i, maxDigits: 4) else { return nil }
    var end = d.end
    if ByteText.isLower(text[end]), !text.letterStarts(at: end + 1) { end += 1 }
    guard !text.letterStarts(at: end) else { return nil }
    return (text.string(i..<end), end)
  }

  /// A law of the profiles named at `i`, with the end of its name.
  private func lawForm(at i: Int) -> ((body: String, slug: String), Int)? {
    let forms = triggers.lawForms
    guard i < text.count else { return nil }
    for f in forms.byFirstByte[Int(text[i])] where text.has(f.bytes, at: i) {
      var end = i + f.bytes.count
      if f.isName {
        if text.has(Pattern.es, at: end), text.isWordEnd(end + 2) {
          end += 2
        } else if text[end] == 0x73, text.isWordEnd(end + 1) {
          end += 1
        }
      }
      guard text.isWordEnd(end) || !ByteText.isASCIILetter(f.bytes[f.bytes.count - 1]) else {
        continue
      }
      if let e = text.matchAny(Self.lawSuffixes, at: end), text.isWordEnd(e) { end = e }
      return (lawKeyParts(forms.laws[f.law]), end)
    }
    return nil
  }

  private func lawKeyParts(_ law: ParliamentProfiles.Law) -> (body: String, slug: String) {
    guard law.body == "@citing" else { return (law.body, law.slug) }
    let body = citingBody ?? "unknown"
    return (body, law.slugByBody?[body] ?? law.slug)
  }

  /// A law named just before `(vgl. §…`.
  private func lawNamedBefore(_ start: Int) -> (body: String, slug: String)? {
    var b = text.skipSpacesBackward(start, limit: 3)
    for cue in Pattern.lawCues
    where text.hasSuffix(cue, endingAt: b) && text.isWordStart(b - cue.count) {
      b = text.skipSpacesBackward(b - cue.count, limit: 3)
      break
    }
    guard text[b - 1] == 0x28 else { return nil }
    b = text.skipSpacesBackward(b - 1, limit: 3)
    for (v, law) in triggers.lawForms.endingsByLastByte[Int(text[b - 1])]
    where text.hasSuffix(v, endingAt: b) && text.isWordStart(b - v.count) {
      return lawKeyParts(triggers.lawForms.laws[law])
    }
    return nil
  }

  /// An abbreviation the profiles do not know but that reads like a law (`VwVG`,
  /// `SGB XIV`): two or more capitals, not a party or place. Keyed under body `unknown`.
  private func unknownLawAbbreviation(at i: Int) -> ((body: String, slug: String), Int)? {
    guard text.upperStarts(at: i), text.isWordStart(i) else { return nil }
    var j = i
    var capitals = 0
    while j - i < 16 {
      if text.upperStarts(at: j) {
        capitals += 1
        j += text[j] >= 0x80 ? 2 : 1
      } else if text.letterStarts(at: j) {
        j += text[j] >= 0x80 ? 2 : 1
      } else if (text[j] == 0x2F || text[j] == 0x2D) && text.upperStarts(at: j + 1) {
        j += 1
      } else {
        break
      }
    }
    guard capitals >= 2, j - i >= 2, text.isWordEnd(j) else { return nil }
    let word = text.string(i..<j)
    guard !profiles.notLaws.contains(word),
      !profiles.ministries.contains(where: { $0.acronyms.contains(word) })
    else { return nil }
    return (("unknown", slug(word)), j)
  }
}

/// A key-safe slug: lower case, umlauts spelled out, `/` and spaces as `-`.
func slug(_ s: String) -> String {
  var out = ""
  for ch in s.lowercased() {
    switch ch {
    case "ä": out += "ae"
    case "ö": out += "oe"
    case "ü": out += "ue"
    case "ß": out += "ss"
    case "/", " ", "-", ".": if !out.hasSuffix("-") { out += "-" }
    default: if ch.isLetter || ch.isNumber { out.append(ch) }
    }
  }
  return out
}
