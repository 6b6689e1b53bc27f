import DocumentModel

/// A paper number as printed: `16/850`, `17/13 032`, bare `14021`, Bundesrat `123/19`.
struct PaperNumber {
  var first: Int
  /// The part after the slash, if any.
  var second: Int?
  var start: Int
  var end: Int
}

extension ExtractionRun {
  private static let numberPrefixes: [[UInt8]] = ["Nr.", "Nr", "Nrn.", "Nummer", "No."].map(utf8)
  private static let listSeparators: [[UInt8]] = [
    ", ", " und ", " sowie ", " oder ", " bzw. ", "; ", " u. ", " bis ", " – ",
  ].map(utf8)
  private static let neudruck: [UInt8] = utf8("Neudruck")
  private static let pagePrefixes: [[UInt8]] = ["S.", "Seite", "Seiten", "Bl."].map(utf8)
  private static let vom: [UInt8] = utf8("vom ")
  private static let bundestagSuffixes: [[UInt8]] = [
    " des Deutschen Bundestages", " des Deutschen Bundestags", " des Bundestages",
    " des Bundestags",
  ].map(utf8)
  private static let bundesratSuffixes: [[UInt8]] = [" des Bundesrates", " des Bundesrats"].map(
    utf8)

  /// A paper reference after a trigger such as `Drucksache`, `KA`, `Vorlage`. Returns the
  /// end of what it consumed, or nil when no number follows.
  mutating func paper(
    _ trigger: ParliamentProfiles.PaperTrigger, start: Int, formEnd: Int
  ) -> Int? {
    let j = skipNumberPrefix(formEnd)
    guard let first = paperNumber(at: j, allowBare: trigger.allowBare) else { return nil }
    var body = trigger.body ?? citingBody
    let isQuestion = trigger.series == "ka" || trigger.series == "ga"

    // "Kleinen Anfrage 1447 (LT-Drs. 16/3602)": one reference to the Drucksache, the
    // question's own number kept as its alias.
    if isQuestion, let merged = questionWithDrucksache(trigger, start: start, number: first) {
      return merged
    }

    var items: [PaperNumber] = [first]
    var end = first.end
    // Lists and ranges: "Drucksachen 16/7748 und 16/7912", "6/1686, 6/2198 und 6/2691".
    var k = end
    var pins: [Int: (String, Int)] = [:]
    if let pin = pinCite(at: k) {
      pins[0] = pin
      k = pin.1
    }
    while true {
      guard let sep = text.matchAny(Self.listSeparators, at: k) else { break }
      let isRange = text.has(Pattern.bis, at: k) || text.has(Pattern.spacedDash, at: k)
      guard let next = paperNumber(at: sep, allowBare: first.second == nil),
        (next.second == nil) == (first.second == nil)
      else { break }
      if isRange, let prev = items.last, prev.first == next.first, let a = prev.second,
        let b = next.second, b - a > 1, b - a <= 20
      {
        for n in (a + 1)..<b {
          items.append(PaperNumber(first: prev.first, second: n, start: next.start, end: next.end))
        }
      }
      items.append(next)
      end = next.end
      k = end
      if let pin = pinCite(at: k) {
        pins[items.count - 1] = pin
        k = pin.1
      }
    }
    end = max(end, k)

    // "Drucksache 19/4711 des Deutschen Bundestages".
    if trigger.body == nil {
      if let e = text.matchAny(Self.bundestagSuffixes, at: end) {
        body = "bt"
        end = e
      } else if let e = text.matchAny(Self.bundesratSuffixes, at: end) {
        body = "br"
        end = e
      }
    }
    guard let body else {
      unplaced.append(start..<end)
      return end
    }

    for (index, item) in items.enumerated() {
      var itemEnd = index == items.count - 1 ? end : item.end
      if let pin = pins[index] { itemEnd = max(itemEnd, pin.1) }
      let itemStart = index == 0 ? start : item.start
      // Neudruck: the graph's node is the paper, so the target stays unversioned; the
      // surface text keeps the "(Neudruck)".
      if let n = neudruckEnd(at: itemEnd) { itemEnd = n }
      if index == items.count - 1 { end = max(end, itemEnd) }
      guard let key = paperKey(body: body, series: trigger.series, number: item) else { continue }
      var relation = Relation.cites
      var aliases: [DocumentKey] = []
      if ownNumbers.contains(key) {
        // Saarland prints an answer as "Drucksache 15/1284 (15/1217)": own number, then
        // the question's.
        if document.kind == .antwort, !emittedHeaderAnswer, items.count == 1,
          let q = parenthesizedNumber(at: itemEnd),
          let qKey = paperKey(body: body, series: "drs", number: q), !ownNumbers.contains(qKey)
        {
          emittedHeaderAnswer = true
          found.append(
            Found(kind: .drucksache, target: qKey, range: q.start..<q.end, relation: .answers))
          end = max(end, q.end + 1)
        }
        // The paper's own number (a header or a self-mention) is not a reference, except
        // that a Neudruck names the print it replaces.
        // (A Bundestag "Vorabfassung" is the one replaced, so it supersedes nothing.)
        guard document.version?.contains("neudruck") == true, !emittedSupersedes else {
          continue
        }
        emittedSupersedes = true
        relation = .supersedes
      } else if let answered, answered.contains(key) {
        relation = .answers
        aliases = answered.filter { $0 != key }
      }
      let kind = ReferenceKind(rawValue: trigger.kind) ?? .drucksache
      found.append(
        Found(
          kind: kind, target: key, aliases: aliases, range: itemStart..<itemEnd,
          relation: relation, pinCite: pins[index]?.0))
    }
    return end
  }

