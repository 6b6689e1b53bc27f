import DocumentModel

/// Akoma Ntoso 3.0 (`akomaNtoso` with `doc` or `debate`).
///
/// Identity from `meta/identification/FRBRWork`: `FRBRuri` (or `FRBRthis`)
/// `/akn/<country>/doc/<series>/<wp>-<nr>` → `<body>/<series>/<wp>/<nr>`, else
/// `FRBRcountry` + `FRBRnumber` (`16/850`) + the doc's `name`. Country `de` or `de-bt` is
/// the Bundestag, `de-nw` NRW and so on; series `drucksache`, `kleineanfrage`,
/// `grosseanfrage`, `vorlage`, `plenarprotokoll`, `antwort` (derived key of an answer that
/// does not print its own number). `FRBRdate` gives the date (`name="schreiben"`: the
/// answer's letter; otherwise the original's).
///
/// Text: `meta` is not text; every block (`p`, `heading`, `li`, …) is a line, inline
/// elements (`ref`, `mref`, `date`, `docTitle`, …) run on. A `num` stays on the line of the
/// block that follows it ("1. Was hat …").
///
/// Sections (Fundstelle's convention): `preface` is the header; in `mainBody` any
/// container (`section`, `hcontainer`, `question`, `answer`, …) whose `class` or `name`
/// is `question-preamble`, `government-preamble`, `question`, `answer`, `signature` or
/// `body`, or whose `eId` is `vorbemerkung_fragesteller`, `vorbemerkung_landesregierung`,
/// `frage_<n>` or `antwort_<n>` (`antwort_1-2` for a joint answer), becomes that Section;
/// the numbers come from the eId or the `num`. In a `debate`, `debateSection` is an agenda
/// item and `speech` a speech (label: its `from`).
///
/// Stated references: `<ref href>` (also inside `<mref>`); hrefs to papers as above, to
/// laws as `/akn/<country>/act/<abbr>#sec_<n>__para_<m>__point_<k>` →
/// `law/<body>/<abbr>/§<n>/abs<m>/nr<k>`, and `#<eId>` as an internal reference. A ref with
/// `class="answers"` states what the answer answers (relation `answers`).
final class AkomaNtosoReader: FormatHandler {
  private let context: SourceContext
  private var assembler: TextAssembler
  private var path: [String] = []
  private var metaDepth = 0
  private var inWork = false
  private var frbr: [String: String] = [:]
  private var frbrDateName: String?
  private var docName: String?
  private var isDebate = false
  private var glueAfterNum = false
  private var open:
    [(index: Int, kind: Section.Kind, numbers: [Int], label: String?, start: Int, mark: Int)?] = []
  private var sections: [Section] = []
  private var headingCapture: (sectionIndex: Int, text: String)?
  private var fromCapture: String?
  private var openRefs: [(href: String, answers: Bool, mark: Int)?] = []
  private var pending: [PendingReference] = []
  private var titleCapture: String?
  private var title: String?
  private var proponentCapture: String?
  private var issuer: String?

  private static let inline: Set<String> = [
    "ref", "mref", "rref", "date", "docTitle", "docNumber", "docType", "docDate",
    "docProponent", "docStage", "docStatus", "docPurpose", "docCommittee", "docIntroducer",
    "docJurisdiction", "legislature", "session", "shortTitle", "person", "organization",
    "party", "role", "location", "term", "entity", "quantity", "def", "abbr", "inline", "span",
    "b", "i", "u", "sup", "sub", "num", "marker", "noteRef", "eol", "eop", "from",
  ]
  private static let containers: Set<String> = [
    "section", "hcontainer", "subsection", "paragraph", "article", "chapter", "part",
    "question", "answer", "debateSection", "speech", "questions", "division", "point",
  ]

  init(context: SourceContext) {
    self.context = context
    self.assembler = TextAssembler(source: context.bytes, wholeFile: true)
  }

