import DocumentModel

/// The names of ministries (issuers of press releases), as byte patterns by first byte.
struct MinistryForms: Sendable {
  struct Form: Sendable {
    let bytes: [UInt8]
    let slug: String
    let body: String
  }
  let byFirstByte: [[Form]]

  init(profiles: ParliamentProfiles) {
    var forms: [Form] = []
    for m in profiles.ministries {
      let heads =
        m.body == "bt"
        ? ["Bundesministerium ", "Bundesministeriums "]
        : [
          "Ministerium ", "Ministeriums ",
        ]
      for a in m.acronyms { forms.append(Form(bytes: utf8(a), slug: m.slug, body: m.body)) }
      for p in m.portfolios ?? [] {
        for h in heads { forms.append(Form(bytes: utf8(h + p), slug: m.slug, body: m.body)) }
      }
      for w in m.words ?? [] { forms.append(Form(bytes: utf8(w), slug: m.slug, body: m.body)) }
    }
    var table = [[Form]](repeating: [], count: 256)
    for f in forms { table[Int(f.bytes[0])].append(f) }
    for i in table.indices { table[i].sort { $0.bytes.count > $1.bytes.count } }
    byFirstByte = table
  }
}

extension ExtractionRun {
  private static let genitive: [[UInt8]] = ["des ", "der "].map(utf8)
  private static let nr: [UInt8] = utf8("Nr.")
  private static let namedMitteilung: [[UInt8]] = [
    "der ", "des ", "vom ", "von ", "an ", "zur ", "über ", "gemäß ",
  ].map(utf8)
  private static let datePrepositions: [[UInt8]] = ["vom ", "am ", "von "].map(utf8)
  /// Words right before a release that make it "the one just mentioned".
  private static let anaphors: [[UInt8]] = [
    "derselben", "dieser", "diese", "genannten", "erwähnten", "zitierten", "besagten",
    "vorgenannten", "gleichen", "selben", "o. g.", "o.g.", "jener",
  ].map(utf8)
  /// A bare article points back only when the sentence names no date of its own.
  private static let weakAnaphors: [[UInt8]] = ["der", "die"].map(utf8)
  private static let quoteCues: [[UInt8]] = [
    "Überschrift", "Titel", "Satz", "Sätzen", "Worten", "wörtlich", "heißt es", "hieß es",
    "lautet", "lautete", "zitiert", "Zitat",
  ].map(utf8)
  private static let heisstEs: [[UInt8]] = ["heißt es", "hieß es"].map(utf8)

  /// A press release: `Pressemitteilung des MAIS vom 21. Dezember 2010`, `Am 23. August
  /// 2012 gab es eine weitere Pressemitteilung`, `in derselben Mitteilung` (the previous
  /// one). A release with no date in reach and none mentioned before is silent.
  mutating func pressRelease(start: Int, formEnd: Int, anaphorOnly: Bool) -> Int? {
    let sentenceStart = text.sentenceStart(before: start)
    let sentenceEnd = text.sentenceEnd(after: formEnd)
    var issuer: String?
    var date: DayDate?
    var end = formEnd
    var j = text.skipSpaces(formEnd, limit: 2)
    // "Mitteilung der Landesregierung", "Mitteilung vom …" name some other communication.
    if anaphorOnly, text.matchAny(Self.namedMitteilung, at: j) != nil { return nil }
    // "Pressemitteilung Nr. 123/2012 vom …": the release's own number says nothing here.
    if text.has(Self.nr, at: j), let d = text.digits(at: text.skipSpaces(j + 3, limit: 1)) {
      j = d.end
      if text[j] == 0x2F, let y = text.digits(at: j + 1, maxDigits: 4) { j = y.end }
      j = text.skipSpaces(j, limit: 2)
    }
    if let g = text.matchAny(Self.genitive, at: j),
      let (slug, e) = ministry(at: g) ?? government(at: g)
    {
      issuer = slug
      end = e
      j = text.skipSpaces(e, limit: 2)
    }
    if let p = text.matchAny(Self.datePrepositions, at: j), let (d, e) = text.date(at: p) {
      date = d
      end = e
      if issuer == nil, let g = text.matchAny(Self.genitive, at: text.skipSpaces(e, limit: 2)),
        let (slug, e2) = ministry(at: g)
      {
        issuer = slug
        end = e2
      }
    }
    if date == nil {
      let before = text.lastDate(in: sentenceStart..<start)
      // A bare article points back only to a release mentioned shortly before.
      let recent = lastPressEnd.map { start - $0 <= 3000 } ?? false
      let anaphoric =
        isAnaphoric(before: start, Self.anaphors)
        || (before == nil && recent && isAnaphoric(before: start, Self.weakAnaphors))
      if anaphoric, let last = lastPress {
        lastPressEnd = formEnd
        found.append(
          Found(
            kind: .pressRelease, target: pressKey(last.issuer, last.date),
            range: start..<formEnd,
            relation: quotes(after: formEnd, sentenceEnd: sentenceEnd) ? .quotes : .cites))
        return formEnd
      }
      if anaphorOnly { return nil }
      guard let before else { return nil }
      date = before
    }
    guard !anaphorOnly, let date else { return nil }
    let resolvedIssuer =
      issuer ?? lastMinistry(in: sentenceStart..<start)
      ?? firstMinistry(in: formEnd..<sentenceEnd) ?? lastPress?.issuer ?? "unknown"
    found.append(
      Found(
        kind: .pressRelease, target: pressKey(resolvedIssuer, date), range: start..<end,
        relation: quotes(after: end, sentenceEnd: sentenceEnd) ? .quotes : .cites))
    lastPress = (resolvedIssuer, date)
    lastPressEnd = end
    return end
  }

