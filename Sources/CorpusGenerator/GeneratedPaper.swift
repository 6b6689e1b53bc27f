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
/// (or in a Neudruck of the same number). Hard negatives have the same shape: a later paper
/// that cites the earlier one and speaks of its claim without correcting it.
public struct InjectedCorrection: Codable, Sendable, Hashable {
  /// Corrections: `numeric`, `false-premise`, `rebuttal` (the detector's kinds) or `neudruck`.
  /// Hard negatives: `later-state`, `agreement`, `conditional`, `opinion`.
  public var kind: String
  /// How the two papers relate: `question-answer` (the answer corrects its question),
  /// `cross-paper` (a later paper that is not the answer cites the earlier one by number) or
  /// `version` (a Neudruck of the same number).
  public var scope: String
  /// Key of the paper that made the claim.
  public var claimDocument: String
  /// Key of the paper that corrects it (a Neudruck's key carries `@neudruck`).
  public var correctionDocument: String
  /// The wrong value or statement, as printed in the claim.
  public var claimed: String
  /// The corrected value or statement, as printed in the correction (for a hard negative:
  /// what the later paper says instead).
  public var corrected: String
  /// The cue phrase of the correction (`trifft nicht zu`, `beruht auf einem Irrtum`, …), or
  /// the words that make a hard negative look like one.
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
  /// Corrections this paper makes. A Neudruck repeats its Antrag's cross-paper corrections
  /// (same text, same unversioned key).
  public var corrections: [InjectedCorrection]
  /// Hard negatives this paper holds: passages about another paper's claim that are no
  /// correction of it.
  public var negatives: [InjectedCorrection]

  public init(
    file: String, key: String, kind: String, version: String?, references: [String],
    corrections: [InjectedCorrection], negatives: [InjectedCorrection]
  ) {
    self.file = file
    self.key = key
    self.kind = kind
    self.version = version
    self.references = references
    self.corrections = corrections
    self.negatives = negatives
  }
}
