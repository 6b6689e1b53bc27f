/// A member of a parliament or another person a paper names, with party or Fraktion.
public struct Person: Hashable, Codable, Sendable {
  public var name: String
  /// Party or Fraktion as printed: `CDU`, `BÜNDNIS 90/DIE GRÜNEN`.
  public var party: String?
  /// `MdL`, `MdB`, `Minister`, …
  public var role: String?

  public init(name: String, party: String? = nil, role: String? = nil) {
    self.name = name
    self.party = party
    self.role = role
  }
}

/// The question an Antwort answers, as its title block names it.
public struct AnsweredQuestion: Hashable, Codable, Sendable {
  /// `kleine-anfrage` or `grosse-anfrage`.
  public var kind: DocumentKind
  /// The question's own running number (`Kleine Anfrage 421`), where printed.
  public var number: Int?
  public var date: PartialDate?
  /// The question's Drucksache (`nw/drs/16/850`), where printed.
  public var drucksache: DocumentKey?

  public init(
    kind: DocumentKind, number: Int? = nil, date: PartialDate? = nil,
    drucksache: DocumentKey? = nil
  ) {
    self.kind = kind
    self.number = number
    self.date = date
    self.drucksache = drucksache
  }
}

/// The dates a paper's title block and text give.
public struct DocumentDates: Hashable, Codable, Sendable {
  /// The date in the page header (`09.10.2012`).
  public var header: PartialDate?
  /// "Datum des Originals".
  public var original: PartialDate?
  /// "Ausgegeben".
  public var issued: PartialDate?
  /// The answer's letter: "mit Schreiben vom 9. Oktober 2012".
  public var letter: PartialDate?
  /// A question's own date ("vom 6. September 2012"), a sitting's date.
  public var other: PartialDate?

  public init(
    header: PartialDate? = nil, original: PartialDate? = nil, issued: PartialDate? = nil,
    letter: PartialDate? = nil, other: PartialDate? = nil
  ) {
    self.header = header
    self.original = original
    self.issued = issued
    self.letter = letter
    self.other = other
  }

  /// The one date that stands for the paper: the original's, else the letter's, else the
  /// header's, else the day it was issued.
  public var effective: PartialDate? { original ?? letter ?? header ?? issued ?? other }
}

/// Where a paper's identity came from.
public enum KeyOrigin: String, Codable, Sendable {
  /// The paper prints its own number.
  case printed
  /// Derived from what the paper is (the answer to a known question).
  case derived
  /// Nothing identifies it but its content hash.
  case contentHash = "content-hash"
}

/// The file a paper was read from.
public struct SourceInfo: Hashable, Codable, Sendable {
  public enum Format: String, Codable, Sendable {
    case text
    case bundestagPlenarprotokollXML = "bt-plenarprotokoll-xml"
    case akomaNtoso = "akoma-ntoso"
    case saxonyExport = "sn-landtag-export"
    case dipXML = "dip-xml"
    case dipJSON = "dip-json"
  }

  public var path: String
  /// SHA-256 of the file's bytes, lower-case hex.
  public var sha256: String
  public var byteCount: Int
  public var format: Format
  /// `utf-8`, `utf-8-bom`, `windows-1252`.
  public var encoding: String
  /// The paper's place in a file that holds several (a Landtag export, a DIP list), 0-based;
  /// nil when the file is one paper.
  public var part: Int?

  public init(
    path: String, sha256: String, byteCount: Int, format: Format, encoding: String,
    part: Int? = nil
  ) {
    self.path = path
    self.sha256 = sha256
    self.byteCount = byteCount
    self.format = format
    self.encoding = encoding
    self.part = part
  }

  /// What makes this paper's content unique: the file's hash, and the paper's place in a
  /// file of several. Storing the same content again is a no-op.
  public var contentID: String { part.map { "\(sha256)#\($0)" } ?? sha256 }
}

/// A paper as Fundstelle understands it: identity, metadata and sections, over its
/// normalized text.
public struct Document: Sendable {
  public var source: SourceInfo
  public var key: DocumentKey
  public var keyOrigin: KeyOrigin
  /// Other keys the same paper is known by (`nw/ka/16/421` for a question).
  public var aliases: [DocumentKey]
  public var body: Parliament?
  public var wahlperiode: Int?
  /// The paper's own number as printed (`16/1087`), where printed.
  public var number: String?
  /// `neudruck`, `2.neudruck`, `vorabfassung`, where the paper says so.
  public var version: String?
  public var kind: DocumentKind
  public var title: String?
  public var dates: DocumentDates
  public var originators: [Person]
  /// The ministry or government that answers or issues the paper.
  public var issuer: String?
  public var answers: AnsweredQuestion?
  public var sections: [Section]
  /// References the format states outright, beside what extraction finds in the text: an
  /// XML `<ref href>`, a DIP record's `vorgangsbezug`, an export's question/answer pairing.
  public var statedReferences: [Reference]
  public var text: NormalizedText

  public init(
    source: SourceInfo, key: DocumentKey, keyOrigin: KeyOrigin, aliases: [DocumentKey] = [],
    body: Parliament? = nil, wahlperiode: Int? = nil, number: String? = nil,
    version: String? = nil, kind: DocumentKind = .unknown, title: String? = nil,
    dates: DocumentDates = DocumentDates(), originators: [Person] = [], issuer: String? = nil,
    answers: AnsweredQuestion? = nil, sections: [Section] = [],
    statedReferences: [Reference] = [], text: NormalizedText
  ) {
    self.source = source
    self.key = key
    self.keyOrigin = keyOrigin
    self.aliases = aliases
    self.body = body
    self.wahlperiode = wahlperiode
    self.number = number
    self.version = version
    self.kind = kind
    self.title = title
    self.dates = dates
    self.originators = originators
    self.issuer = issuer
    self.answers = answers
    self.sections = sections
    self.statedReferences = statedReferences
    self.text = text
  }
}

extension Document {
  /// The version's label as the store keeps it: what the paper says (`version`), else the
  /// mark in its key (`nw/drs/17/3125@neudruck`).
  public var versionLabel: String? { version ?? key.version }

  /// Where a version label stands among the prints of one paper; higher is newer:
  /// `vorabfassung` < the original (no label) < `neudruck` < `2.neudruck` < …. Which
  /// version stands for the paper, and which side of a diff is the older, follow it
  /// rather than the order the files arrived in.
  public static func versionRank(_ label: String?) -> Int {
    guard let label, !label.isEmpty else { return 0 }
    if label == "vorabfassung" { return -1 }
    if label == "neudruck" { return 1 }
    if label.hasSuffix(".neudruck"), let n = Int(label.dropLast(".neudruck".count)) {
      return max(n, 1)
    }
    return 0
  }
}
