import Claims
import DocumentModel
import Pipeline
import Store

/// One file read and analysed: its bytes (kept in the store so its papers can be read
/// again), its papers with their references, and what the claim stages read from each.
public struct AnalyzedFile: Sendable {
  public var path: String
  public var bytes: [UInt8]
  public var papers: [AnalyzedPaper]
  /// One per paper: its sentences and claims, read here on the analysing core so that
  /// linking, on the writer's turn, only compares.
  public var readings: [PaperReading]
  /// One per paper: its correcting citations (`PaperReading.correctingCitations`).
  var correcting: [Set<Int>]
  /// The paper the store holds these bytes as, when it was found so before analysis; the
  /// file then has no papers and its bytes are not kept here.
  public var known: KnownFile?

  public init(path: String, bytes: [UInt8], papers: [AnalyzedPaper]) {
    self.path = path
    self.bytes = bytes
    self.papers = papers
    readings = papers.map { PaperReading($0.document, references: $0.references) }
    correcting = zip(readings, papers).map { $0.correctingCitations($1.references) }
  }

  private init(path: String, known: KnownFile) {
    self.init(path: path, bytes: [], papers: [])
    self.known = known
  }

  /// Reads and analyses the file at `path`; with `store`, a file whose bytes it holds
  /// already as one paper is not analysed but comes back `known`. Re-reading a folder of
  /// stored papers, or restarting the daemon over its inbox, then costs a hash and a lookup
  /// per file (its analysis would only have found a duplicate). A store that cannot be
  /// read here is left to the commit to report.
  public static func read(
    _ path: String, analyzer: PaperAnalyzer, skippingKnownIn store: PaperStore? = nil
  ) throws(ReadError) -> AnalyzedFile {
    let bytes = try PaperFiles.bytes(of: path)
    // Hashed once: the lookup's hash is the papers' identity too.
    let sha256 = store.map { _ in SHA256.hex(bytes) }
    if let store, let sha256, let known = try? store.knownFile(sha256: sha256) {
      return AnalyzedFile(path: path, known: known)
    }
    return AnalyzedFile(
      path: path, bytes: bytes, papers: try analyzer.analyze(bytes, path: path, sha256: sha256))
  }

  /// The papers as the store takes them; the first carries the file's bytes (a file of
  /// many papers is kept once, and its bytes are not bound once per paper).
  var storedPapers: [StoredPaper] {
    papers.enumerated().map { i, paper in
      StoredPaper(
        document: paper.document, references: paper.references, content: i == 0 ? bytes : nil,
        correctingReferences: correcting[i])
    }
  }
}
