import DocumentModel

/// The Bundestag's plenary-protocol XML (`dbtplenarprotokoll`, DTD of 20.01.2022).
///
/// Identity from the root's `wahlperiode`, `sitzung-nr` and `sitzung-datum`. Every `<p>`,
/// `<kommentar>` and `<name>` is a line of the text, with the text of its inline elements
/// (`<a>`, `<sup>`, …) included, so `Drucksachen <a href=…>21/6278</a>` reads as
/// `Drucksachen 21/6278`. A footnote inside a paragraph becomes its own line. `<redner>`
/// (the speaker metadata at a speech's start) is not text; it names the speech.
/// Sections: each `<tagesordnungspunkt>` (agenda item, label = `top-id`) and each `<rede>`
/// (speech, label `Name (Fraktion)`); speeches lie inside their agenda item.
final class PlenarprotokollReader: FormatHandler {
  private let context: SourceContext
  private var assembler: TextAssembler
  private var wahlperiode: Int?
  private var sitting: Int?
  private var date: PartialDate?
  private var sessionTitle = ""
  private var inSessionTitle = 0
  private var sections: [(Section.Kind, String?, Int, start: Int, mark: Int)] = []
  private var finished: [Section] = []
  private var references: [PendingReference] = []
  private var openLink: (target: DocumentKey, kind: ReferenceKind, mark: Int)?
  private var rednerDepth = 0
  private var speaker: [String: String] = [:]
  private var speakerPartName: String?

  /// Elements whose text runs on inside the surrounding line.
  private static let inline: Set<String> = [
    "a", "xref", "seite", "seitenbereich", "ort", "datum", "wahlperiode", "sitzungsnr",
    "ivz-eintrag-inhalt", "titel", "vorname", "nachname", "namenszusatz", "ortszusatz",
    "fraktion", "rolle", "rolle_lang", "rolle_kurz", "bdland", "sup", "sub", "td", "th",
  ]
  /// Inline elements that still separate words (name parts, footnote marks, cells).
  private static let separating: Set<String> = [
    "titel", "vorname", "nachname", "namenszusatz", "ortszusatz", "fraktion", "rolle_lang",
    "rolle_kurz", "bdland", "sup", "sub", "td", "th",
  ]
  private static let nameParts: Set<String> = [
    "titel", "vorname", "namenszusatz", "nachname", "ortszusatz", "fraktion", "rolle_lang",
    "rolle_kurz", "bdland",
  ]

  init(context: SourceContext) {
    self.context = context
    self.assembler = TextAssembler(source: context.bytes, wholeFile: true)
  }

  func handle(_ event: XMLEvent, _ attributes: Attributes) throws(ReadError) {
    switch event {
    case .start(let name, let tag, _):
      if name == "dbtplenarprotokoll" {
        wahlperiode = attributes["wahlperiode"].flatMap { Int($0.trimmingWhitespace()) }
        sitting = attributes["sitzung-nr"].flatMap { Int($0.trimmingWhitespace()) }
        date = Dates.parse(attributes["sitzung-datum"])
      }
      if name == "redner" {
        rednerDepth += 1
        return
      }
      if rednerDepth > 0 {
        if Self.nameParts.contains(name) { speakerPartName = name }
        return
      }
      if name == "sitzungstitel" { inSessionTitle += 1 }
      if Self.inline.contains(name) {
        if Self.separating.contains(name) { assembler.wordBreak(at: tag.lowerBound) }
      } else {
        assembler.endLine()
      }
      switch name {
      case "tagesordnungspunkt":
        sections.append(
          (.agendaItem, attributes["top-id"], tag.lowerBound, tag.lowerBound, assembler.mark))
      case "rede":
        speaker = [:]
        sections.append((.speech, nil, tag.lowerBound, tag.lowerBound, assembler.mark))
      case "a":
        if let href = attributes["href"], let link = Self.target(ofHref: href) {
          openLink = (link.0, link.1, assembler.mark)
        }
      default: break
      }
    case .end(let name, let tag):
      if name == "redner" {
        rednerDepth -= 1
        if rednerDepth == 0, let last = sections.indices.last, sections[last].0 == .speech,
          sections[last].1 == nil
        {
          sections[last].1 = speakerLabel()
        }
        return
      }
      if rednerDepth > 0 {
        speakerPartName = nil
        return
      }
      if name == "sitzungstitel" { inSessionTitle -= 1 }
      if Self.inline.contains(name) {
        if Self.separating.contains(name) { assembler.wordBreak(at: tag.upperBound) }
      } else {
        assembler.endLine()
      }
      if name == "a", let link = openLink {
        let range = assembler.trimmed(link.mark, assembler.mark)
        if !range.isEmpty {
          references.append(
            PendingReference(kind: link.kind, target: link.target, range: range, relation: .cites)
          )
        }
        openLink = nil
      }
      if name == "tagesordnungspunkt" || name == "rede", let open = sections.popLast() {
        finished.append(
          Section(
            kind: open.0, label: open.1, span: Span(start: open.start, end: tag.upperBound),
            textRange: assembler.trimmed(open.mark, assembler.mark)))
      }
    case .text(let run):
      if rednerDepth > 0 {
        if let part = speakerPartName {
          speaker[part, default: ""] += decodedString(run)
        }
        return
      }
      if inSessionTitle > 0 { sessionTitle += decodedString(run) }
      assembler.append(run)
    }
  }

