/// A passage of one paper, quoted with its place.
public struct Passage: Hashable, Codable, Sendable {
  public var document: DocumentKey
  public var text: String
  public var span: Span

  public init(document: DocumentKey, text: String, span: Span) {
    self.document = document
    self.text = text
    self.span = span
  }
}

/// A claim in one paper that another paper (or a later version) corrects.
public struct Correction: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// A claim attributed to a source that did not contain it.
    case misattribution
    /// A presupposition of a question that the answer negates.
    case falsePremise = "false-premise"
    /// An explicit rebuttal ("beruht auf einem Irrtum", "trifft nicht zu").
    case rebuttal
    /// Another figure for the same measure and time, beyond the hedge's tolerance.
    case numeric
    /// Another date for the same event.
    case date
    /// "nicht X, sondern Y".
    case entity
    /// A paper corrects itself (a Neudruck, a Berichtigung).
    case selfCorrection = "self-correction"
  }

  public var kind: Kind
  public var claim: Passage
  public var correction: Passage
  /// What it is about, in a few words.
  public var subject: String
  /// The words that signal the correction ("beruht auf einem Irrtum").
  public var cue: String?
  /// 0…1.
  public var confidence: Double
  /// One sentence a reader can cite.
  public var explanation: String

  public init(
    kind: Kind, claim: Passage, correction: Passage, subject: String, cue: String?,
    confidence: Double, explanation: String
  ) {
    self.kind = kind
    self.claim = claim
    self.correction = correction
    self.subject = subject
    self.cue = cue
    self.confidence = confidence
    self.explanation = explanation
  }
}

/// One difference between two versions of a paper.
public struct Change: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case number, date, name, negation, wording
    /// A paragraph that stands elsewhere in the new version, otherwise unchanged.
    case move
    case added, removed
  }

  public var kind: Kind
  /// The old words ("" for an addition).
  public var old: String
  /// The new words ("" for a removal).
  public var new: String
  /// The sentence around the change, in the new version (the old one for a removal).
  public var context: String
  public var oldSpan: Span?
  public var newSpan: Span?

  public init(
    kind: Kind, old: String, new: String, context: String, oldSpan: Span? = nil,
    newSpan: Span? = nil
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.context = context
    self.oldSpan = oldSpan
    self.newSpan = newSpan
  }
}
