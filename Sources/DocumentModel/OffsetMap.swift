/// Maps UTF-8 offsets in a normalized text back to byte offsets in the original file.
///
/// Normalisation deletes (hyphens at line ends, page headers, CR), inserts (a space where a
/// line break joined two words) and transcodes (Windows-1252 `ä` is one byte on disk and two
/// in the normalized UTF-8). The map is a sorted, gap-free list of segments over the
/// normalized text. A segment whose two lengths agree maps byte for byte; any other segment
/// is atomic: an offset inside it maps to the segment's original start (for a range start)
/// or end (for a range end).
public struct OffsetMap: Sendable, Equatable {
  public struct Segment: Sendable, Equatable {
    public var normalizedStart: Int
    public var normalizedLength: Int
    public var originalStart: Int
    public var originalLength: Int

    public init(
      normalizedStart: Int, normalizedLength: Int, originalStart: Int, originalLength: Int
    ) {
      self.normalizedStart = normalizedStart
      self.normalizedLength = normalizedLength
      self.originalStart = originalStart
      self.originalLength = originalLength
    }

    var normalizedEnd: Int { normalizedStart + normalizedLength }
    var originalEnd: Int { originalStart + originalLength }
    var isLinear: Bool { normalizedLength == originalLength }
  }

  public private(set) var segments: [Segment]
  /// The normalized text's length in UTF-8 bytes.
  public var normalizedLength: Int { segments.last?.normalizedEnd ?? 0 }

  public init(segments: [Segment]) {
    self.segments = segments
  }

  /// The identity map over `length` bytes, for a text that normalisation did not touch.
  public static func identity(length: Int, originalStart: Int = 0) -> OffsetMap {
    OffsetMap(segments: [
      Segment(
        normalizedStart: 0, normalizedLength: length, originalStart: originalStart,
        originalLength: length)
    ])
  }

  /// The original offset where the character starting at normalized offset `n` begins.
  public func originalStart(ofNormalized n: Int) -> Int {
    guard let i = segmentIndex(containing: n) else { return segments.last?.originalEnd ?? 0 }
    let s = segments[i]
    return s.isLinear ? s.originalStart + (n - s.normalizedStart) : s.originalStart
  }

  /// The original offset where the character ending at normalized offset `n` ends.
  public func originalEnd(ofNormalized n: Int) -> Int {
    guard n > 0 else { return segments.first?.originalStart ?? 0 }
    guard let i = segmentIndex(containing: n - 1) else { return segments.last?.originalEnd ?? 0 }
    let s = segments[i]
    return s.isLinear ? s.originalStart + (n - s.normalizedStart) : s.originalEnd
  }

  /// The original bytes that a normalized UTF-8 range was made from.
  public func originalSpan(ofNormalized range: Range<Int>) -> Span {
    if range.isEmpty {
      let o = originalStart(ofNormalized: range.lowerBound)
      return Span(start: o, end: o)
    }
    let start = originalStart(ofNormalized: range.lowerBound)
    let end = max(start, originalEnd(ofNormalized: range.upperBound))
    return Span(start: start, end: end)
  }

  /// The map of a text normalized twice: `self` maps the second text to the first,
  /// `inner` maps the first text to the original file.
  public func composed(with inner: OffsetMap) -> OffsetMap {
    // The usual inner map (UTF-8 without CR) is one linear segment from 0: every segment
    // of `self` inside it maps to the same segment shifted by its original start, which is
    // what the general walk below computes segment by segment.
    if inner.segments.count == 1, let t = inner.segments.first, t.isLinear,
      t.normalizedStart == 0,
      segments.allSatisfy({ $0.originalStart >= 0 && $0.originalEnd <= t.normalizedLength })
    {
      var builder = OffsetMapBuilder()
      for s in segments {
        builder.append(
          normalizedLength: s.normalizedLength, originalStart: t.originalStart + s.originalStart,
          originalLength: s.originalLength)
      }
      return builder.map
    }
    var builder = OffsetMapBuilder()
    for s in segments {
      guard s.isLinear else {
        let span = inner.originalSpan(ofNormalized: s.originalStart..<s.originalEnd)
        builder.append(
          normalizedLength: s.normalizedLength, originalStart: span.start,
          originalLength: span.length)
        continue
      }
      // A linear stretch: follow the inner segments it covers, piece by piece.
      var n = s.originalStart
      while n < s.originalEnd, let j = inner.segmentIndex(containing: n) {
        let t = inner.segments[j]
        let stop = min(s.originalEnd, t.normalizedEnd)
        if t.isLinear {
          let o = t.originalStart + (n - t.normalizedStart)
          builder.append(normalizedLength: stop - n, originalStart: o, originalLength: stop - n)
        } else {
          builder.append(
            normalizedLength: stop - n, originalStart: t.originalStart,
            originalLength: t.originalLength)
        }
        n = stop
      }
    }
    return builder.map
  }

  func segmentIndex(containing n: Int) -> Int? {
    var low = 0
    var high = segments.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let s = segments[mid]
      if n < s.normalizedStart {
        high = mid - 1
      } else if n >= s.normalizedEnd {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }
}

/// Builds an `OffsetMap` while a normalizer writes its output from left to right.
public struct OffsetMapBuilder: Sendable {
  private var segments: [OffsetMap.Segment] = []
  private var normalizedEnd = 0

  public init() {}

  /// The map of everything appended so far.
  public var map: OffsetMap { OffsetMap(segments: segments) }

  /// Records that the next `normalizedLength` output bytes came from
  /// `originalStart..<originalStart + originalLength`. Adjacent linear pieces merge; a pure
  /// deletion (no output) needs no segment, since the next piece names its own start.
  public mutating func append(normalizedLength: Int, originalStart: Int, originalLength: Int) {
    guard normalizedLength > 0 else { return }
    let new = OffsetMap.Segment(
      normalizedStart: normalizedEnd, normalizedLength: normalizedLength,
      originalStart: originalStart, originalLength: originalLength)
    normalizedEnd += normalizedLength
    if let last = segments.last, last.isLinear, new.isLinear,
      last.originalEnd == new.originalStart
    {
      segments[segments.count - 1].normalizedLength += normalizedLength
      segments[segments.count - 1].originalLength += originalLength
    } else {
      segments.append(new)
    }
  }
}
