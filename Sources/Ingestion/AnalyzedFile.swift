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

  public init(path: String, bytes: [UInt8], papers: [AnalyzedPaper]) {
    self.path = path
    self.bytes = bytes
    self.papers = papers
    readings = papers.map { PaperReading($0.document, references: $0.references) }
    correcting = zip(readings, papers).map { $0.correctingCitations($1.references) }
  }

  /// Reads and analyses the file at `path`.
  public static func read(_ path: String, analyzer: PaperAnalyzer) throws(ReadError)
    -> AnalyzedFile
  {
    let bytes = try PaperFiles.bytes(of: path)
    return AnalyzedFile(path: path, bytes: bytes, papers: try analyzer.analyze(bytes, path: path))
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