  private func pressKey(_ issuer: String, _ date: DayDate) -> DocumentKey {
    DocumentKey("press/\(issuer)/\(date.iso)")
  }

  private func isAnaphoric(before start: Int, _ words: [[UInt8]]) -> Bool {
    let b = text.skipSpacesBackward(start, limit: 3)
    for a in words where text.hasSuffix(a, endingAt: b) {
      if text.isWordStart(b - a.count) { return true }
    }
    return false
  }

  /// Whether the release's words follow: an opening quote after `:`, `,` or a cue such as
  /// "mit der Überschrift", or "heißt es" in this or at the start of the next sentence.
  private func quotes(after i: Int, sentenceEnd: Int) -> Bool {
    var k = i
    let stop = min(sentenceEnd, i + 200)
    while k < stop {
      let c = text[k]
      let isQuote =
        c == 0x22
        || (c == 0xE2 && text[k + 1] == 0x80 && (text[k + 2] == 0x9E || text[k + 2] == 0x9C))
        || (c == 0xC2 && text[k + 1] == 0xBB)
      if isQuote {
        let b = text.skipSpacesBackward(k, limit: 2)
        let p = text[b - 1]
        if p == 0x3A || p == 0x2C { return true }
        for cue in Self.quoteCues where text.hasSuffix(cue, endingAt: b) { return true }
        return false
      }
      if text.matchAny(Self.heisstEs, at: k) != nil { return true }
      k += 1
    }
    // "Weiter heißt es:" right after the sentence.
    let next = text.skipSpaces(sentenceEnd, limit: 2)
    for w in 0..<24 where text.matchAny(Self.heisstEs, at: next + w) != nil { return true }
    return false
  }

  private static let governments: [([UInt8], String)] = [
    ("Landesregierung", "landesregierung"), ("Bundesregierung", "bundesregierung"),
    ("Staatsregierung", "staatsregierung"), ("Senatskanzlei", "senatskanzlei"),
  ].map { (utf8($0.0), $0.1) }

  /// "Pressemitteilung der Landesregierung": the government as a whole issued it. Only
  /// right after the release, since "Landesregierung" stands in almost every sentence.
  private func government(at i: Int) -> (String, Int)? {
    for (words, slug) in Self.governments where text.has(words, at: i) {
      if text.isWordEnd(i + words.count) { return (slug, i + words.count) }
    }
    return nil
  }

  /// A ministry named at `i` (whole word), as its slug and the end of its name.
  func ministry(at i: Int) -> (String, Int)? {
    guard i < text.count else { return nil }
    for f in triggers.ministryForms.byFirstByte[Int(text[i])]
    where f.body == citingBody || f.body == "bt" {
      guard text.has(f.bytes, at: i) else { continue }
      let end = i + f.bytes.count
      if text.isWordEnd(end) { return (f.slug, end) }
    }
    return nil
  }

  private func lastMinistry(in range: Range<Int>) -> String? {
    var result: String?
    var i = range.lowerBound
    while i < range.upperBound {
      if text.isWordStart(i), let (slug, end) = ministry(at: i) {
        result = slug
        i = end
      } else {
        i += 1
      }
    }
    return result
  }

  private func firstMinistry(in range: Range<Int>) -> String? {
    var i = range.lowerBound
    while i < range.upperBound {
      // The issuer is named before the release's words, not inside them.
      let c = text[i]
      if c == 0x22 || (c == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0x9E) { return nil }
      if text.isWordStart(i), let (slug, _) = ministry(at: i) { return slug }
      i += 1
    }
    return nil
  }
}