  func handle(_ event: XMLEvent, _ attributes: Attributes) throws(ReadError) {
    switch event {
    case .start(let name, let tag, _):
      path.append(name)
      if name == "meta" { metaDepth += 1 }
      if metaDepth > 0 {
        if name == "FRBRWork" { inWork = true }
        if inWork, name.hasPrefix("FRBR"), frbr[name] == nil {
          frbr[name] = attributes["value"] ?? attributes["date"]
          if name == "FRBRdate" { frbrDateName = attributes["name"] }
        }
        return
      }
      if name == "doc" { docName = attributes["name"] }
      if name == "debate" {
        isDebate = true
        docName = docName ?? "debate"
      }
      if Self.inline.contains(name) {
        if name == "num" || name == "sup" || name == "sub" {
          assembler.wordBreak(at: tag.lowerBound)
        }
      } else if glueAfterNum {
        // "1." stays on the line of the question that follows it.
        assembler.wordBreak(at: tag.lowerBound)
      } else {
        assembler.endLine()
      }
      if name == "preface" {
        open.append((sections.count, .header, [], nil, tag.lowerBound, assembler.mark))
        sections.append(placeholder)
      } else if Self.containers.contains(name) {
        if let (kind, numbers) = Self.sectionKind(name: name, attributes: attributes) {
          open.append(
            (
              sections.count, kind, numbers,
              attributes["name"].flatMap { kind == .agendaItem ? $0 : nil }, tag.lowerBound,
              assembler.mark
            ))
          sections.append(placeholder)
        } else {
          open.append(nil)
        }
      }
      if name == "heading", let current = open.last ?? nil, headingCapture == nil {
        headingCapture = (current.index, "")
      }
      if name == "from" { fromCapture = "" }
      if name == "docTitle" && title == nil { titleCapture = "" }
      if name == "docProponent" && issuer == nil { proponentCapture = "" }
      if name == "ref" {
        if let href = attributes["href"] {
          let classes = (attributes["class"] ?? "").split(separator: " ")
          openRefs.append((href, classes.contains("answers"), assembler.mark))
        } else {
          openRefs.append(nil)
        }
      }
    case .end(let name, let tag):
      path.removeLast()
      if metaDepth > 0 {
        if name == "FRBRWork" { inWork = false }
        if name == "meta" { metaDepth -= 1 }
        return
      }
      if Self.inline.contains(name) {
        if name == "num" {
          glueAfterNum = true
        } else if name == "sup" || name == "sub" {
          assembler.wordBreak(at: tag.upperBound)
        }
      } else {
        glueAfterNum = false
        assembler.endLine()
      }
      if name == "heading", let capture = headingCapture {
        let heading = capture.text.collapsingWhitespace()
        if !heading.isEmpty { sections[capture.sectionIndex].heading = heading }
        headingCapture = nil
      }
      if name == "from", let from = fromCapture {
        if let current = open.last ?? nil, sections[current.index].label == nil {
          sections[current.index].label = from.collapsingWhitespace()
        }
        fromCapture = nil
      }
      if name == "docTitle", let t = titleCapture {
        title = t.collapsingWhitespace()
        titleCapture = nil
      }
      if name == "docProponent", let p = proponentCapture {
        issuer = p.collapsingWhitespace()
        proponentCapture = nil
      }
      if name == "ref", let ref = openRefs.popLast(), let ref {
        let range = assembler.trimmed(ref.mark, assembler.mark)
        if !range.isEmpty, let target = target(ofHref: ref.href) {
          pending.append(
            PendingReference(
              kind: target.1, target: target.0, range: range,
              relation: ref.answers ? .answers : target.2))
        }
      }
      if name == "preface" || Self.containers.contains(name), let entry = open.popLast(),
        let entry
      {
        let existing = sections[entry.index]
        sections[entry.index] = Section(
          kind: entry.kind, numbers: entry.numbers, heading: existing.heading,
          label: existing.label ?? entry.label, span: Span(start: entry.start, end: tag.upperBound),
          textRange: assembler.trimmed(entry.mark, assembler.mark))
      }
    case .text(let run):
      if metaDepth > 0 { return }
      if glueAfterNum && hasContent(run) { glueAfterNum = false }
      if headingCapture != nil || fromCapture != nil || titleCapture != nil
        || proponentCapture != nil
      {
        let s = decoded(run)
        headingCapture?.text += s
        fromCapture? += s
        titleCapture? += s
        proponentCapture? += s
      }
      assembler.append(run)
    }
  }

