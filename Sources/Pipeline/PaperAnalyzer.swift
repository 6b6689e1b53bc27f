import Citations
import DocumentModel

/// A paper read from a file, with the references found in it.
public struct AnalyzedPaper: Sendable {
  public var document: Document
  public var references: [Reference]
  /// Paper numbers left out because neither they nor the paper name a parliament
  /// (`ReferenceExtractor.Extraction.unplaced`).
  public var unplaced: [String]

  public init(document: Document, references: [Reference], unplaced: [String] = []) {
    self.document = document
    self.references = references
    self.unplaced = unplaced
  }
}

/// The pure part of ingestion, for one file: read → normalize → structure → extract.
/// Everything that touches disk or the store stays with the caller.
public struct PaperAnalyzer: Sendable {
  public let extractor: ReferenceExtractor

  public init(extractor: ReferenceExtractor = ReferenceExtractor()) {
    self.extractor = extractor
  }

  /// The papers of one file's bytes; `sha256` is their hash when the caller has taken it
  /// already (it is every paper's identity, and hashing twice is waste).
  public func analyze(_ bytes: [UInt8], path: String, sha256: String? = nil)
    throws(ReadError) -> [AnalyzedPaper]
  {
    try PaperReader.read(bytes, path: path, sha256: sha256).map { document in
      let extraction = extractor.extraction(from: document)
      return AnalyzedPaper(
        document: document, references: extraction.references, unplaced: extraction.unplaced)
    }
  }
}
