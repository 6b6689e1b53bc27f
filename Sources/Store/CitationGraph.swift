import DocumentModel

/// The citation graph: stored papers and the targets they cite, with edges aggregated by
/// source, target and relation. Nodes and edges are sorted, so exports diff cleanly.
///
/// Internal references (to sections of the citing paper) and references that resolve to the
/// citing paper itself are not edges.
public struct CitationGraph: Sendable, Equatable {
  public struct Node: Sendable, Equatable {
    /// Whether the store holds the paper.
    public enum Status: String, Sendable, Equatable {
      case stored
      /// Cited but not ingested (yet), or outside the parliament (press releases, laws).
      case dangling
    }

    /// Canonical unversioned key.
    public var id: DocumentKey
    /// For a stored paper its `DocumentKind` (`antwort`, `kleine-anfrage`, …); for a dangling
    /// target what its key names (`drucksache`, `vorlage`, `press-release`, `law`, …).
    public var kind: String
    public var title: String?
    public var status: Status
    /// ISO 8601 as far as known.
    public var date: String?
    /// The parliament's body code (`nw`), nil outside parliaments.
    public var body: String?
    public var wahlperiode: Int?

    public init(
      id: DocumentKey, kind: String, title: String? = nil, status: Status, date: String? = nil,
      body: String? = nil, wahlperiode: Int? = nil
    ) {
      self.id = id
      self.kind = kind
      self.title = title
      self.status = status
      self.date = date
      self.body = body
      self.wahlperiode = wahlperiode
    }
  }

  public struct Edge: Sendable, Equatable {
    public var source: DocumentKey
    public var target: DocumentKey
    /// A `Relation` raw value: `answers`, `cites`, `quotes`, `supersedes`, `mentions-law`.
    public var relation: String
    /// How many references of the source make this edge.
    public var count: Int

    public init(source: DocumentKey, target: DocumentKey, relation: String, count: Int) {
      self.source = source
      self.target = target
      self.relation = relation
      self.count = count
    }
  }

  public var nodes: [Node]
  public var edges: [Edge]

  public init(nodes: [Node], edges: [Edge]) {
    self.nodes = nodes
    self.edges = edges
  }
}

/// What a key names when nothing else is known about it.
enum NodeKind {
  static func of(_ key: DocumentKey) -> String {
    let components = key.components
    switch components.first {
    case "press": return ReferenceKind.pressRelease.rawValue
    case "law": return ReferenceKind.law.rawValue
    default: break
    }
    switch key.series {
    case .drucksache: return ReferenceKind.drucksache.rawValue
    case .kleineAnfrage: return ReferenceKind.kleineAnfrage.rawValue
    case .grosseAnfrage: return ReferenceKind.grosseAnfrage.rawValue
    case .vorlage: return ReferenceKind.vorlage.rawValue
    case .stellungnahme: return ReferenceKind.stellungnahme.rawValue
    case .information: return ReferenceKind.information.rawValue
    case .plenarprotokoll: return ReferenceKind.plenarprotokoll.rawValue
    case .beschlussprotokoll: return ReferenceKind.beschlussprotokoll.rawValue
    case .ausschussprotokoll, .nichtoeffentlichesAusschussprotokoll:
      return ReferenceKind.ausschussprotokoll.rawValue
    case .antwort: return DocumentKind.antwort.rawValue
    case nil: return DocumentKind.unknown.rawValue
    }
  }
}
