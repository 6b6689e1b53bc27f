import DocumentModel
import Foundation

/// The Sächsischer Landtag's export (`Export/Vorgang/Dokument`).
///
/// A Vorgang holds its papers in order (`ReihNr`): the question (`DokTyp` `KlAnfr`,
/// `GrAnfr`, …) and the answer (`Antw`) printed under the same Drucksache number, then
/// further papers (an `EntschlAntr` with its own number) and the Plenarprotokoll pages.
/// - the question → `sn/drs/<wp>/<nr>`, printed;
/// - the answer under the same number → `sn/antwort/<wp>/<nr>`, derived ("the answer to"
///   that Drucksache), with a stated `answers` reference to the question; an answer with
///   its own number keeps `sn/drs/<wp>/<own>`;
/// - other Drucksachen of the Vorgang → their own key, with a stated `cites` reference to
///   the Vorgang's first paper;
/// - a Plenarprotokoll entry → `sn/plpr/<wp>/<nr>` (one document per protocol in the file)
///   citing the Vorgang's first paper, with the page (`S.959`) as pin cite.
/// Text of each document: its `Titel` and `FundSt`, one line each.
final class SaxonyExportReader: FormatHandler {
  private let context: SourceContext
  private var collector = RecordCollector()
  private var documents: [Document] = []
  private var protocols: [DocumentKey: [(RecordNode, DocumentKey?)]] = [:]
  private var protocolOrder: [DocumentKey] = []

  init(context: SourceContext) { self.context = context }

  func handle(_ event: XMLEvent, _ attributes: Attributes) throws(ReadError) {
    if collector.isCollecting {
      if let vorgang = collector.feed(event, attributes) { read(vorgang: vorgang) }
    } else if case .start(let name, let tag, let isEmpty) = event, name == "Vorgang", !isEmpty {
      collector.begin(name: name, tag: tag)
    }
  }

  func finish() throws(ReadError) -> [Document] {
    for key in protocolOrder {
      guard let entries = protocols[key], let first = entries.first?.0 else { continue }
      var text = RecordText(source: context.bytes)
      var refs: [PendingReference] = []
      for (entry, lead) in entries {
        let titleRange = text.line(entry.child("Titel"))
        let fundRange = text.line(entry.child("FundSt"))
        guard let lead, let wp = lead.wahlperiode, let nr = lead.number else { continue }
        let range =
          text.find("Drs \(wp)/\(nr)", in: titleRange) ?? fundRange ?? titleRange
        if let range {
          let page = entry.value("FundSt", context.bytes).flatMap(Self.page)
          refs.append(
            PendingReference(
              kind: .drucksache, target: lead, range: range, relation: .cites, pinCite: page))
        }
      }
      let normalized = text.assembler.finish(lineStarts: context.lineStarts)
      let wp = first.value("DokWp", context.bytes).flatMap { Int($0) }
      documents.append(
        Document(
          source: context.sourceInfo(.saxonyExport), key: key, keyOrigin: .printed, body: .sn,
          wahlperiode: wp, number: key.wahlperiode.map { "\($0)/\(key.number ?? "")" },
          kind: .plenarprotokoll,
          title: "Plenarprotokoll \(wp.map(String.init) ?? "?")/\(key.number ?? "")",
          dates: DocumentDates(other: Dates.parse(first.value("DokDat", context.bytes))),
          statedReferences: refs.map { $0.resolve(in: normalized) }, text: normalized))
    }
    protocols = [:]
    protocolOrder = []
    return documents
  }

