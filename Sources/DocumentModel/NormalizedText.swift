#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A paper's text after normalisation, with the way back to the original bytes.
///
/// `text` is what every later stage reads: line-end hyphens joined, page headers and
/// footers removed, letter-spaced headings closed up, line ends `\n`. Offsets into `text`
/// are UTF-8 offsets (`text.utf8`); `span(of:)` turns them into `Span`s of the original file.
public struct NormalizedText: Sendable {
  public let text: String
  public let map: OffsetMap
  /// Byte offsets in the original file where each line begins, for 1-based line numbers.
  public let originalLineStarts: [Int]

  public init(text: String, map: OffsetMap, originalLineStarts: [Int]) {
    self.text = text
    self.map = map
    self.originalLineStarts = originalLineStarts
  }

  /// The original bytes behind a UTF-8 range of `text`.
  public func span(of range: Range<Int>) -> Span { map.originalSpan(ofNormalized: range) }

  /// The original bytes behind a range of `text`.
  public func span(of range: Range<String.Index>) -> Span {
    span(of: utf8Offset(range.lowerBound)..<utf8Offset(range.upperBound))
  }

  public func utf8Offset(_ index: String.Index) -> Int {
    text.utf8.distance(from: text.utf8.startIndex, to: index)
  }

  public func index(atUTF8Offset offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }

  /// The text of a UTF-8 range of `text`.
  public func substring(_ range: Range<Int>) -> Substring {
    text[index(atUTF8Offset: range.lowerBound)..<index(atUTF8Offset: range.upperBound)]
  }

  /// The 1-based line of the original file that holds `originalOffset`.
  public func line(ofOriginalOffset originalOffset: Int) -> Int {
    var low = 0
    var high = originalLineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if originalLineStarts[mid] <= originalOffset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// Line starts of a byte buffer: offset 0 and every offset after a `\n`, or after a
  /// lone `\r` as old Mac files end their lines.
  public static func lineStarts(of bytes: [UInt8]) -> [Int] {
    bytes.withUnsafeBufferPointer { lineStarts(of: $0) }
  }

  /// `lineStarts(of:)` of bytes in place (a string's UTF-8, without copying it).
  public static func lineStarts(of p: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(p.count / 48 + 2)
    guard let base = p.baseAddress else { return starts }
    let n = p.count
    // Without a carriage return every line ends at a `\n`: `memchr` finds them.
    guard memchr(base, 0x0D, n) != nil else {
      var i = 0
      while i < n, let hit = memchr(base + i, 0x0A, n - i) {
        i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
        starts.append(i)
      }
      return starts
    }
    for i in 0..<n {
      let b = p[i]
      if b == 0x0A || (b == 0x0D && (i + 1 == n || p[i + 1] != 0x0A)) {
        starts.append(i + 1)
      }
    }
    return starts
  }
}