  func finish() throws(ReadError) -> [Document] {
    guard let wahlperiode, let sitting else {
      throw context.error(
        .unsupportedFormat(
          "plenary protocol without the root attributes wahlperiode and sitzung-nr"))
    }
    let text = assembler.finish(lineStarts: context.lineStarts)
    let key = DocumentKey(
      body: .bt, series: .plenarprotokoll, wahlperiode: wahlperiode, number: String(sitting))
    var title = "Plenarprotokoll \(wahlperiode)/\(sitting)"
    let session = sessionTitle.collapsingWhitespace()
    if !session.isEmpty { title += ", " + session }
    let document = Document(
      source: context.sourceInfo(.bundestagPlenarprotokollXML), key: key, keyOrigin: .printed,
      body: .bt, wahlperiode: wahlperiode, number: "\(wahlperiode)/\(sitting)",
      kind: .plenarprotokoll, title: title, dates: DocumentDates(other: date),
      issuer: "Deutscher Bundestag",
      sections: finished.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) },
      statedReferences: references.map { $0.resolve(in: text) }, text: text)
    return [document]
  }

  /// `Vorname Nachname (Fraktion)`, or the role where no Fraktion is given.
  private func speakerLabel() -> String? {
    let name = ["titel", "vorname", "namenszusatz", "nachname"]
      .compactMap { speaker[$0]?.collapsingWhitespace() }.filter { !$0.isEmpty }
      .joined(separator: " ")
    guard !name.isEmpty else { return nil }
    let affiliation = [speaker["fraktion"], speaker["rolle_lang"], speaker["bdland"]]
      .compactMap { $0?.collapsingWhitespace() }.first { !$0.isEmpty }
    return affiliation.map { "\(name) (\($0))" } ?? name
  }

  private func decodedString(_ run: TextRun) -> String {
    var bytes: [UInt8] = []
    for piece in run.pieces {
      switch piece {
      case .raw(let r): bytes.append(contentsOf: context.bytes[r])
      case .decoded(let d, _): bytes.append(contentsOf: d)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `https://dserver.bundestag.de/btd/21/062/2106278.pdf` → `bt/drs/21/6278`,
  /// `…/btp/21/21090.pdf` → `bt/plpr/21/90`; other links (anchors, `ANL4`) are no papers.
  static func target(ofHref href: String) -> (DocumentKey, ReferenceKind)? {
    // Scanned as bytes: this runs for every link of a protocol.
    var bytes = Array(href.utf8)
    if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) { bytes.removeSubrange(hash...) }
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")), bytes.count - slash > 7 else {
      return nil
    }
    let stem = bytes[(slash + 1)..<(bytes.count - 4)]
    let suffix = String(decoding: bytes[(bytes.count - 4)...], as: UTF8.self)
    guard suffix == ".pdf" || suffix == ".xml", stem.allSatisfy(isDigit) else { return nil }
    var series: Series?
    var wp = 0
    var i = 0
    while i + 5 < slash {
      let marker = bytes[i..<(i + 5)]
      if marker.elementsEqual("/btd/".utf8) || marker.elementsEqual("/btp/".utf8) {
        series = bytes[i + 3] == UInt8(ascii: "d") ? .drucksache : .plenarprotokoll
        var j = i + 5
        wp = 0
        while j < bytes.count, isDigit(bytes[j]) {
          wp = wp * 10 + Int(bytes[j] - 48)
          j += 1
        }
      }
      i += 1
    }
    // The file name is the Wahlperiode (two digits) followed by the number.
    guard let series, wp > 0, stem.count > 2, stem.prefix(2).elementsEqual(format2(wp).utf8)
    else { return nil }
    var number = 0
    for b in stem.dropFirst(2) { number = number * 10 + Int(b - 48) }
    let key = DocumentKey(body: .bt, series: series, wahlperiode: wp, number: String(number))
    return (key, series == .drucksache ? .drucksache : .plenarprotokoll)
  }
}

private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