  private func read(vorgang: RecordNode) {
    let bytes = context.bytes
    let papers = vorgang.all("Dokument").sorted {
      (Int($0.value("ReihNr", bytes) ?? "") ?? 0) < (Int($1.value("ReihNr", bytes) ?? "") ?? 0)
    }
    var lead: (key: DocumentKey, kind: DocumentKind, title: String?, date: PartialDate?)?
    for paper in papers {
      guard let wp = paper.value("DokWp", bytes).flatMap({ Int($0) }),
        let nr = paper.value("DokNr", bytes).flatMap({ Int($0) })
      else { continue }
      let art = paper.value("DokArt", bytes) ?? ""
      let typ = paper.value("DokTyp", bytes) ?? ""
      if art == "PlPr" || typ == "PlPr" {
        let key = DocumentKey(
          body: .sn, series: .plenarprotokoll, wahlperiode: wp, number: String(nr))
        if protocols[key] == nil { protocolOrder.append(key) }
        protocols[key, default: []].append((paper, lead?.key))
        continue
      }
      guard art == "Drs" else { continue }
      let drs = DocumentKey(body: .sn, series: .drucksache, wahlperiode: wp, number: String(nr))
      var text = RecordText(source: bytes)
      let titleRange = text.line(paper.child("Titel"))
      let fundRange = text.line(paper.child("FundSt"))
      var refs: [PendingReference] = []
      var key = drs
      var origin = KeyOrigin.printed
      var answered: AnsweredQuestion?
      let kind = Self.kind(typ)
      var title = paper.value("Titel", bytes)?.collapsingWhitespace()
      if let lead {
        let range =
          text.find("Drs \(lead.key.wahlperiode ?? wp)/\(lead.key.number ?? "")", in: fundRange)
          ?? text.find("Drs \(lead.key.wahlperiode ?? wp)/\(lead.key.number ?? "")", in: titleRange)
          ?? fundRange ?? titleRange
        if kind == .antwort {
          if drs == lead.key {
            key = DocumentKey(body: .sn, series: .antwort, wahlperiode: wp, number: String(nr))
            origin = .derived
          }
          answered = AnsweredQuestion(kind: lead.kind, date: lead.date, drucksache: lead.key)
          if title == nil { title = lead.title }
        }
        if let range {
          refs.append(
            PendingReference(
              kind: .drucksache, target: lead.key, range: range,
              relation: kind == .antwort ? .answers : .cites))
        }
      }
      let normalized = text.assembler.finish(lineStarts: context.lineStarts)
      let (originators, issuer) = Self.authors(paper, bytes, answering: kind == .antwort)
      let date = Dates.parse(paper.value("DokDat", bytes))
      documents.append(
        Document(
          source: context.sourceInfo(.saxonyExport), key: key, keyOrigin: origin, body: .sn,
          wahlperiode: wp, number: origin == .printed ? "\(wp)/\(nr)" : nil, kind: kind,
          title: title,
          dates: DocumentDates(
            original: date, issued: Dates.parse(paper.value("AusgDat", bytes))),
          originators: originators, issuer: issuer, answers: answered,
          statedReferences: refs.map { $0.resolve(in: normalized) }, text: normalized))
      if lead == nil { lead = (drs, kind, title, date) }
    }
  }

  /// `urheber istPerson="1"`: a member (`vorname name`, Fraktion); otherwise an
  /// organisation whose long name stands in `vorname` (`Staatskanzlei`, `Fraktion DIE LINKE`).
  private static func authors(_ paper: RecordNode, _ bytes: [UInt8], answering: Bool)
    -> ([Person], String?)
  {
    var people: [Person] = []
    var issuer: String?
    for u in paper.all("urheber") {
      let short = u.value("name", bytes)
      let long = u.value("vorname", bytes)
      if u.attributes["istPerson"] == "1" {
        let name = [long, short].compactMap { $0 }.joined(separator: " ")
        people.append(Person(name: name, party: u.value("fraktion", bytes), role: "MdL"))
      } else if answering {
        issuer = issuer ?? long ?? short
      } else if let org = long ?? short {
        people.append(Person(name: org))
      }
    }
    return (people, issuer)
  }

  static func kind(_ typ: String) -> DocumentKind {
    switch typ {
    case "KlAnfr": return .kleineAnfrage
    case "GrAnfr": return .grosseAnfrage
    case "Antw": return .antwort
    case "Antr", "AntrAe": return .antrag
    case "EntschlAntr": return .entschliessungsantrag
    case "GesEntw": return .gesetzentwurf
    case "BeschlEmpf", "BeschlEmpfBer": return .beschlussempfehlung
    case "Ber": return .bericht
    case "Unterr": return .unterrichtung
    case "PlPr": return .plenarprotokoll
    default: return .unknown
    }
  }

  /// `PlPr 6/13 30.04.2015 S.959` → `S. 959`.
  static func page(_ fundSt: String) -> String? {
    guard let r = fundSt.range(of: "S.") else { return nil }
    let rest = fundSt[r.upperBound...].trimmingWhitespace()
    let page = rest.prefix { !$0.isWhitespace }
    return page.isEmpty ? nil : "S. \(page)"
  }
}
