import DocumentModel

/// Finds every reference in a paper's normalized text.
///
/// One left-to-right pass over the UTF-8 bytes: at each word start, the trigger words of
/// the profiles (`Drucksache`, `Kleine Anfrage`, `§`, `Pressemitteilung`, …) are tried, and
/// a trigger parses forward with bounded lookahead (and looks back at most one sentence).
/// No regular expressions, no backtracking: the work is linear in the text's length.
///
/// Targets it produces (all lower case):
/// - papers `<body>/<series>/<wp>/<number>`: `nw/drs/16/850`, `bt/drs/19/4711`,
///   `nw/vorlage/15/1144`, `nw/stellungnahme/16/123`, `nw/information/16/45`,
///   `bt/plpr/19/32`, `nw/plbpr/16/120`, `nw/apr/16/1001`; a number without Wahlperiode
///   takes the citing paper's; `17/13 032` is `13032`; lists and ranges (up to 20) give one
///   reference per number.
/// - Bundesrat Drucksachen are numbered per year: `BR-Drs. 123/19` → `br/drs/19/123` (the
///   year stands where the Wahlperiode would).
/// - non-public committee protocols have their own numbering: `nöAPr 16/177` →
///   `nw/noeapr/16/177` (kind `ausschussprotokoll`), never the same node as `APr 16/177`.
/// - a Neudruck is cited under the unversioned key (the graph node is the paper); the text
///   keeps "(Neudruck)". A Neudruck's own base number becomes one `supersedes` reference.
/// - Kleine/Große Anfrage numbers where the profiles say the parliament numbers them apart
///   (NW, RP, BB): `nw/ka/16/421`, `nw/ga/16/13`; elsewhere the number is the Drucksache.
///   `Kleinen Anfrage 1447 (LT-Drs. 16/3602)` is one reference to `nw/drs/16/3602` with
///   alias `nw/ka/16/1447`; a number with its Drucksache printed next to it (only names,
///   parties, a date between) stays two references that carry each other as aliases; the
///   answered question's number and Drucksache (from `document.answers`) alias each other.
/// - press releases `press/<ministry-slug>/<yyyy-mm-dd>` (`press/mais/2010-12-21`), issuer
///   from the sentence or carried from the previous release, else `unknown`; a release with
///   no date and no earlier release to point back to is silent.
/// - laws `law/<body>/<slug>/§<n>[/abs<n>][/nr<n>]`, articles `…/art<n>…`; body `bund`,
///   `eu`, a parliament code for Land law and Geschäftsordnungen (`law/nw/go-lt/§96`,
///   `law/bt/go-bt/§104`); an unknown abbreviation that reads like a law goes under
///   `law/unknown/<slug>`; a `§` naming no law is silent.
/// - internal references `<citing key>#frage-<n>`, `#antwort-<n>`,
///   `#vorbemerkung-<landesregierung|bundesregierung|staatsregierung|senat|fragesteller>`.
/// - a reference into a later Wahlperiode of the citing paper's own parliament is dropped.
public struct ReferenceExtractor: Sendable {
  let profiles: ParliamentProfiles
  let triggers: TriggerTable

  public init(profiles: ParliamentProfiles = .standard) {
    self.profiles = profiles
    self.triggers = TriggerTable(profiles: profiles)
  }

  /// Every reference in the document's normalized text (`document.text`), in text order,
  /// with spans into the original bytes and 1-based lines; plus `document.statedReferences`
  /// that extraction did not find itself.
  public func extract(from document: Document) -> [Reference] {
    extraction(from: document).references
  }

  /// What extraction found, and what it had to leave out.
  public struct Extraction: Sendable {
    /// As `extract(from:)` gives them.
    public var references: [Reference]
    /// Paper numbers that name no parliament ("Drucksache 16/850") in a paper whose own
    /// parliament is not known, so that no key can be made for them: as the text writes
    /// them, in text order.
    public var unplaced: [String]
  }

  /// `extract(from:)`, with what it left out.
  public func extraction(from document: Document) -> Extraction {
    var run = ExtractionRun(
      text: ByteText(document.text.text), document: document, profiles: profiles,
      triggers: triggers)
    run.scan()
    run.pairQuestionsWithDrucksachen()
    run.markAnsweredQuestion()
    var references = run.found.map { f -> Reference in
      let span = document.text.span(of: f.range)
      return Reference(
        kind: f.kind, target: f.target, aliases: f.aliases, text: run.text.string(f.range),
        span: span, line: document.text.line(ofOriginalOffset: span.start),
        relation: f.relation, pinCite: f.pinCite)
    }
    for stated in document.statedReferences {
      let duplicate = references.contains { r in
        (r.target == stated.target || r.aliases.contains(stated.target))
          && (r.span.overlaps(stated.span) || r.span == stated.span)
      }
      if !duplicate { references.append(stated) }
    }
    references.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    return Extraction(references: references, unplaced: run.unplaced.map(run.text.string))
  }
}

