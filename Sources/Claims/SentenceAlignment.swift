/// Aligns two sequences of integer ids (hashed sentences or words): which elements of `a`
/// correspond to which of `b`, in order.
///
/// Patience diff: common prefix and suffix are matched first; then the elements that occur
/// exactly once on both sides are anchors, and the longest increasing run of anchors splits
/// the problem into gaps that are aligned the same way. Small gaps get an exact LCS. This
/// stays near-linear on long papers with few edits and never builds a quadratic table for
/// more than `exactLimit` cells.
enum SequenceAlignment {
  /// Largest gap (cells of the LCS table) aligned exactly.
  static let exactLimit = 60_000

  /// Matched index pairs `(i, j)` with `a[i] == b[j]`, strictly increasing in both.
  static func matches(_ a: [Int], _ b: [Int]) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    out.reserveCapacity(min(a.count, b.count))
    align(a, 0..<a.count, b, 0..<b.count, into: &out)
    return out
  }

  private static func align(
    _ a: [Int], _ ar: Range<Int>, _ b: [Int], _ br: Range<Int>, into out: inout [(Int, Int)]
  ) {
    var aLo = ar.lowerBound
    var bLo = br.lowerBound
    var aHi = ar.upperBound
    var bHi = br.upperBound
    while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] {
      out.append((aLo, bLo))
      aLo += 1
      bLo += 1
    }
    var suffix = 0
    while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] {
      aHi -= 1
      bHi -= 1
      suffix += 1
    }
    let n = aHi - aLo
    let m = bHi - bLo
    if n > 0, m > 0 {
      if n * m <= exactLimit {
        lcs(a, aLo..<aHi, b, bLo..<bHi, into: &out)
      } else {
        let anchors = uniqueAnchors(a, aLo..<aHi, b, bLo..<bHi)
        if !anchors.isEmpty {
          var pa = aLo
          var pb = bLo
          for (i, j) in anchors {
            align(a, pa..<i, b, pb..<j, into: &out)
            out.append((i, j))
            pa = i + 1
            pb = j + 1
          }
          align(a, pa..<aHi, b, pb..<bHi, into: &out)
        }
        // No unique common element in a large gap: leave it unmatched (all changed).
      }
    }
    for k in 0..<suffix { out.append((aHi + k, bHi + k)) }
  }

  /// Elements unique on both sides, as pairs, reduced to the longest run increasing in both.
  private static func uniqueAnchors(
    _ a: [Int], _ ar: Range<Int>, _ b: [Int], _ br: Range<Int>
  ) -> [(Int, Int)] {
    // count: low bits = occurrences in a (capped at 2), position kept for a unique one.
    var inA: [Int: Int] = [:]
    inA.reserveCapacity(ar.count)
    for i in ar { inA[a[i], default: -1] = inA[a[i]] == nil ? i : -2 }
    var inB: [Int: Int] = [:]
    inB.reserveCapacity(br.count)
    for j in br where inA[b[j]].map({ $0 >= 0 }) == true {
      inB[b[j]] = inB[b[j]] == nil ? j : -2
    }
    var pairs: [(Int, Int)] = []
    for i in ar {
      if let j = inB[a[i]], j >= 0, inA[a[i]] == i { pairs.append((i, j)) }
    }
    return longestIncreasing(pairs)
  }

  /// Longest subsequence of `pairs` (sorted by first) increasing in the second component.
  private static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    guard !pairs.isEmpty else { return [] }
    var tails: [Int] = []  // index into pairs of the smallest tail of each length
    var previous = [Int](repeating: -1, count: pairs.count)
    for (k, p) in pairs.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let mid = (low + high) / 2
        if pairs[tails[mid]].1 < p.1 { low = mid + 1 } else { high = mid }
      }
      if low > 0 { previous[k] = tails[low - 1] }
      if low == tails.count { tails.append(k) } else { tails[low] = k }
    }
    var result: [(Int, Int)] = []
    var k = tails[tails.count - 1]
    while k >= 0 {
      result.append(pairs[k])
      k = previous[k]
    }
    return result.reversed()
  }

  /// Exact longest common subsequence of two small ranges.
  private static func lcs(
    _ a: [Int], _ ar: Range<Int>, _ b: [Int], _ br: Range<Int>, into out: inout [(Int, Int)]
  ) {
    let n = ar.count
    let m = br.count
    let width = m + 1
    var table = [Int32](repeating: 0, count: (n + 1) * width)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i * width + j] =
          a[ar.lowerBound + i] == b[br.lowerBound + j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    var i = 0
    var j = 0
    while i < n, j < m {
      if a[ar.lowerBound + i] == b[br.lowerBound + j] {
        out.append((ar.lowerBound + i, br.lowerBound + j))
        i += 1
        j += 1
      } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
  }
}
