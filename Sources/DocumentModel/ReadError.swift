/// A paper that cannot be read. The message names the file and the reason and never
/// quotes the file's content.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    case empty
    case binary
    case undecodable(String)
    case truncated(String)
    case malformedXML(String)
    case unsupportedXML(rootElement: String)
    case unsupportedFormat(String)
    case tooLarge(String)
    case io(String)
  }

  public var path: String
  public var reason: Reason
  /// The `errno` of the system call that failed, for an `.io` reason: whether trying again
  /// may help (too many open files, no memory) or not (no such file, a folder).
  public var code: Int32?

  public init(path: String, reason: Reason, code: Int32? = nil) {
    self.path = path
    self.reason = reason
    self.code = code
  }

  public var description: String {
    let why: String
    switch reason {
    case .empty: why = "the file is empty"
    case .binary: why = "the file is binary, not text or XML"
    case .undecodable(let detail): why = "the text cannot be decoded (\(detail))"
    case .truncated(let detail): why = "the file is truncated (\(detail))"
    case .malformedXML(let detail): why = "malformed XML: \(detail)"
    case .unsupportedXML(let root):
      why =
        "unknown XML format with root element <\(root)>; supported are dbtplenarprotokoll, akomaNtoso, Export (Sächsischer Landtag) and DIP records"
    case .unsupportedFormat(let detail): why = "unsupported format: \(detail)"
    case .tooLarge(let detail): why = "the file is too large (\(detail))"
    case .io(let detail): why = "cannot read the file: \(detail)"
    }
    return "\(path): \(why)"
  }
}