  /// `(15/1217)` right after a number.
  private func parenthesizedNumber(at i: Int) -> PaperNumber? {
    let j = text.skipSpaces(i, limit: 2)
    guard text[j] == 0x28, let n = paperNumber(at: j + 1, allowBare: false), text[n.end] == 0x29
    else { return nil }
    return n
  }

  /// `Nr.`, `:`, `-` and spaces between a trigger and its number.
  private func skipNumberPrefix(_ i: Int) -> Int {
    var j = i
    for _ in 0..<4 {
      j = text.skipSpaces(j, limit: 3)
      let c = text[j]
      if c == 0x2E || c == 0x3A || c == 0x2D {
        j += 1
      } else if let e = text.matchWord(Self.numberPrefixes, at: j)
        ?? text.matchAny(
          Pattern.nr, at: j)
      {
        j = e
      } else {
        break
      }
    }
    return j
  }

  /// A paper number at `i`: `16/850`, `16/ 8774`, `17/13 032`, or (if allowed) bare `14021`.
  func paperNumber(at i: Int, allowBare: Bool) -> PaperNumber? {
    guard text.isWordStart(i), let a = text.digits(at: i, maxDigits: 6) else { return nil }
    let k = a.end
    if text[k] == 0x2F {
      let m = text.skipSpaces(k + 1, limit: 1)
      guard a.count <= 3, let b = text.digits(at: m, maxDigits: 6) else { return nil }
      var number = b.value
      var end = b.end
      // "17/13 032": a thousands group split off by a space.
      if b.count <= 2, text[end] == 0x20, let c = text.digits(at: end + 1, maxDigits: 3),
        c.count == 3, text[c.end] != 0x2F,
        !((text[c.end] == 0x2E || text[c.end] == 0x2C) && ByteText.isDigit(text[c.end + 1]))
      {
        number = number * 1000 + c.value
        end = c.end
      }
      guard !text.letterStarts(at: end) else { return nil }
      return PaperNumber(first: a.value, second: number, start: i, end: end)
    }
    guard allowBare, a.value > 0 else { return nil }
    let c = text[k]
    // Not a date or ordinal ("6. September"), decimal ("1,5"), amount or percentage.
    if c == 0x2E {
      if a.count <= 2 || ByteText.isDigit(text[k + 1]) { return nil }
    }
    if c == 0x2C && ByteText.isDigit(text[k + 1]) { return nil }
    if text.letterStarts(at: k) { return nil }
    let after = text.skipSpaces(k, limit: 2)
    if text[after] == 0x25 || text.has(Pattern.euro, at: after)
      || text.has(Pattern.euroSign, at: after)
    {
      return nil
    }
    return PaperNumber(first: a.value, second: nil, start: i, end: k)
  }

  /// The canonical key of a numbered paper, or nil where it cannot be a real one.
  func paperKey(body: String, series: String, number: PaperNumber) -> DocumentKey? {
    guard let profile = profiles.parliament(body) else { return nil }
    var series = series
    if (series == "ka" || series == "ga") && !profile.numbersQuestionsApart { series = "drs" }
    let wp: Int
    let n: Int
    if let second = number.second {
      if profile.numberedByYear == true {
        // Bundesrat "123/19": number, then year; the year takes the Wahlperiode's place.
        wp = second
        n = number.first
      } else {
        wp = number.first
        n = second
      }
    } else {
      guard body == citingBody, let citing = citingWP else { return nil }
      wp = citing
      n = number.first
    }
    guard n > 0 else { return nil }
    if profile.numberedByYear != true {
      guard wp >= 1, wp <= profile.maxWahlperiode else { return nil }
      // Domain sanity: a paper cannot cite its own parliament's later Wahlperiode.
      if body == citingBody, let citing = citingWP, wp > citing { return nil }
    }
    return DocumentKey("\(body)/\(series)/\(wp)/\(n)")
  }