/// A reference as the scanner finds it, over the normalized text.
struct Found {
  var kind: ReferenceKind
  var target: DocumentKey
  var aliases: [DocumentKey] = []
  var range: Range<Int>
  var relation: Relation
  var pinCite: String?
}

/// What a trigger word starts.
enum TriggerAction: Sendable {
  /// A paper trigger, by its index in `ParliamentProfiles.paperTriggers`.
  case paper(Int)
  case paragraph
  case article
  case pressRelease
  case mitteilung
  case unter
  case answerTo
  case vorbemerkung
}

/// Trigger words indexed by their first byte, longest first.
struct TriggerTable: Sendable {
  struct Entry: Sendable {
    let form: [UInt8]
    let action: TriggerAction
    /// The form's first four bytes (fewer for a shorter form), little-endian, and the mask
    /// of the bytes it has: `ByteText.mayMatchLoosely` turns most places away on these
    /// without reading `form`.
    let head: UInt32
    let headMask: UInt32

    init(form: [UInt8], action: TriggerAction) {
      self.form = form
      self.action = action
      var head: UInt32 = 0
      var mask: UInt32 = 0
      for (k, b) in form.prefix(4).enumerated() {
        head |= UInt32(b) << (8 * k)
        mask |= 0xFF << (8 * k)
      }
      self.head = head
      self.headMask = mask
    }
  }
  let byFirstByte: [[Entry]]
  /// Whether any trigger starts with these two bytes (first byte << 8 | second).
  let pairs: [Bool]
  /// Per byte: `startsForm` if some form of two or more bytes starts with it,
  /// `alphanumeric` for ASCII letters and digits.
  let byteClasses: [UInt8]
  static let startsForm: UInt8 = 1
  static let alphanumeric: UInt8 = 2
  let lawForms: LawForms
  let ministryForms: MinistryForms

  init(profiles: ParliamentProfiles) {
    lawForms = LawForms(profiles: profiles)
    ministryForms = MinistryForms(profiles: profiles)
    var entries: [Entry] = []
    for (index, t) in profiles.paperTriggers.enumerated() {
      for f in t.forms { entries.append(Entry(form: utf8(f), action: .paper(index))) }
    }
    entries.append(Entry(form: utf8("§"), action: .paragraph))
    for f in ["Art.", "Artikel"] { entries.append(Entry(form: utf8(f), action: .article)) }
    for f in [
      "Pressemitteilung", "Pressemitteilungen", "Presseerklärung", "Presseerklärungen",
      "Presseinformation", "Pressemeldung", "Pressemeldungen",
    ] {
      entries.append(Entry(form: utf8(f), action: .pressRelease))
    }
    entries.append(Entry(form: utf8("Mitteilung"), action: .mitteilung))
    entries.append(Entry(form: utf8("unter"), action: .unter))
    for f in ["Antwort", "Antworten", "Beantwortung", "Ausführungen"] {
      entries.append(Entry(form: utf8(f), action: .answerTo))
    }
    entries.append(Entry(form: utf8("Vorbemerkung"), action: .vorbemerkung))
    var table = [[Entry]](repeating: [], count: 256)
    for e in entries { table[Int(e.form[0])].append(e) }
    for i in table.indices { table[i].sort { $0.form.count > $1.form.count } }
    byFirstByte = table
    var pairs = [Bool](repeating: false, count: 65536)
    for e in entries where e.form.count >= 2 { pairs[Int(e.form[0]) << 8 | Int(e.form[1])] = true }
    self.pairs = pairs
    var classes = [UInt8](repeating: 0, count: 256)
    for e in entries where e.form.count >= 2 { classes[Int(e.form[0])] |= Self.startsForm }
    for c in 0..<256 where ByteText.isASCIILetter(UInt8(c)) || ByteText.isDigit(UInt8(c)) {
      classes[c] |= Self.alphanumeric
    }
    byteClasses = classes
  }
}

/// The state of one extraction pass.
struct ExtractionRun {
  let text: ByteText
  let document: Document
  let profiles: ParliamentProfiles
  let triggers: TriggerTable
  let citingBody: String?
  let citingWP: Int?
  /// The paper's own printed number, never a reference to itself.
  let ownNumbers: Set<DocumentKey>
  /// The keys of the question this paper answers (its Drucksache, its own number).
  let answered: [DocumentKey]?
  /// The citing paper's key, the base of internal references.
  let citingKey: String
  var found: [Found] = []
  /// Paper numbers left out for want of a parliament (`ReferenceExtractor.Extraction`).
  var unplaced: [Range<Int>] = []
  /// The press release mentioned last, for "in derselben Mitteilung".
  var lastPress: (issuer: String, date: DayDate)?
  /// Where the last press release was mentioned.
  var lastPressEnd: Int?
  var emittedSupersedes = false
  var emittedHeaderAnswer = false