  func finish() throws(ReadError) -> [Document] {
    let identity = try self.identity()
    let text = assembler.finish(lineStarts: context.lineStarts)
    var references = pending.map { $0.resolve(in: text) }
    // Internal references name the paper itself.
    references = references.map { r in
      guard r.kind == .internal else { return r }
      var r = r
      r.target = DocumentKey(identity.key.rawValue + r.target.rawValue)
      return r
    }
    var answered: AnsweredQuestion?
    if identity.kind == .antwort {
      let answerRefs = references.filter { $0.relation == .answers }
      let drs = answerRefs.first { $0.kind == .drucksache }?.target
      let question = answerRefs.first { $0.kind == .kleineAnfrage || $0.kind == .grosseAnfrage }
      answered = AnsweredQuestion(
        kind: question?.kind == .grosseAnfrage ? .grosseAnfrage : .kleineAnfrage,
        number: question?.target.number.flatMap { Int($0) }, drucksache: drs)
    }
    let date = Dates.parse(frbr["FRBRdate"])
    let isLetter = frbrDateName.map { ["schreiben", "letter"].contains($0.lowercased()) } ?? false
    let document = Document(
      source: context.sourceInfo(.akomaNtoso), key: identity.key, keyOrigin: identity.origin,
      body: identity.key.body, wahlperiode: identity.key.wahlperiode,
      number: identity.origin == .printed ? frbr["FRBRnumber"] : nil, kind: identity.kind,
      title: title, dates: isLetter ? DocumentDates(letter: date) : DocumentDates(original: date),
      issuer: issuer, answers: answered,
      sections: sections.filter { !$0.span.isEmpty },
      statedReferences: references, text: text)
    return [document]
  }

  private var placeholder: Section {
    Section(kind: .body, span: Span(start: 0, end: 0), textRange: 0..<0)
  }

  private func identity() throws(ReadError) -> (
    key: DocumentKey, origin: KeyOrigin, kind: DocumentKind
  ) {
    let kind = Self.documentKind(docName, isDebate: isDebate)
    for uri in [frbr["FRBRuri"], frbr["FRBRthis"]].compactMap({ $0 }) {
      if let (key, _, _) = Self.paperKey(uri) {
        return (key, key.series == .antwort ? .derived : .printed, kind)
      }
    }
    if let country = frbr["FRBRcountry"], let body = Self.body(country),
      let number = frbr["FRBRnumber"], let (wp, nr) = splitNumber(number)
    {
      let series: Series = isDebate ? .plenarprotokoll : .drucksache
      return (DocumentKey(body: body, series: series, wahlperiode: wp, number: nr), .printed, kind)
    }
    throw context.error(
      .unsupportedFormat(
        "Akoma Ntoso without a usable FRBRWork identity (FRBRuri or FRBRcountry + FRBRnumber)"))
  }

  private func hasContent(_ run: TextRun) -> Bool {
    run.pieces.contains { piece in
      switch piece {
      case .raw(let r): return context.bytes[r].contains { $0 > 0x20 }
      case .decoded(let d, _): return d.contains { $0 > 0x20 }
      }
    }
  }

