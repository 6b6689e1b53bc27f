import DocumentModel
import Foundation

/// Bundestag DIP API records (`drucksache`, `vorgangsposition`), as JSON or as XML with the
/// same fields as elements (a list response `<drucksacheListResponse><documents><document>`
/// or one record as root).
///
/// - a `drucksache` record → the paper `bt/drs/<wp>/<nr>` (kind from `drucksachetyp`, title,
///   dates, `urheber` as issuer, `autoren_anzeige` as originators);
/// - a `vorgangsposition` record → the paper of its `fundstelle`: a Drucksache, or a
///   Plenarprotokoll (`bt/plpr/21/90`) with a section for the step and stated `cites`
///   references to the Drucksachen its `beschlussfassung` decides, pin-cited with the
///   protocol page the decision stands on (`S. 11187 B`);
/// - papers of the same Vorgang in one file are linked: an Antwort `answers` the Kleine or
///   Große Anfrage, any other paper `cites` the Vorgang's earlier Drucksachen, and a
///   Drucksache `cites` the Plenarprotokoll pages of its Vorgang's positions.
/// The text of each document is its title, and for a protocol step the decided numbers.
enum DIPRecords {
  static let xmlRoots: Set<String> = [
    "drucksache", "vorgangsposition", "drucksacheListResponse", "vorgangspositionListResponse",
    "dipResponse",
  ]
  static let recordElements: Set<String> = ["document", "drucksache", "vorgangsposition"]

  static func readJSON(context: SourceContext, start: Int) throws(ReadError) -> [Document] {
    var scanner = JSONScanner(bytes: context.bytes, start: start)
    let records: [RecordNode]
    do {
      records = try scanner.records()
    } catch {
      let line = NormalizedText(
        text: "", map: OffsetMap(segments: []), originalLineStarts: context.lineStarts
      ).line(ofOriginalOffset: scanner.i)
      let detail = "\(error.message) (line \(line))"
      if scanner.i >= context.bytes.count {
        throw context.error(.truncated(detail))
      }
      throw context.error(.unsupportedFormat("DIP JSON: \(detail)"))
    }
    return try documents(records, context: context, format: .dipJSON)
  }

  private struct Built {
    var document: Document
    var text: RecordText
    var vorgaenge: [(id: String, node: RecordNode)]
    var pending: [PendingReference]
    var order: Int
    var protocolPages: (key: DocumentKey, pages: String?)?
  }

