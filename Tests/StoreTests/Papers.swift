import DocumentModel
import Foundation
import Store
import TestSupport
import Testing

/// Documents built by hand (the pipeline is another helper's), over real text where we have
/// it (the seed) and short realistic texts where we do not.
enum Papers {
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  /// A document over `text` taken as its own original bytes.
  static func document(
    _ text: String, key: DocumentKey, origin: KeyOrigin = .printed, kind: DocumentKind,
    title: String?, aliases: [DocumentKey] = [], date: PartialDate? = nil,
    path: String? = nil, sections: [Section] = []
  ) -> Document {
    let bytes = Array(text.utf8)
    let normalized = NormalizedText(
      text: text, map: .identity(length: bytes.count),
      originalLineStarts: NormalizedText.lineStarts(of: bytes))
    return Document(
      source: SourceInfo(
        path: path ?? "inbox/\(key.rawValue.replacingOccurrences(of: "/", with: "_")).txt",
        sha256: SHA256.hex(bytes), byteCount: bytes.count, format: .text, encoding: "utf-8"),
      key: key, keyOrigin: origin, aliases: aliases, body: key.body,
      wahlperiode: key.wahlperiode, number: key.number.map { "\(key.wahlperiode ?? 0)/\($0)" },
      version: key.version, kind: kind, title: title, dates: DocumentDates(original: date),
      sections: sections, text: normalized)
  }

  /// The reference whose surface is the `occurrence`-th `surface` in `text`.
  static func reference(
    _ surface: String, in text: String, occurrence: Int = 1, kind: ReferenceKind,
    target: DocumentKey, relation: Relation, aliases: [DocumentKey] = [], pinCite: String? = nil
  ) throws -> Reference {
    let bytes = Array(text.utf8)
    let needle = Array(surface.utf8)
    var found = 0
    var start = 0
    while start + needle.count <= bytes.count {
      if bytes[start..<start + needle.count].elementsEqual(needle) {
        found += 1
        if found == occurrence { break }
      }
      start += 1
    }
    guard found == occurrence, start + needle.count <= bytes.count else {
      throw Missing(description: "\"\(surface)\" (occurrence \(occurrence)) is not in the text")
    }
    let line = bytes[..<start].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    return Reference(
      kind: kind, target: target, aliases: aliases, text: surface,
      span: Span(start: start, end: start + needle.count), line: line, relation: relation,
      pinCite: pinCite)
  }

  // MARK: The seed's Vorgang (NRW, WP 16, Kleine Anfrage 421)

  static let questionText = """
    LANDTAG NORDRHEIN-WESTFALEN
    16. Wahlperiode
    Drucksache 16/850
    06.09.2012

    Kleine Anfrage 421

    der Abgeordneten Serap Güler CDU

    Aktive Partnerschaften zur interkulturellen Öffnung von Behörden und Institutionen:
    Was hat das Ministerium die letzten zwei Jahre getan?

    Am 21. Dezember 2010 verschickte das Ministerium für Arbeit, Integration und Soziales eine
    Pressemitteilung mit der Überschrift „Nordrhein-Westfalen macht Ernst“.
    Am 23. August 2012 gab es eine weitere Pressemitteilung.

    3. Wo bleibt der in der Pressemitteilung vom 21. Dezember 2010 angekündigte
    Erfahrungsbericht zu dem Instrument „Anonymisierte Bewerbung“?

    """

  static let title =
    "Aktive Partnerschaften zur interkulturellen Öffnung von Behörden und Institutionen: Was hat das Ministerium die letzten zwei Jahre getan?"

  /// The Kleine Anfrage 421 as Drucksache 16/850.
  static func question() throws -> StoredPaper {
    let text = questionText
    let document = Papers.document(
      text, key: "nw/drs/16/850", kind: .kleineAnfrage, title: title, aliases: ["nw/ka/16/421"],
      date: PartialDate(year: 2012, month: 9, day: 6))
    return StoredPaper(
      document: document,
      references: [
        try reference(
          "Pressemitteilung", in: text, kind: .pressRelease, target: "press/mais/2010-12-21",
          relation: .cites),
        try reference(
          "weitere Pressemitteilung", in: text, kind: .pressRelease,
          target: "press/mais/2012-08-23", relation: .cites),
        try reference(
          "Pressemitteilung vom 21. Dezember 2010", in: text, kind: .pressRelease,
          target: "press/mais/2010-12-21", relation: .cites),
      ])
  }

  /// The seed: the answer without its page header, so under the derived key
  /// `nw/antwort/16/850`; its references are the ones issue 3 lists for it.
  static func seedAnswer() throws -> StoredPaper {
    let bytes = [UInt8](try Data(contentsOf: Repository.seed))
    let text = String(decoding: bytes, as: UTF8.self)
    var document = Papers.document(
      text, key: "nw/antwort/16/850", origin: .derived, kind: .antwort, title: title,
      date: PartialDate(year: 2012, month: 10, day: 9),
      path: "seeds/000_65a9724eb37073ec.txt")
    document.answers = AnsweredQuestion(
      kind: .kleineAnfrage, number: 421, date: PartialDate(year: 2012, month: 9, day: 6),
      drucksache: "nw/drs/16/850")
    return StoredPaper(
      document: document, references: try answerReferences(in: text, self: "nw/antwort/16/850"))
  }

