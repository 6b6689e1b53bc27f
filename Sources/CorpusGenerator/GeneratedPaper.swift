/// One generated paper: its file name and text, and what is true about it.
public struct GeneratedPaper: Sendable {
  /// File name inside the corpus folder, e.g. `nw_16_1234_antwort.txt`.
  public var fileName: String
  /// The paper as pdftotext would write it (page furniture, hyphenation and all).
  public var text: String
  /// The truth about the paper.
  public var truth: TruthRecord
}

/// A correction written into a paper on purpose: a claim in one paper, corrected in another
/// (or in a Neudruck of the same number).
public struct InjectedCorrection: Codable, Sendable, Equatable {
  /// `numeric`, `false-premise` or `neudruck`.
  public var kind: String
  /// Key of the paper that made the claim.
  public var claimDocument: String
  /// Key of the paper that corrects it (a Neudruck's key carries `@neudruck`).
  public var correctionDocument: String
  /// The wrong value or statement, as printed in the claim.
  public var claimed: String
  /// The corrected value or statement, as printed in the correction.
  public var corrected: String
  /// The cue phrase of the correction (`trifft nicht zu`, `beruht auf einem Irrtum`, …).
  public var cue: String
}

/// One line of the truth file (JSON lines): a paper's key and every reference target in it,
/// as a multiset in text order.
public struct TruthRecord: Codable, Sendable, Equatable {
  public var file: String
  /// Canonical key of the paper (`nw/drs/16/850`), unversioned.
  public var key: String
  /// `kleine-anfrage`, `antwort`, `antrag`.
  public var kind: String
  /// `neudruck` for a Neudruck, else nil.
  public var version: String?
  /// Canonical target keys of all references, one entry per mention.
  public var references: [String]
  /// Corrections this paper makes.
  public var corrections: [InjectedCorrection]
}
