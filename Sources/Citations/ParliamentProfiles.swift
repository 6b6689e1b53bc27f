import DocumentModel
import Foundation

/// What the extractor knows about parliaments, their papers, ministries and laws.
///
/// Loaded from `Profiles/parliaments.json`; nothing parliament-specific lives in code.
public struct ParliamentProfiles: Sendable {
  /// One parliament's numbering rules.
  public struct Parliament: Codable, Sendable {
    public var code: String
    public var name: String
    /// The highest Wahlperiode a reference may name.
    public var maxWahlperiode: Int
    /// Fragment name of the government's Vorbemerkung: `landesregierung`, `senat`, …
    public var government: String
    /// NW, RP, BB number Kleine and Große Anfragen apart from their Drucksachen.
    public var numbersQuestionsApart: Bool
    /// The Bundesrat numbers its Drucksachen `123/19` (number/year), not by Wahlperiode.
    public var numberedByYear: Bool?
  }

  /// Surface forms that introduce a numbered paper.
  public struct PaperTrigger: Codable, Sendable {
    public var kind: String
    public var series: String
    /// A body code that overrides the citing paper's body (`BT-Drs.` → `bt`).
    public var body: String?
    /// Whether a number without Wahlperiode (`Drucksache 14021`) counts.
    public var allowBare: Bool
    public var forms: [String]
  }

  /// A ministry or other issuer of press releases.
  public struct Ministry: Codable, Sendable {
    public var body: String
    public var slug: String
    public var acronyms: [String]
    /// The name after "Ministerium": `für Arbeit, Integration und Soziales`.
    public var portfolios: [String]?
    /// Whole words that name it: `Finanzministerium`, `Staatskanzlei`.
    public var words: [String]?
  }

  /// A law with its abbreviations and names; `body` `@citing` means the citing parliament's.
  public struct Law: Codable, Sendable {
    public var body: String
    public var slug: String
    /// Another slug where the citing parliament is this body (`bt` → `go-bt`).
    public var slugByBody: [String: String]?
    public var abbreviations: [String]
    public var names: [String]
  }

  struct File: Codable {
    var parliaments: [Parliament]
    var paperTriggers: [PaperTrigger]
    var ministries: [Ministry]
    var laws: [Law]
    var notLaws: [String]
  }

  public let parliaments: [String: Parliament]
  public let paperTriggers: [PaperTrigger]
  public let ministries: [Ministry]
  public let laws: [Law]
  /// Upper-case words after a `§` chain that are not laws (`NRW`, party names).
  public let notLaws: Set<String>

  /// Profiles from the JSON format of `Profiles/parliaments.json`.
  public init(json: Data) throws {
    let file = try JSONDecoder().decode(File.self, from: json)
    var byCode: [String: Parliament] = [:]
    for p in file.parliaments { byCode[p.code] = p }
    parliaments = byCode
    paperTriggers = file.paperTriggers
    ministries = file.ministries
    laws = file.laws
    notLaws = Set(file.notLaws)
  }

  /// The profiles bundled with Fundstelle.
  public static let standard: ParliamentProfiles = {
    guard
      let url = Bundle.module.url(
        forResource: "parliaments", withExtension: "json", subdirectory: "Profiles"),
      let data = try? Data(contentsOf: url)
    else {
      // A missing bundled resource is a packaging bug, not bad input.
      preconditionFailure("Citations: bundled Profiles/parliaments.json is missing")
    }
    do {
      return try ParliamentProfiles(json: data)
    } catch {
      preconditionFailure("Citations: bundled Profiles/parliaments.json is invalid: \(error)")
    }
  }()

  func parliament(_ code: String?) -> Parliament? {
    code.flatMap { parliaments[$0] }
  }
}
