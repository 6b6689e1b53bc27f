/// The canonical identity of a paper or another citable thing.
///
/// `<body>/<series>/<wp>/<number>[@version]`, lower case: `nw/drs/16/850`,
/// `nw/ka/16/421`, `bt/plpr/19/32`, `nw/drs/17/2345@neudruck`. Outside the parliaments:
/// `press/<issuer-slug>/<yyyy-mm-dd>` and `law/<body>/<abbreviation>/§<n>[/abs<n>][/nr<n>]`.
/// The unversioned key names the paper; versions share it.
public struct DocumentKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue.lowercased() }
  public init(stringLiteral value: String) { self.init(value) }

  /// A numbered paper of a parliament: `DocumentKey(body: .nw, series: .drucksache, wahlperiode: 16, number: "850")`.
  public init(
    body: Parliament, series: Series, wahlperiode: Int, number: String, version: String? = nil
  ) {
    var raw = "\(body.rawValue)/\(series.rawValue)/\(wahlperiode)/\(number)"
    if let version { raw += "@\(version)" }
    self.init(raw)
  }

  /// The key without its `@version` suffix.
  public var unversioned: DocumentKey {
    guard let at = versionMark else { return self }
    return DocumentKey(String(rawValue[..<at]))
  }

  public var version: String? {
    guard let at = versionMark else { return nil }
    return String(rawValue[rawValue.index(after: at)...])
  }

  /// Where the `@` stands, found among the UTF-8 bytes: `firstIndex(of: "@")` compares
  /// Characters one by one, and every stored reference asks this of its target.
  private var versionMark: String.Index? {
    rawValue.utf8.firstIndex(of: UInt8(ascii: "@"))
  }

  public var components: [Substring] { unversioned.rawValue.split(separator: "/") }
  public var body: Parliament? { components.first.flatMap { Parliament(rawValue: String($0)) } }
  public var series: Series? {
    components.count > 1 ? Series(rawValue: String(components[1])) : nil
  }
  public var wahlperiode: Int? { components.count > 2 ? Int(components[2]) : nil }
  public var number: String? { components.count > 3 ? String(components[3]) : nil }

  public var description: String { rawValue }
  public static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}

/// The parliaments, by the body codes of the canonical keys.
public enum Parliament: String, Codable, Sendable, CaseIterable {
  case bt, br, bw, by, be, bb, hb, hh, he, mv, ni, nw, rp, sl, sn, st, sh, th
}

/// The series a parliament numbers its papers in.
public enum Series: String, Codable, Sendable, CaseIterable {
  case drucksache = "drs"
  case kleineAnfrage = "ka"
  case grosseAnfrage = "ga"
  case vorlage
  case stellungnahme
  case information
  case plenarprotokoll = "plpr"
  case beschlussprotokoll = "plbpr"
  case ausschussprotokoll = "apr"
  /// Non-public committee protocols (NRW `nöAPr`), numbered apart from the public ones.
  case nichtoeffentlichesAusschussprotokoll = "noeapr"
  /// Derived identity of an answer that does not print its own number:
  /// `nw/antwort/16/850` is the answer to `nw/drs/16/850`.
  case antwort
}