  static func documents(
    _ records: [RecordNode], context: SourceContext, format: SourceInfo.Format
  ) throws(ReadError) -> [Document] {
    let bytes = context.bytes
    var built: [Built] = []
    for (index, record) in records.enumerated() {
      let isPosition =
        record.child("vorgangsposition") != nil
        || record.value("typ", bytes) == "Vorgangsposition"
      let fundstelle = record.child("fundstelle")
      let numberString =
        (isPosition ? fundstelle?.value("dokumentnummer", bytes) : nil)
        ?? record.value("dokumentnummer", bytes) ?? fundstelle?.value("dokumentnummer", bytes)
      guard let numberString, let (wp, nr) = splitNumber(numberString) else { continue }
      let herausgeber =
        fundstelle?.value("herausgeber", bytes) ?? record.value("herausgeber", bytes) ?? "BT"
      let body: Parliament = herausgeber == "BR" ? .br : .bt
      let art =
        (isPosition ? fundstelle?.value("dokumentart", bytes) : nil)
        ?? record.value("dokumentart", bytes) ?? "Drucksache"
      let isProtocol = art == "Plenarprotokoll"
      let key = DocumentKey(
        body: body, series: isProtocol ? .plenarprotokoll : .drucksache, wahlperiode: wp,
        number: nr)
      let typ = fundstelle?.value("drucksachetyp", bytes) ?? record.value("drucksachetyp", bytes)
      let kind: DocumentKind = isProtocol ? .plenarprotokoll : Self.kind(typ ?? "")

      var text = RecordText(source: bytes)
      var pending: [PendingReference] = []
      var sections: [Section] = []
      var title = record.value("titel", bytes)?.collapsingWhitespace()
      var protocolPages: (DocumentKey, String?)?
      if isProtocol {
        title = "Plenarprotokoll \(wp)/\(nr)"
        let pages = Self.pages(fundstelle, bytes)
        protocolPages = (key, pages)
        let step = record.value("vorgangsposition", bytes)
        let mark = text.assembler.mark
        text.line(record.child("titel"))
        for decision in record.all("beschlussfassung") {
          guard let numbers = decision.child("dokumentnummer"),
            let range = text.line(numbers)
          else { continue }
          let pin = decision.value("seite", bytes).map(Self.formatPage)
          for part in numbers.string(bytes).split(separator: ",") {
            guard let (dwp, dnr) = splitNumber(String(part)),
              let at = text.find(part.trimmingWhitespace(), in: range)
            else { continue }
            pending.append(
              PendingReference(
                kind: .drucksache,
                target: DocumentKey(body: body, series: .drucksache, wahlperiode: dwp, number: dnr),
                range: at, relation: .cites, pinCite: pin))
          }
        }
        let range = text.assembler.trimmed(mark, text.assembler.mark)
        let span = Span(start: record.raw.lowerBound, end: record.raw.upperBound)
        sections.append(
          Section(
            kind: .agendaItem, heading: record.value("titel", bytes)?.collapsingWhitespace(),
            label: [step, pages].compactMap { $0 }.joined(separator: ", "), span: span,
            textRange: range))
      } else {
        text.line(record.child("titel"))
      }

      var originators: [Person] = []
      for author in record.all("autoren_anzeige") + record.all("aktivitaet_anzeige") {
        guard let person = Self.person(author.value("titel", bytes)) else { continue }
        if !originators.contains(person) { originators.append(person) }
      }
      let urheber = record.all("urheber").compactMap { $0.value("titel", bytes) }
      let issuerNames =
        urheber.isEmpty
        ? (fundstelle?.all("urheber").map { $0.string(bytes) }.filter { !$0.isEmpty } ?? [])
        : urheber
      var vorgaenge: [(String, RecordNode)] = record.all("vorgangsbezug").compactMap { v in
        guard let id = v.child("id"), !id.string(bytes).isEmpty else { return nil }
        return (id.string(bytes), id)
      }
      if let id = record.child("vorgang_id"), !id.string(bytes).isEmpty {
        vorgaenge.append((id.string(bytes), id))
      }
      let normalized = text.assembler.finish(lineStarts: context.lineStarts)
      let document = Document(
        source: context.sourceInfo(format), key: key, keyOrigin: .printed, body: body,
        wahlperiode: wp, number: "\(wp)/\(nr)", kind: kind, title: title,
        dates: DocumentDates(
          original: Dates.parse(fundstelle?.value("datum", bytes) ?? record.value("datum", bytes)),
          issued: Dates.parse(fundstelle?.value("verteildatum", bytes))),
        originators: originators,
        issuer: issuerNames.isEmpty ? nil : issuerNames.joined(separator: ", "),
        sections: sections, text: normalized)
      built.append(
        Built(
          document: document, text: text, vorgaenge: vorgaenge, pending: pending, order: index,
          protocolPages: protocolPages))
    }

    // Links between papers of the same Vorgang within this file.
    var byVorgang: [String: [Int]] = [:]
    for (i, b) in built.enumerated() {
      for v in b.vorgaenge where !(byVorgang[v.id]?.contains(i) ?? false) {
        byVorgang[v.id, default: []].append(i)
      }
    }
    var extra: [[Reference]] = Array(repeating: [], count: built.count)
    for (i, b) in built.enumerated() {
      for v in b.vorgaenge {
        for j in byVorgang[v.id] ?? [] where j != i {
          let other = built[j].document
          let me = b.document
          guard other.key != me.key, let span = v.node.textSpan else { continue }
          let line = me.text.line(ofOriginalOffset: span.start)
          let text = v.node.string(bytes)
          if let pages = built[j].protocolPages, me.key.series == .drucksache {
            extra[i].append(
              Reference(
                kind: .plenarprotokoll, target: pages.key, text: text, span: span, line: line,
                relation: .cites, pinCite: pages.pages))
            continue
          }
          guard other.key.series == .drucksache, me.key.series == .drucksache else { continue }
          let answers =
            me.kind == .antwort && (other.kind == .kleineAnfrage || other.kind == .grosseAnfrage)
          let earlier = (Int(other.key.number ?? "") ?? 0) < (Int(me.key.number ?? "") ?? 0)
          guard answers || (earlier && other.kind != .antwort) else { continue }
          extra[i].append(
            Reference(
              kind: .drucksache, target: other.key, text: text, span: span, line: line,
              relation: answers ? .answers : .cites))
          if answers {
            built[i].document.answers = AnsweredQuestion(
              kind: other.kind, date: other.dates.effective, drucksache: other.key)
          }
        }
      }
    }
    if built.isEmpty && !records.isEmpty {
      throw context.error(
        .unsupportedFormat("no DIP record with a dokumentnummer among \(records.count) records"))
    }
    return built.enumerated().map { i, b in
      var d = b.document
      d.statedReferences = b.pending.map { $0.resolve(in: d.text) } + extra[i]
      return d
    }
  }

