/// A part of a paper: a Vorbemerkung, a numbered question, its answer, a signature.
public struct Section: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable {
    /// Title block: kind, answering note, originators, title.
    case header
    /// "Vorbemerkung der Kleinen Anfrage", "Vorbemerkung der Fragesteller".
    case questionPreamble = "question-preamble"
    /// "Vorbemerkung der Landesregierung / Bundesregierung".
    case governmentPreamble = "government-preamble"
    case question
    case answer
    /// Running text without finer structure (an Antrag's body, a press release).
    case body
    case signature
    /// A plenary protocol's agenda item and a speech within it.
    case agendaItem = "agenda-item"
    case speech
  }

  public var kind: Kind
  /// Question numbers: `[3]` for question 3; an answer given jointly to questions 1 and 2
  /// carries `[1, 2]`. Empty for unnumbered sections.
  public var numbers: [Int]
  /// The heading as printed, if any ("Vorbemerkung der Landesregierung").
  public var heading: String?
  /// A speaker or other label (plenary protocols), if any.
  public var label: String?
  /// The original bytes of the whole section.
  public var span: Span
  /// The UTF-8 range of the section in the normalized text.
  public var textRange: Range<Int>

  public init(
    kind: Kind, numbers: [Int] = [], heading: String? = nil, label: String? = nil, span: Span,
    textRange: Range<Int>
  ) {
    self.kind = kind
    self.numbers = numbers
    self.heading = heading
    self.label = label
    self.span = span
    self.textRange = textRange
  }
}
