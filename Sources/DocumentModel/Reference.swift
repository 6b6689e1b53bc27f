/// What a reference points at.
public enum ReferenceKind: String, Codable, Sendable, CaseIterable {
  case drucksache
  case kleineAnfrage = "kleine-anfrage"
  case grosseAnfrage = "grosse-anfrage"
  case vorlage
  case stellungnahme
  case information
  case plenarprotokoll
  case beschlussprotokoll
  case ausschussprotokoll
  case pressRelease = "press-release"
  case law
  /// A section of the citing paper itself ("Auf die Antwort zu Frage 2 wird verwiesen").
  case `internal`
}

/// How the citing paper relates to what it references.
public enum Relation: String, Codable, Sendable, CaseIterable {
  /// An Antwort to its question.
  case answers
  case cites
  /// The paper quotes the target's words („…“).
  case quotes
  /// A Neudruck or lektorierte Fassung replaces the target.
  case supersedes
  case mentionsLaw = "mentions-law"
  /// An internal reference to a section of the same paper.
  case refersTo = "refers-to"
}

/// Whether a reference's target is known.
public enum ResolutionStatus: String, Codable, Sendable {
  case resolved
  /// The target is not ingested yet; it binds when the target arrives.
  case dangling
  /// The surface form fits more than one target.
  case ambiguous
}

/// One reference found in a paper, with its place in the original bytes.
public struct Reference: Hashable, Codable, Sendable {
  public var kind: ReferenceKind
  /// The canonical key of the target (`nw/drs/16/850`, `press/mais/2010-12-21`,
  /// `law/nw/tintg/§6/abs1`); for an internal reference the citing paper's key with a
  /// `#section` fragment (`nw/antwort/16/850#frage-3`).
  public var target: DocumentKey
  /// Other keys of the same target that the text gives (`nw/drs/16/850` for
  /// `Kleine Anfrage 421 … Drucksache 16/850`).
  public var aliases: [DocumentKey]
  /// The surface text as it stands in the normalized text.
  public var text: String
  public var span: Span
  /// 1-based line of `span.start` in the original file.
  public var line: Int
  public var relation: Relation
  /// A pin cite: `S. 24`, `Seite 24 f.`, `S. 3120 ff.`.
  public var pinCite: String?

  public init(
    kind: ReferenceKind, target: DocumentKey, aliases: [DocumentKey] = [], text: String,
    span: Span, line: Int, relation: Relation, pinCite: String? = nil
  ) {
    self.kind = kind
    self.target = target
    self.aliases = aliases
    self.text = text
    self.span = span
    self.line = line
    self.relation = relation
    self.pinCite = pinCite
  }
}

/// A reference after resolution against what the store knows.
public struct Citation: Hashable, Codable, Sendable {
  public var reference: Reference
  /// The key the reference resolved to (an alias may resolve to another paper's key).
  public var resolvedTarget: DocumentKey
  public var status: ResolutionStatus

  public init(reference: Reference, resolvedTarget: DocumentKey, status: ResolutionStatus) {
    self.reference = reference
    self.resolvedTarget = resolvedTarget
    self.status = status
  }
}