  init(text: ByteText, document: Document, profiles: ParliamentProfiles, triggers: TriggerTable) {
    self.text = text
    self.document = document
    self.profiles = profiles
    self.triggers = triggers
    let keyParts = KeyParts(document.key)
    citingBody = document.body?.rawValue ?? keyParts.body?.rawValue
    citingWP = document.wahlperiode ?? keyParts.wahlperiode
    var own: Set<DocumentKey> = [KeyParts.unversioned(document.key)]
    for a in document.aliases { own.insert(KeyParts.unversioned(a)) }
    if let body = citingBody, let printed = document.number {
      let parts = printed.split(separator: "/")
      if parts.count == 2, let wp = Int(parts[0]), let n = Int(parts[1]) {
        own.insert(DocumentKey("\(body)/drs/\(wp)/\(n)"))
      } else if parts.count == 1, let n = Int(parts[0]), let wp = citingWP {
        own.insert(DocumentKey("\(body)/drs/\(wp)/\(n)"))
      }
    }
    ownNumbers = own
    answered = Self.answeredKeys(
      of: document, body: citingBody, wahlperiode: citingWP, profiles: profiles)
    citingKey = KeyParts.unversioned(document.key).rawValue
  }

  /// The keys of the question this paper answers: its Drucksache and its own number.
  static func answeredKeys(
    of document: Document, body citingBody: String?, wahlperiode citingWP: Int?,
    profiles: ParliamentProfiles
  ) -> [DocumentKey]? {
    var keys: [DocumentKey] = []
    guard let body = citingBody else { return nil }
    let apart = profiles.parliament(body)?.numbersQuestionsApart ?? false
    if let a = document.answers {
      if let d = a.drucksache { keys.append(KeyParts.unversioned(d)) }
      if let n = a.number, let wp = citingWP, apart {
        let series = a.kind == .grosseAnfrage ? "ga" : "ka"
        keys.append(DocumentKey("\(body)/\(series)/\(wp)/\(n)"))
      }
    }
    let own = KeyParts(document.key)
    if own.series == .antwort, let wp = own.wahlperiode, let n = own.number {
      let derived = DocumentKey("\(body)/drs/\(wp)/\(n)")
      if !keys.contains(derived) { keys.append(derived) }
    }
    return keys.isEmpty ? nil : keys
  }

  mutating func scan() {
    let n = text.count
    let bytes = text.bytes
    let pairs = triggers.pairs
    let byteClasses = triggers.byteClasses
    var i = 0
    while i < n {
      // Most bytes start no trigger: a byte no form starts with, or one right after an
      // ASCII letter or digit (no word starts there), is passed over on one look-up in a
      // small table; the rest are ruled out by two bytes of lookahead in the pair table.
      // Only places the word-start test below would turn away are skipped.
      let next = bytes.withUnsafeBufferPointer { b in
        pairs.withUnsafeBufferPointer { p in
          byteClasses.withUnsafeBufferPointer { classes in
            var k = i
            var previousIsAlphanumeric =
              k > 0 && classes[Int(b[k - 1])] & TriggerTable.alphanumeric != 0
            while k < n {
              let c = classes[Int(b[k])]
              if c & TriggerTable.startsForm != 0 && !previousIsAlphanumeric {
                let pair = Int(b[k]) << 8 | Int(k + 1 < n ? b[k + 1] : 0)
                if p[pair] { break }
              }
              previousIsAlphanumeric = c & TriggerTable.alphanumeric != 0
              k += 1
            }
            return k
          }
        }
      }
      i = next
      guard i < n else { break }
      if text.isWordStart(i), let end = tryTriggers(triggers.byFirstByte[Int(bytes[i])], at: i) {
        i = max(end, i + 1)
      } else {
        i += 1
      }
    }
  }

  /// Tries the triggers that start with the byte at `i`; returns where scanning goes on.
  private mutating func tryTriggers(_ candidates: [TriggerTable.Entry], at i: Int) -> Int? {
    for entry in candidates {
      guard text.mayMatchLoosely(head: entry.head, mask: entry.headMask, at: i),
        let formEnd = text.matchLoosely(entry.form, at: i)
      else { continue }
      // A trigger is a whole word, except `§` and forms ending in punctuation.
      let last = entry.form[entry.form.count - 1]
      if ByteText.isASCIILetter(last) && !text.isWordEnd(formEnd) { continue }
      let end: Int?
      switch entry.action {
      case .paper(let index):
        end = paper(profiles.paperTriggers[index], start: i, formEnd: formEnd)
      case .paragraph: end = law(start: i, formEnd: formEnd, article: false)
      case .article: end = law(start: i, formEnd: formEnd, article: true)
      case .pressRelease: end = pressRelease(start: i, formEnd: formEnd, anaphorOnly: false)
      case .mitteilung: end = pressRelease(start: i, formEnd: formEnd, anaphorOnly: true)
      case .unter: end = internalUnter(start: i, formEnd: formEnd)
      case .answerTo: end = internalAnswer(start: i, formEnd: formEnd)
      case .vorbemerkung: end = internalVorbemerkung(start: i, formEnd: formEnd)
      }
      if let end { return end }
      // The longest form did not lead anywhere; shorter ones at the same place will not
      // either, except where they are different triggers (`Drs` vs `Drs.`): those parse
      // the same number, so one attempt per action kind is enough.
      return formEnd
    }
    return nil
  }
}
