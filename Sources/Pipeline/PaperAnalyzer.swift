import Citations
import DocumentModel

/// A paper read from a file, with the references found in it.
public struct AnalyzedPaper: Sendable {
  public var document: Document
  public var references: [Reference]

  public init(document: Document, references: [Reference]) {
    self.document = document
    self.references = references
  }
}

/// The pure part of ingestion, for one file: read → normalize → structure → extract.
/// Everything that touches disk or the store stays with the caller.
public struct PaperAnalyzer: Sendable {
  public let extractor: ReferenceExtractor

  public init(extractor: ReferenceExtractor = ReferenceExtractor()) {
    self.extractor = extractor
  }

  public func analyze(_ bytes: [UInt8], path: String) throws(ReadError) -> [AnalyzedPaper] {
    try PaperReader.read(bytes, path: path).map { document in
      AnalyzedPaper(document: document, references: extractor.extract(from: document))
    }
  }
}