  /// `Peter Aumer, MdB, CDU/CSU` → name, role, party.
  static func person(_ s: String?) -> Person? {
    guard let parts = s?.split(separator: ",").map({ String($0).trimmingWhitespace() }),
      let name = parts.first, !name.isEmpty
    else { return nil }
    return Person(
      name: name, party: parts.count > 2 ? parts[2] : nil, role: parts.count > 1 ? parts[1] : nil)
  }

  /// `anfangsseite` 11179 `anfangsquadrant` C … → `S. 11179 C` (or a range).
  static func pages(_ fundstelle: RecordNode?, _ bytes: [UInt8]) -> String? {
    guard let f = fundstelle, let first = f.value("anfangsseite", bytes) else { return nil }
    let start = [first, f.value("anfangsquadrant", bytes)].compactMap { $0 }.joined(separator: " ")
    let endPage = f.value("endseite", bytes)
    let end = [endPage, f.value("endquadrant", bytes)].compactMap { $0 }.joined(separator: " ")
    return end.isEmpty || end == start ? "S. \(start)" : "S. \(start) – \(end)"
  }

  /// `11187B` → `S. 11187 B`.
  static func formatPage(_ s: String) -> String {
    let digits = s.prefix { $0.isNumber }
    let rest = s.dropFirst(digits.count).trimmingWhitespace()
    return rest.isEmpty ? "S. \(digits)" : "S. \(digits) \(rest)"
  }

  static func kind(_ typ: String) -> DocumentKind {
    switch typ {
    case "Antwort": return .antwort
    case "Kleine Anfrage": return .kleineAnfrage
    case "Große Anfrage": return .grosseAnfrage
    case "Antrag": return .antrag
    case "Entschließungsantrag": return .entschliessungsantrag
    case "Gesetzentwurf": return .gesetzentwurf
    case "Beschlussempfehlung und Bericht", "Beschlussempfehlung": return .beschlussempfehlung
    case "Bericht": return .bericht
    case "Unterrichtung": return .unterrichtung
    case "Stellungnahme": return .stellungnahme
    default: return .unknown
    }
  }
}

/// DIP records as XML: each `document` (or the root record) is collected as a record tree
/// and read like its JSON twin.
final class DIPXMLReader: FormatHandler {
  private let context: SourceContext
  private var collector = RecordCollector()
  private var records: [RecordNode] = []
  private var depth = 0

  init(context: SourceContext) { self.context = context }

  func handle(_ event: XMLEvent, _ attributes: Attributes) throws(ReadError) {
    if collector.isCollecting {
      if let record = collector.feed(event, attributes) { records.append(record) }
      return
    }
    switch event {
    case .start(let name, let tag, let isEmpty):
      if DIPRecords.recordElements.contains(name) && !isEmpty {
        collector.begin(name: name, tag: tag)
      } else if !isEmpty {
        depth += 1
      }
    case .end: depth -= 1
    case .text: break
    }
  }

  func finish() throws(ReadError) -> [Document] {
    try DIPRecords.documents(records, context: context, format: .dipXML)
  }
}
