import DocumentModel
import Foundation

/// One read paper and the references found in it, ready to be stored.
public struct StoredPaper: Sendable {
  public var document: Document
  /// The references extracted from the paper's text. The store adds the document's
  /// `statedReferences` itself (skipping any that are already in this list with the same
  /// target, relation and span), so callers pass only what extraction found.
  public var references: [Reference]
  /// The bytes of the whole file the paper was read from, kept in `content` (once per file)
  /// so the paper can be read again later; nil stores none.
  public var content: [UInt8]?
  /// Indexes into `references` of the citations that stand where the paper may correct the
  /// paper they cite (`PaperReading.correctingCitations`). Linking compares a paper with the
  /// papers it cites this way, and with the papers citing it this way, and no others.
  public var correctingReferences: Set<Int>

  public init(
    document: Document, references: [Reference], content: [UInt8]? = nil,
    correctingReferences: Set<Int> = []
  ) {
    self.document = document
    self.references = references
    self.content = content
    self.correctingReferences = correctingReferences
  }

  /// `references` followed by those `document.statedReferences` not already among them.
  var allReferences: [Reference] {
    guard !document.statedReferences.isEmpty else { return references }
    struct Identity: Hashable {
      var target: DocumentKey
      var relation: Relation
      var span: Span
    }
    var seen = Set(
      references.map { Identity(target: $0.target, relation: $0.relation, span: $0.span) })
    var all = references
    for stated in document.statedReferences
    where seen.insert(Identity(target: stated.target, relation: stated.relation, span: stated.span))
      .inserted
    {
      all.append(stated)
    }
    return all
  }
}

/// What `PaperStore.ingest` did with a paper. The key is always the paper's canonical,
/// unversioned key after alias resolution and merges.
public enum IngestOutcome: Sendable, Equatable {
  /// A paper the store did not know.
  case inserted(DocumentKey)
  /// These exact bytes are stored already; nothing was written.
  case duplicate(DocumentKey)
  /// A known paper with new bytes (a Neudruck, the printed form of a derived answer, another
  /// rendition): stored as a further version. `previousSHA256` names the version it follows,
  /// so the caller can diff the two.
  case newVersion(DocumentKey, previousSHA256: String)

  /// The paper's canonical key, whatever happened.
  public var key: DocumentKey {
    switch self {
    case .inserted(let key), .duplicate(let key), .newVersion(let key, _): key
    }
  }
}

/// One stored rendition of a paper: the bytes of one file.
public struct VersionRecord: Sendable, Equatable {
  public var sha256: String
  /// The key as the file gave it, with its version suffix (`nw/drs/17/2345@neudruck`).
  public var key: DocumentKey
  /// `neudruck`, `2.neudruck`, `vorabfassung`; nil for the original print.
  public var label: String?
  public var keyOrigin: KeyOrigin
  public var path: String
  public var byteCount: Int
  public var encoding: String
  public var format: String
  public var ingestedAt: Date
}

/// A stored paper as the store knows it now: metadata of its current version, every version,
/// and the other keys it is known by.
public struct PaperRecord: Sendable, Equatable {
  /// Canonical unversioned key.
  public var key: DocumentKey
  /// A `DocumentKind` raw value (`antwort`, `kleine-anfrage`, …).
  public var kind: String
  public var title: String?
  public var body: String?
  public var wahlperiode: Int?
  public var number: String?
  /// ISO 8601 as far as known (`2012-10-09`, `2012-10`).
  public var date: String?
  public var keyOrigin: KeyOrigin
  /// The version whose metadata and references stand for the paper.
  public var currentSHA256: String
  /// Oldest first, in the order they were ingested.
  public var versions: [VersionRecord]
  /// Other keys that resolve to this paper, sorted.
  public var aliases: [DocumentKey]
  /// The sections of the current version, in document order.
  public var sections: [Section]
}

/// A reference into a paper, with the paper that makes it.
public struct IncomingCitation: Sendable, Hashable {
  /// The citing paper's canonical key.
  public var citing: DocumentKey
  public var citation: Citation

  public init(citing: DocumentKey, citation: Citation) {
    self.citing = citing
    self.citation = citation
  }
}

/// A file whose bytes the store holds as one paper (`PaperStore.knownFile(sha256:)`).
public struct KnownFile: Sendable, Equatable {
  /// The paper's canonical key.
  public var paper: DocumentKey
  /// Its kind as stored (`antwort`, `kleine-anfrage`, …).
  public var kind: String

  public init(paper: DocumentKey, kind: String) {
    self.paper = paper
    self.kind = kind
  }
}

/// The size of the store, counted from its indexes: cheap at any size, unlike
/// `StoreStatistics`, whose graph figures read every reference.
public struct StoreSize: Sendable, Equatable, Codable {
  public var papers: Int
  public var versions: Int
  /// References of current versions, internal ones included.
  public var references: Int

  public init(papers: Int, versions: Int, references: Int) {
    self.papers = papers
    self.versions = versions
    self.references = references
  }
}

/// Counts over the whole store. References count those of each paper's current version.
public struct StoreStatistics: Sendable, Equatable, Codable {
  public var papers: Int
  public var versions: Int
  public var aliases: Int
  /// References of current versions, internal ones included.
  public var references: Int
  public var internalReferences: Int
  /// Non-internal references whose target is not stored (yet).
  public var danglingReferences: Int
  /// Distinct targets of dangling references.
  public var danglingTargets: Int
  /// Edges of `graph()`.
  public var edges: Int

  public init(
    papers: Int, versions: Int, aliases: Int, references: Int, internalReferences: Int,
    danglingReferences: Int, danglingTargets: Int, edges: Int
  ) {
    self.papers = papers
    self.versions = versions
    self.aliases = aliases
    self.references = references
    self.internalReferences = internalReferences
    self.danglingReferences = danglingReferences
    self.danglingTargets = danglingTargets
    self.edges = edges
  }
}

/// The store cannot be opened or written. Names the store file and the reason.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  /// The store is busy or locked, the disk is full or failed to write: not the paper's
  /// fault, so the same work may succeed later.
  public var isTransient: Bool

  public init(path: String, reason: String, isTransient: Bool = false) {
    self.path = path
    self.reason = reason
    self.isTransient = isTransient
  }

  public var description: String { "\(path): \(reason)" }
}