  /// The same answer as printed, with the page header naming Drucksache 16/1087: a different
  /// file of the same paper, which names the derived identity as its alias.
  static func printedAnswer() throws -> StoredPaper {
    let seed = String(decoding: try Data(contentsOf: Repository.seed), as: UTF8.self)
    let text = """
      LANDTAG NORDRHEIN-WESTFALEN
      16. Wahlperiode
      Drucksache 16/1087
      09.10.2012
      Datum des Originals: 09.10.2012/Ausgegeben: 12.10.2012

      """ + seed
    let document = Papers.document(
      text, key: "nw/drs/16/1087", kind: .antwort, title: title, aliases: ["nw/antwort/16/850"],
      date: PartialDate(year: 2012, month: 10, day: 9))
    return StoredPaper(
      document: document, references: try answerReferences(in: text, self: "nw/drs/16/1087"))
  }

  /// The references of the answer: what issue 3's acceptance lists for the seed.
  static func answerReferences(in text: String, self key: String) throws -> [Reference] {
    [
      try reference(
        "Kleine Anfrage 421 vom 6. September 2012 \nder Abgeordneten Serap Güler   CDU \nDrucksache 16/850",
        in: text, kind: .kleineAnfrage, target: "nw/drs/16/850", relation: .answers,
        aliases: ["nw/ka/16/421"]),
      try reference(
        "Pressemitteilung", in: text, kind: .pressRelease, target: "press/mais/2010-12-21",
        relation: .cites),
      try reference(
        "weitere Pressemitteilung", in: text, kind: .pressRelease,
        target: "press/mais/2012-08-23", relation: .cites),
      try reference(
        "§§ 1 Nr. 7", in: text, kind: .law, target: "law/nw/tintg/§1/nr7", relation: .mentionsLaw),
      try reference(
        "6 Abs.1", in: text, kind: .law, target: "law/nw/tintg/§6/abs1", relation: .mentionsLaw),
      try reference(
        "unter 3. genannten", in: text, kind: .internal, target: DocumentKey(key + "#frage-3"),
        relation: .refersTo),
      try reference(
        "Vorlage \n15/1144", in: text, kind: .vorlage, target: "nw/vorlage/15/1144",
        relation: .cites),
    ]
  }

  /// A later question that asks after the answer and names the first question only by its
  /// Kleine-Anfrage number, so it binds through the alias.
  static func followUp() throws -> StoredPaper {
    let text = """
      LANDTAG NORDRHEIN-WESTFALEN
      16. Wahlperiode
      Drucksache 16/2001
      14.02.2013

      Kleine Anfrage 812

      der Abgeordneten Serap Güler CDU

      Anonymisierte Bewerbung: Welche Ergebnisse hat die Auswertung ergeben?

      In ihrer Antwort (Drucksache 16/1087) auf die Kleine Anfrage 421 teilte die
      Landesregierung mit, die Daten würden derzeit ausgewertet.

      """
    let document = Papers.document(
      text, key: "nw/drs/16/2001", kind: .kleineAnfrage,
      title: "Anonymisierte Bewerbung: Welche Ergebnisse hat die Auswertung ergeben?",
      aliases: ["nw/ka/16/812"], date: PartialDate(year: 2013, month: 2, day: 14))
    return StoredPaper(
      document: document,
      references: [
        try reference(
          "Drucksache 16/1087", in: text, kind: .drucksache, target: "nw/drs/16/1087",
          relation: .cites),
        try reference(
          "Kleine Anfrage 421", in: text, kind: .kleineAnfrage, target: "nw/ka/16/421",
          relation: .cites),
      ])
  }

  // MARK: Generated papers for volume tests

  /// Paper `i` of a synthetic WP-17 series: each cites the two papers before it and one
  /// Vorlage that is never ingested.
  static func synthetic(_ i: Int) throws -> StoredPaper {
    let text = """
      LANDTAG NORDRHEIN-WESTFALEN
      17. Wahlperiode
      Drucksache 17/\(1000 + i)

      Antrag der Fraktion der SPD

      Bezug: Drucksache 17/\(999 + i) und Drucksache 17/\(998 + i), Vorlage 17/\(i % 7 + 1)

      """
    let document = Papers.document(
      text, key: DocumentKey("nw/drs/17/\(1000 + i)"), kind: .antrag, title: "Antrag \(i)")
    return StoredPaper(
      document: document,
      references: [
        try reference(
          "Drucksache 17/\(999 + i)", in: text, kind: .drucksache,
          target: DocumentKey("nw/drs/17/\(999 + i)"), relation: .cites),
        try reference(
          "Drucksache 17/\(998 + i)", in: text, kind: .drucksache,
          target: DocumentKey("nw/drs/17/\(998 + i)"), relation: .cites),
        try reference(
          "Vorlage 17/\(i % 7 + 1)", in: text, kind: .vorlage,
          target: DocumentKey("nw/vorlage/17/\(i % 7 + 1)"), relation: .cites),
      ])
  }
}

/// A fresh store in a temporary directory. Tests call `remove()` in a `defer`, which also
/// keeps the directory alive until the test is done with the store.
final class TemporaryStore: Sendable {
  let directory: URL
  let path: String

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("fundstelle-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent("fundstelle.sqlite").path
  }

  func open() throws -> PaperStore { try PaperStore(path: path) }

  /// A store opened in a fresh temporary directory, and the directory, to remove in a
  /// `defer`.
  static func opened() throws -> (PaperStore, URL) {
    let temporary = try TemporaryStore()
    return (try temporary.open(), temporary.directory)
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }
}