  /// A pin cite after a number: `, S. 24`, ` Seite 24 f.`, `, S. 3120 ff.`.
  func pinCite(at i: Int) -> (String, Int)? {
    var j = i
    if text[j] == 0x2C { j += 1 }
    j = text.skipSpaces(j, limit: 2)
    // "(S. 4)"
    let parenthesized = text[j] == 0x28
    if parenthesized { j += 1 }
    let pinStart = j
    guard let p = text.matchAny(Self.pagePrefixes, at: j),
      text.has([0x2E], at: p - 1) || text.isWordEnd(p)
    else { return nil }
    j = text.skipSpaces(p, limit: 2)
    guard let d = text.digits(at: j, maxDigits: 5) else { return nil }
    var end = d.end
    // "S. 8752-8759", "S. 12 bis 14", "S. 24 f.", "S. 3120 ff."
    if text[end] == 0x2D, let e = text.digits(at: end + 1, maxDigits: 5) {
      end = e.end
    } else if text.has(Pattern.enDash, at: end), let e = text.digits(at: end + 3, maxDigits: 5) {
      end = e.end
    } else if text.has(Pattern.bis, at: end), let e = text.digits(at: end + 5, maxDigits: 5) {
      end = e.end
    }
    let s = text.skipSpaces(end, limit: 1)
    if text.has(Pattern.ff, at: s) {
      end = s + 3
    } else if text.has(Pattern.f, at: s) {
      end = s + 2
    }
    let pin = text.string(pinStart..<end)
    if parenthesized {
      guard text[end] == 0x29 else { return nil }
      end += 1
    }
    return (pin, end)
  }

  /// The end of ` (Neudruck)`, ` 2. Neudruck`, ` (2. Neudruck)` at `i`, if there.
  private func neudruckEnd(at i: Int) -> Int? {
    var j = text.skipSpaces(i, limit: 2)
    let open = text[j] == 0x28
    if open { j += 1 }
    if let d = text.digits(at: j, maxDigits: 1), text[d.end] == 0x2E {
      j = text.skipSpaces(d.end + 1, limit: 2)
    }
    guard text.has(Self.neudruck, at: j) else { return nil }
    j += Self.neudruck.count
    if open {
      guard text[j] == 0x29 else { return nil }
      j += 1
    }
    return j
  }

  /// `Kleine Anfrage 1447 (LT-Drs. 16/3602)`, `KlAnfr 3349 Drs 16/8498`,
  /// `Kleine Anfrage 421 vom 6. September 2012 (Drucksache 16/850)`: one reference to the
  /// Drucksache with the question number as alias.
  private mutating func questionWithDrucksache(
    _ trigger: ParliamentProfiles.PaperTrigger, start: Int, number: PaperNumber
  ) -> Int? {
    guard let body = trigger.body ?? citingBody,
      profiles.parliament(body)?.numbersQuestionsApart == true,
      let questionKey = paperKey(body: body, series: trigger.series, number: number)
    else { return nil }
    var j = text.skipSpaces(number.end, limit: 2)
    if text.has(Self.vom, at: j), let d = text.date(at: j + Self.vom.count) {
      j = text.skipSpaces(d.end, limit: 2)
    }
    var open = false
    if text[j] == 0x28 {
      open = true
      j += 1
    } else if text[j] == 0x2C || text[j] == 0x2D {
      j += 1
    } else if text.has(Pattern.enDash, at: j) {
      j += 3
    }
    j = text.skipSpaces(j, limit: 2)
    for entry in triggers.byFirstByte[Int(text[j])] {
      guard case .paper(let index) = entry.action, profiles.paperTriggers[index].series == "drs",
        profiles.paperTriggers[index].body == nil,
        text.mayMatchLoosely(head: entry.head, mask: entry.headMask, at: j),
        let formEnd = text.matchLoosely(entry.form, at: j)
      else { continue }
      let last = entry.form[entry.form.count - 1]
      if ByteText.isASCIILetter(last) && !text.isWordEnd(formEnd) { continue }
      guard let drs = paperNumber(at: skipNumberPrefix(formEnd), allowBare: false),
        let drsKey = paperKey(body: body, series: "drs", number: drs)
      else { return nil }
      var end = drs.end
      if open {
        let c = text.skipSpaces(end, limit: 1)
        if text[c] == 0x29 { end = c + 1 }
      }
      guard !ownNumbers.contains(drsKey) else { return end }
      let answered = self.answered ?? []
      let relation: Relation =
        answered.contains(drsKey) || answered.contains(questionKey) ? .answers : .cites
      found.append(
        Found(
          kind: trigger.series == "ga" ? .grosseAnfrage : .kleineAnfrage, target: drsKey,
          aliases: [questionKey], range: start..<end, relation: relation))
      return end
    }
    return nil
  }

