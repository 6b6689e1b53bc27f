import DocumentModel

/// Reads a plain-text paper (what pdftotext writes) into a `Document`.
public enum TextPaperReader {
  /// decode → normalize → structure. `path` is only for SourceInfo and error messages;
  /// `sha256` is the bytes' hash when the caller has taken it already.
  public static func read(_ bytes: [UInt8], path: String, sha256: String? = nil)
    throws(ReadError) -> Document
  {
    let decoded = try TextDecoder.decodeBytes(bytes, path: path)
    let paper = TextNormalizer.normalize(decoded)
    let source = SourceInfo(
      path: path, sha256: sha256 ?? SHA256.hex(bytes), byteCount: bytes.count, format: .text,
      encoding: paper.encoding)
    return StructureParser.parse(paper, source: source)
  }
}
