import DocumentModel
import TextIngest
import XMLIngest

/// Reads one file into papers: routes XML and DIP JSON to the XML readers and everything
/// else to the plain-text reader. One file may hold several papers (a Landtag export).
public enum PaperReader {
  /// Reads the bytes of the file at `path`. `path` is used for identity and messages only;
  /// `sha256` is the bytes' hash when the caller has taken it already.
  public static func read(_ bytes: [UInt8], path: String, sha256: String? = nil)
    throws(ReadError) -> [Document]
  {
    guard bytes.contains(where: { !isWhitespace($0) }) else {
      throw ReadError(path: path, reason: .empty)
    }
    if XMLPaperReader.recognizes(bytes) {
      var documents = try XMLPaperReader.read(bytes, path: path, sha256: sha256)
      if documents.count > 1 {
        for i in documents.indices { documents[i].source.part = i }
      }
      return documents
    }
    return [try TextPaperReader.read(bytes, path: path, sha256: sha256)]
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}