  private static let pairingWords: Set<String> = [
    "der", "des", "die", "vom", "von", "und", "u.a.", "u.", "a.", "am",
  ]

  /// A question number and the Drucksache printed right after it, with nothing but names,
  /// parties and a date between (`Kleine Anfrage 3246 Preuß, Peter CDU Drucksache 16/8246`,
  /// `Große Anfrage 13 der Fraktion der CDU (Drucksache 16/8338)`), name the same paper:
  /// each becomes the other's alias, so the resolver can bind the number to the Drucksache.
  mutating func pairQuestionsWithDrucksachen() {
    guard found.count > 1 else { return }
    for i in 0..<(found.count - 1) {
      let q = found[i]
      let d = found[i + 1]
      guard q.kind == .kleineAnfrage || q.kind == .grosseAnfrage, d.kind == .drucksache,
        case let qSeries = KeyParts(q.target).series,
        qSeries == .kleineAnfrage || qSeries == .grosseAnfrage,
        KeyParts(d.target).series == .drucksache,
        q.range.upperBound <= d.range.lowerBound,
        d.range.lowerBound - q.range.upperBound <= 160,
        onlyNamesBetween(q.range.upperBound, d.range.lowerBound)
      else { continue }
      if !found[i].aliases.contains(d.target) { found[i].aliases.append(d.target) }
      if !found[i + 1].aliases.contains(q.target) { found[i + 1].aliases.append(q.target) }
    }
  }

  /// Whether the text between holds only capitalised words (names, parties), dates,
  /// punctuation and a few function words.
  private func onlyNamesBetween(_ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      if text.spaceLength(at: i) > 0 {
        i += text.spaceLength(at: i)
        continue
      }
      var j = i
      while j < end && text.spaceLength(at: j) == 0 { j += 1 }
      if text.lowerStarts(at: i) {
        guard Self.pairingWords.contains(text.string(i..<j)) else { return false }
      }
      i = j
    }
    return true
  }

  private static let aufDie: [UInt8] = utf8("auf die")

  /// An answer answers one question. What `document.answers` names is marked as it is
  /// found; without it, the first question the title block names after "auf die"
  /// (`Antwort der Landesregierung auf die Kleine Anfrage 421`) is the answered one. The
  /// question's other keys (paired or merged aliases) are answered too, wherever they recur.
  mutating func markAnsweredQuestion() {
    guard document.kind == .antwort else { return }
    var keys = Set(answered ?? [])
    if document.answers == nil,
      let first = found.firstIndex(where: {
        ($0.kind == .kleineAnfrage || $0.kind == .grosseAnfrage || $0.kind == .drucksache)
          && $0.range.lowerBound < 1500
          && text.hasSuffix(Self.aufDie, endingAt: text.skipSpacesBackward($0.range.lowerBound))
      })
    {
      keys.insert(found[first].target)
      keys.formUnion(found[first].aliases)
    }
    guard !keys.isEmpty else { return }
    // Twice, so that a pair found late still reaches a mention made early.
    for _ in 0..<2 {
      for i in found.indices where found[i].relation == .cites || found[i].relation == .answers {
        let f = found[i]
        guard f.kind != .law, f.kind != .internal, f.kind != .pressRelease,
          keys.contains(f.target) || f.aliases.contains(where: keys.contains)
        else { continue }
        found[i].relation = .answers
        keys.insert(f.target)
        keys.formUnion(f.aliases)
      }
    }
    for i in found.indices where found[i].relation == .answers {
      for k in keys.sorted() where k != found[i].target && !found[i].aliases.contains(k) {
        found[i].aliases.append(k)
      }
    }
  }
}
