/// A sentence of a paper that asserts something checkable, or that a question presupposes.
public struct Claim: Hashable, Codable, Sendable {
  public enum Kind: String, Codable, Sendable {
    /// A statement in running text or a Vorbemerkung ("In dieser wurde angekündigt, dass …").
    case statement
    /// What a question takes for granted ("seit der Einführung der …").
    case presupposition
    /// Words quoted from a source („…“).
    case quotation
  }

  public enum Polarity: String, Codable, Sendable { case positive, negative }

  public var kind: Kind
  /// The paper the claim stands in.
  public var document: DocumentKey
  /// The claim's sentence (or the presupposed proposition's words) as in the normalized text.
  public var text: String
  public var span: Span
  /// The UTF-8 range in the paper's normalized text.
  public var textRange: Range<Int>
  /// Content words that say what the claim is about, lower-cased and stemmed lightly.
  public var subjectTerms: [String]
  public var polarity: Polarity
  public var quantities: [Quantity]
  public var dates: [PartialDate]
  /// Who is said to have said it: a press release key, a person, the paper itself.
  public var source: DocumentKey?
  public var sourceLabel: String?
  /// The date of the paper the claim stands in: a later paper may report a later state.
  public var paperDate: PartialDate?
  /// The section the claim stands in (question numbers, preamble).
  public var sectionKind: Section.Kind?
  public var sectionNumbers: [Int]

  public init(
    kind: Kind, document: DocumentKey, text: String, span: Span, textRange: Range<Int>,
    subjectTerms: [String] = [], polarity: Polarity = .positive, quantities: [Quantity] = [],
    dates: [PartialDate] = [], source: DocumentKey? = nil, sourceLabel: String? = nil,
    paperDate: PartialDate? = nil, sectionKind: Section.Kind? = nil, sectionNumbers: [Int] = []
  ) {
    self.kind = kind
    self.document = document
    self.text = text
    self.span = span
    self.textRange = textRange
    self.subjectTerms = subjectTerms
    self.polarity = polarity
    self.quantities = quantities
    self.dates = dates
    self.source = source
    self.sourceLabel = sourceLabel
    self.paperDate = paperDate
    self.sectionKind = sectionKind
    self.sectionNumbers = sectionNumbers
  }
}
