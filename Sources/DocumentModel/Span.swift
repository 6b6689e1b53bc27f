/// A half-open range of UTF-8 byte offsets into the original file, as it lies on disk.
///
/// Every location that Fundstelle reports (sections, references, claims) is a `Span`, so
/// that a user can cut the exact bytes out of the file they dropped into the inbox.
public struct Span: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "Span start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}
