import DocumentModel

/// A paper's canonical key, from what the paper says about itself.
///
/// Keys are `<body>/<series>/<wp>/<number>[@version]`, lower case (DESIGN.md, "Canonical
/// keys"). In order of preference:
///
/// 1. **Printed number.** A paper that prints its own number is `<body>/drs/<wp>/<number>`
///    (`vorlage`, `plpr`, … for Vorlagen and protocols), `keyOrigin` `printed`:
///    `nw/drs/16/1087`. A corrected reprint keeps the number and adds its version:
///    `nw/drs/17/3125@neudruck`, `@2.neudruck`, Bundestag `@vorabfassung`; `number` stays
///    `17/3125` without it.
/// 2. **Printed question number.** A Kleine or Große Anfrage that prints its running number
///    but no Drucksache number is `<body>/ka/<wp>/<n>` (`ga` for a Große Anfrage), `printed`.
/// 3. **Derived from the question.** An Antwort that prints no number of its own (the seed,
///    whose page header pdftotext lost) is the answer to its question:
///    `<body>/antwort/<wp>/<question's Drucksache number>`, `keyOrigin` `derived`:
///    `nw/antwort/16/850`. If only the question's running number is known:
///    `<body>/antwort-ka/<wp>/<ka number>` (`antwort-ga` for a Große Anfrage).
/// 4. **Press release.** `press/<issuer acronym or "unknown">/<yyyy-mm-dd>`, `derived`.
/// 5. **Nothing identifying.** `unknown/sha256/<first 16 hex digits of the file's SHA-256>`,
///    `keyOrigin` `content-hash`: the same bytes always get the same key.
///
/// **Aliases** make two arrivals of one paper one paper in the store: an Antwort with a
/// printed number that names its question also gets `<body>/antwort/<wp>/<question>` (and
/// `<body>/antwort-ka/<wp>/<ka number>` where the question has one), the keys a copy
/// without header derives; a question paper with a printed Drucksache number also gets
/// `<body>/ka/<wp>/<n>` (`nw/ka/16/421`), the key its answers and citations use.
///
/// A key needs the body and the Wahlperiode; where either is unknown the paper falls back
/// to the next rule, finally to the content hash.
enum DocumentIdentity {
  struct Facts {
    var body: Parliament?
    var wahlperiode: Int?
    var kind: DocumentKind
    var ownNumber: PaperNumber?
    var version: String?
    var questionNumber: Int?
    var answeredKind: DocumentKind?
    var answeredNumber: Int?
    var answeredDrucksache: PaperNumber?
    var issuerSlug: String?
    var date: PartialDate?
    var sha256: String
  }

  static func identify(_ facts: Facts) -> (
    key: DocumentKey, origin: KeyOrigin, aliases: [DocumentKey]
  ) {
    let contentKey = DocumentKey("unknown/sha256/" + String(facts.sha256.prefix(16)))
    guard let body = facts.body else {
      return pressKey(facts) ?? (contentKey, .contentHash, [])
    }
    let wp = facts.wahlperiode ?? facts.ownNumber?.wahlperiode
    var aliases: [DocumentKey] = []
    // The keys a header-less copy of an answer derives.
    if facts.kind == .antwort {
      if let q = facts.answeredDrucksache {
        aliases.append(
          DocumentKey(
            body: body, series: .antwort, wahlperiode: q.wahlperiode, number: "\(q.number)"))
      }
      if let n = facts.answeredNumber, let wp = facts.answeredDrucksache?.wahlperiode ?? wp {
        aliases.append(
          DocumentKey("\(body.rawValue)/\(answeredSeries(facts.answeredKind))/\(wp)/\(n)"))
      }
    }
    let questionSeries: Series? =
      facts.kind == .kleineAnfrage
      ? .kleineAnfrage : facts.kind == .grosseAnfrage ? .grosseAnfrage : nil

    if let own = facts.ownNumber {
      let key = DocumentKey(
        body: body, series: ParliamentKnowledge.series(of: facts.kind),
        wahlperiode: own.wahlperiode, number: "\(own.number)", version: facts.version)
      if let series = questionSeries, let n = facts.questionNumber {
        aliases.append(
          DocumentKey(body: body, series: series, wahlperiode: own.wahlperiode, number: "\(n)"))
      }
      return (key, .printed, aliases)
    }
    if let series = questionSeries, let n = facts.questionNumber, let wp {
      let key = DocumentKey(
        body: body, series: series, wahlperiode: wp, number: "\(n)", version: facts.version)
      return (key, .printed, [])
    }
    if facts.kind == .antwort, let first = aliases.first {
      var key = first
      if let version = facts.version { key = DocumentKey(first.rawValue + "@" + version) }
      return (key, .derived, Array(aliases.dropFirst()))
    }
    return pressKey(facts) ?? (contentKey, .contentHash, [])
  }

  private static func answeredSeries(_ kind: DocumentKind?) -> String {
    kind == .grosseAnfrage ? "antwort-ga" : "antwort-ka"
  }

  private static func pressKey(_ facts: Facts) -> (DocumentKey, KeyOrigin, [DocumentKey])? {
    guard facts.kind == .pressemitteilung, let date = facts.date, date.granularity == .day
    else { return nil }
    return (DocumentKey("press/\(facts.issuerSlug ?? "unknown")/\(date.iso)"), .derived, [])
  }
}