  private func decoded(_ run: TextRun) -> String {
    var bytes: [UInt8] = []
    for piece in run.pieces {
      switch piece {
      case .raw(let r): bytes.append(contentsOf: context.bytes[r])
      case .decoded(let d, _): bytes.append(contentsOf: d)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The target of an href: a paper, a law, or `#eId` within this paper.
  private func target(ofHref href: String) -> (DocumentKey, ReferenceKind, Relation)? {
    if href.hasPrefix("#") {
      let fragment = href.dropFirst().replacingUnderscores()
      return (DocumentKey("#" + fragment), .internal, .refersTo)
    }
    if let paper = Self.paperKey(href) { return (paper.0, paper.1, .cites) }
    if let law = Self.lawKey(href) { return (law, .law, .mentionsLaw) }
    return nil
  }

  static func body(_ country: String) -> Parliament? {
    let c = country.lowercased()
    if c == "de" || c == "de-bt" { return .bt }
    guard c.hasPrefix("de-") else { return nil }
    return Parliament(rawValue: String(c.dropFirst(3)))
  }

  /// `/akn/de-nw/doc/drucksache/16-850` → `nw/drs/16/850`.
  static func paperKey(_ uri: String) -> (DocumentKey, ReferenceKind, Series)? {
    let parts = uri.split(separator: "/").map(String.init)
    guard let akn = parts.firstIndex(of: "akn"), akn + 4 < parts.count,
      let body = body(parts[akn + 1]), ["doc", "debate", "debateReport"].contains(parts[akn + 2])
    else { return nil }
    let (series, kind): (Series, ReferenceKind)
    switch parts[akn + 3].lowercased() {
    case "drucksache", "drs": (series, kind) = (.drucksache, .drucksache)
    case "kleineanfrage", "kleine-anfrage", "ka": (series, kind) = (.kleineAnfrage, .kleineAnfrage)
    case "grosseanfrage", "grosse-anfrage", "ga": (series, kind) = (.grosseAnfrage, .grosseAnfrage)
    case "vorlage": (series, kind) = (.vorlage, .vorlage)
    case "stellungnahme": (series, kind) = (.stellungnahme, .stellungnahme)
    case "information": (series, kind) = (.information, .information)
    case "plenarprotokoll", "plpr": (series, kind) = (.plenarprotokoll, .plenarprotokoll)
    case "antwort": (series, kind) = (.antwort, .drucksache)
    default: return nil
    }
    let numberPart = parts[akn + 4].split(separator: "@").first.map(String.init) ?? ""
    let pieces = numberPart.split(separator: "-")
    guard pieces.count == 2, let wp = Int(pieces[0]), let nr = Int(pieces[1]) else { return nil }
    return (
      DocumentKey(body: body, series: series, wahlperiode: wp, number: String(nr)), kind, series
    )
  }

  /// `/akn/de-nw/act/tintg#sec_6__para_1` → `law/nw/tintg/§6/abs1`.
  static func lawKey(_ uri: String) -> DocumentKey? {
    let hashSplit = uri.split(separator: "#", maxSplits: 1).map(String.init)
    let parts = hashSplit[0].split(separator: "/").map(String.init)
    guard let akn = parts.firstIndex(of: "akn"), akn + 3 < parts.count,
      let body = body(parts[akn + 1]), parts[akn + 2] == "act"
    else { return nil }
    let names = parts[(akn + 3)...].filter {
      !$0.hasPrefix("!") && !$0.contains("@") && !($0.first?.isNumber ?? false)
    }
    guard let abbreviation = names.last?.lowercased() else { return nil }
    var key = "law/\(body.rawValue)/\(abbreviation)"
    if hashSplit.count > 1 {
      for token in hashSplit[1].components("__") {
        let kv = token.split(separator: "_")
        guard kv.count == 2 else { continue }
        switch kv[0] {
        case "sec", "art": key += "/§\(kv[1])"
        case "para": key += "/abs\(kv[1])"
        case "point", "item": key += "/nr\(kv[1])"
        default: break
        }
      }
    }
    return DocumentKey(key)
  }

  static func documentKind(_ name: String?, isDebate: Bool) -> DocumentKind {
    if isDebate { return .plenarprotokoll }
    switch (name ?? "").lowercased() {
    case "antwort": return .antwort
    case "kleineanfrage", "kleine-anfrage": return .kleineAnfrage
    case "grosseanfrage", "grosse-anfrage": return .grosseAnfrage
    case "antrag": return .antrag
    case "gesetzentwurf": return .gesetzentwurf
    case "beschlussempfehlung": return .beschlussempfehlung
    case "vorlage": return .vorlage
    case "unterrichtung": return .unterrichtung
    default: return .unknown
    }
  }

  /// The Section kind of a container by Fundstelle's AKN convention, with its numbers.
  static func sectionKind(name: String, attributes: Attributes) -> (Section.Kind, [Int])? {
    let eId = attributes["eId"] ?? ""
    let labels = ((attributes["class"] ?? "") + " " + (attributes["name"] ?? ""))
      .split(separator: " ").map { $0.lowercased() }
    let numbers = numbersOf(eId)
    func has(_ s: String) -> Bool { labels.contains(s) }
    if has("question-preamble") || eId == "vorbemerkung_fragesteller" {
      return (.questionPreamble, [])
    }
    if has("government-preamble") || eId == "vorbemerkung_landesregierung" {
      return (.governmentPreamble, [])
    }
    if has("question") || has("frage") || eId.hasPrefix("frage_") || name == "question" {
      return (.question, numbers)
    }
    if has("answer") || has("antwort") || eId.hasPrefix("antwort_") || name == "answer" {
      return (.answer, numbers)
    }
    if has("signature") { return (.signature, []) }
    if has("body") { return (.body, []) }
    if name == "debateSection" { return (.agendaItem, []) }
    if name == "speech" { return (.speech, []) }
    return nil
  }

  /// `frage_3` → [3]; `antwort_1-2` → [1, 2].
  static func numbersOf(_ eId: String) -> [Int] {
    guard let underscore = eId.lastIndex(of: "_") else { return [] }
    let tail = eId[eId.index(after: underscore)...]
    let numbers = tail.split(separator: "-").compactMap { Int($0) }
    guard numbers.count == 2, numbers[0] < numbers[1], numbers[1] - numbers[0] < 50 else {
      return numbers
    }
    return Array(numbers[0]...numbers[1])
  }
}

extension Substring {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}

extension String {
  fileprivate func components(_ separator: String) -> [String] {
    var result: [String] = []
    var rest = Substring(self)
    while let r = rest.firstRange(of: separator) {
      result.append(String(rest[..<r.lowerBound]))
      rest = rest[r.upperBound...]
    }
    result.append(String(rest))
    return result
  }
}
