import DocumentModel
import TextIngest

/// What changed between two versions of a paper (a Neudruck, or a Vorabfassung and its final
/// print).
///
/// Sentences are aligned first (patience alignment of sentence hashes that ignore whitespace
/// and hyphens, so re-wrapped lines and other hyphenation are no change); sentences that
/// left one place and reappear unchanged at another are one `move` per run; the remaining
/// removed and added sentences of each gap are paired by word overlap, and paired sentences
/// are diffed word by word. Each changed stretch is typed: `negation` (`nicht`/`kein` added
/// or removed), `date`, `number`, `name` (an acronym or a name after a title such as `Frau`,
/// `Minister`, `Stadt`), otherwise `wording`. Unpaired sentences are `added` or `removed`.
/// Version markers (`Neudruck`, `Vorabfassung - wird durch die lektorierte Version ersetzt.`)
/// are not compared.
public struct VersionDiff: Sendable {
  public init() {}

  /// The changes from `old` to `new`, in the order of the new version; spans are byte spans
  /// of the original files.
  public func changes(old: Document, new: Document) -> [Change] {
    run(
      old: old.text.text, new: new.text.text, oldSpan: { old.text.span(of: $0) },
      newSpan: { new.text.span(of: $0) })
  }

  /// The changes between two normalized texts (one paragraph per line); spans are UTF-8
  /// offsets into the given strings.
  public func changes(old: String, new: String) -> [Change] {
    run(
      old: old, new: new, oldSpan: { Span(start: $0.lowerBound, end: $0.upperBound) },
      newSpan: { Span(start: $0.lowerBound, end: $0.upperBound) })
  }

  private func run(
    old: String, new: String, oldSpan: @escaping (Range<Int>) -> Span,
    newSpan: @escaping (Range<Int>) -> Span
  ) -> [Change] {
    let oldBytes = Array(old.utf8)
    let newBytes = Array(new.utf8)
    return oldBytes.withUnsafeBufferPointer { ob in
      newBytes.withUnsafeBufferPointer { nb in
        var engine = DiffEngine(
          oldText: old, newText: new, ob: ob, nb: nb, oldSpan: oldSpan, newSpan: newSpan)
        return engine.run()
      }
    }
  }
}

/// A sentence of one version.
struct SentenceUnit {
  var range: Range<Int>
  var key: Int
  var paragraph: Int
}

private struct PendingChange {
  var change: Change
  /// Where it lies in the new text, for ordering.
  var position: Int
  var tiebreak: Int
}

private struct DiffEngine {
  let oldText: String
  let newText: String
  let ob: UnsafeBufferPointer<UInt8>
  let nb: UnsafeBufferPointer<UInt8>
  let oldSpan: (Range<Int>) -> Span
  let newSpan: (Range<Int>) -> Span
  var out: [PendingChange] = []

  init(
    oldText: String, newText: String, ob: UnsafeBufferPointer<UInt8>,
    nb: UnsafeBufferPointer<UInt8>, oldSpan: @escaping (Range<Int>) -> Span,
    newSpan: @escaping (Range<Int>) -> Span
  ) {
    self.oldText = oldText
    self.newText = newText
    self.ob = ob
    self.nb = nb
    self.oldSpan = oldSpan
    self.newSpan = newSpan
  }

  mutating func run() -> [Change] {
    let a = Self.units(oldText, ob)
    let b = Self.units(newText, nb)
    let matches = SequenceAlignment.matches(a.map(\.key), b.map(\.key))

    // Gaps between matched sentences: removed old sentences and added new ones.
    var gaps: [(removed: [Int], added: [Int], next: Int)] = []
    var i = 0
    var j = 0
    for (mi, mj) in matches + [(a.count, b.count)] {
      if mi > i || mj > j {
        // Where the gap sits in the new text: its first added sentence, else the next match.
        let next = mj < b.count ? b[mj].range.lowerBound : nb.count
        gaps.append((Array(i..<mi), Array(j..<mj), next))
      }
      i = mi + 1
      j = mj + 1
    }

    // Moves: an unchanged sentence that left one place and reappears at another.
    var addedByKey: [Int: [Int]] = [:]
    for gap in gaps {
      for j in gap.added where b[j].range.count >= 12 {
        addedByKey[b[j].key, default: []].append(j)
      }
    }
    var movedOld = Set<Int>()
    var movedNew = Set<Int>()
    var movePairs: [(Int, Int)] = []
    for gap in gaps {
      for i in gap.removed {
        guard var list = addedByKey[a[i].key], !list.isEmpty else { continue }
        let j = list.removeFirst()
        addedByKey[a[i].key] = list
        movedOld.insert(i)
        movedNew.insert(j)
        movePairs.append((i, j))
      }
    }
    reportMoves(movePairs, a, b)

    var leftRemoved: [(Int, Int)] = []
    var leftAdded: [Int] = []
    for gap in gaps {
      let removed = gap.removed.filter { !movedOld.contains($0) }
      let added = gap.added.filter { !movedNew.contains($0) }
      let position = gap.added.first.map { b[$0].range.lowerBound } ?? gap.next
      let left = pairAndDiff(removed, added, a, b)
      leftRemoved += left.removed.map { ($0, position) }
      leftAdded += left.added
    }
    let edited = pairEditedMoves(leftRemoved.map(\.0), leftAdded, a, b)
    for (i, j) in edited {
      let oldRange = a[i].range
      let newRange = b[j].range
      out.append(
        PendingChange(
          change: Change(
            kind: .move, old: Self.clean(ob, oldRange), new: Self.clean(nb, newRange),
            context: Self.clean(nb, newRange), oldSpan: oldSpan(oldRange),
            newSpan: newSpan(newRange)),
          position: newRange.lowerBound, tiebreak: 0))
      diffSentences(a[i], b[j])
    }
    let editedOld = Set(edited.map(\.0))
    let editedNew = Set(edited.map(\.1))
    reportUnpaired(
      leftRemoved.filter { !editedOld.contains($0.0) },
      leftAdded.filter { !editedNew.contains($0) },
      a, b)
    return out.sorted { ($0.position, $0.tiebreak) < ($1.position, $1.tiebreak) }.map(\.change)
  }

  // MARK: Sentences

  static func units(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [SentenceUnit] {
    var units: [SentenceUnit] = []
    var paragraph = 0
    var scanned = 0
    for range in SentenceSplitter.sentences(in: text) {
      while scanned < range.lowerBound {
        if bytes[scanned] == 0x0A { paragraph += 1 }
        scanned += 1
      }
      if isVersionMarker(bytes, range) { continue }
      let key = WordScan.layoutKey(bytes, range)
      units.append(SentenceUnit(range: range, key: key, paragraph: paragraph))
    }
    return units
  }

  /// `Neudruck`, `2. Neudruck`, `Vorabfassung - wird durch die lektorierte Version ersetzt.`
  static func isVersionMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 120 else { return false }
    var core = false
    for t in WordScan.tokens(bytes, range) where t.kind == .word {
      let w = String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
        .lowercased()
      if Lexicon.versionCore.contains(w) {
        core = true
      } else if !Lexicon.versionFiller.contains(w), !w.allSatisfy(\.isNumber) {
        return false
      }
    }
    return core
  }

  // MARK: Moves

  mutating func reportMoves(_ pairs: [(Int, Int)], _ a: [SentenceUnit], _ b: [SentenceUnit]) {
    let sorted = pairs.sorted { $0.0 < $1.0 }
    var k = 0
    while k < sorted.count {
      var end = k + 1
      while end < sorted.count, sorted[end].0 == sorted[end - 1].0 + 1,
        sorted[end].1 == sorted[end - 1].1 + 1
      {
        end += 1
      }
      let oldRange = a[sorted[k].0].range.lowerBound..<a[sorted[end - 1].0].range.upperBound
      let newRange = b[sorted[k].1].range.lowerBound..<b[sorted[end - 1].1].range.upperBound
      let oldString = Self.clean(ob, oldRange)
      let newString = Self.clean(nb, newRange)
      out.append(
        PendingChange(
          change: Change(
            kind: .move, old: oldString, new: newString, context: newString,
            oldSpan: oldSpan(oldRange), newSpan: newSpan(newRange)),
          position: newRange.lowerBound, tiebreak: 0))
      k = end
    }
  }

  // MARK: Pairing

  /// Pairs and diffs the sentences of one gap; returns those left unpaired.
  mutating func pairAndDiff(
    _ removed: [Int], _ added: [Int], _ a: [SentenceUnit], _ b: [SentenceUnit]
  ) -> (removed: [Int], added: [Int]) {
    // Sentences split differently (a line break left inside a paragraph) but the same words.
    if !removed.isEmpty, !added.isEmpty {
      var oldKey: Int?
      for i in removed { oldKey = WordScan.layoutKey(ob, a[i].range, continuing: oldKey) }
      var newKey: Int?
      for j in added { newKey = WordScan.layoutKey(nb, b[j].range, continuing: newKey) }
      if oldKey == newKey { return ([], []) }
    }
    var pairs: [(Int, Int)] = []
    if removed.count == 1, added.count == 1, let i = removed.first, let j = added.first,
      Self.wordCount(ob, a[i].range) <= 3, Self.wordCount(nb, b[j].range) <= 3
    {
      // One short sentence for another at the same place: `Ja.` → `Nein.`
      pairs = [(i, j)]
    } else if !removed.isEmpty, !added.isEmpty, removed.count * added.count <= 2_500 {
      let ra = removed.map { Self.wordBag(ob, a[$0].range) }
      let rb = added.map { Self.wordBag(nb, b[$0].range) }
      pairs = Self.bestPairs(ra, rb).map { (removed[$0.0], added[$0.1]) }
    }
    let pairedOld = Set(pairs.map(\.0))
    let pairedNew = Set(pairs.map(\.1))

    for (i, j) in pairs { diffSentences(a[i], b[j]) }
    return (removed.filter { !pairedOld.contains($0) }, added.filter { !pairedNew.contains($0) })
  }

  /// A sentence that left one place and stands, edited, at another: removed and added
  /// sentences of different places with nearly the same words (similarity at least 0.8,
  /// at least six words). Bounded: skipped when there are too many candidates.
  func pairEditedMoves(
    _ removed: [Int], _ added: [Int], _ a: [SentenceUnit], _ b: [SentenceUnit]
  ) -> [(Int, Int)] {
    guard !removed.isEmpty, !added.isEmpty, removed.count * added.count <= 250_000 else {
      return []
    }
    let rb = added.map { Self.wordBag(nb, b[$0].range) }
    var taken = Set<Int>()
    var pairs: [(Int, Int)] = []
    for i in removed {
      let bag = Self.wordBag(ob, a[i].range)
      guard bag.values.reduce(0, +) >= 6 else { continue }
      var best = -1
      var bestScore = 0.8
      for (k, other) in rb.enumerated() where !taken.contains(k) {
        let score = Self.similarity(bag, other)
        if score >= bestScore {
          best = k
          bestScore = score
        }
      }
      if best >= 0 {
        taken.insert(best)
        pairs.append((i, added[best]))
      }
    }
    return pairs
  }

  /// Unpaired sentences, grouped by paragraph into one change each.
  mutating func reportUnpaired(
    _ removed: [(Int, Int)], _ added: [Int], _ a: [SentenceUnit], _ b: [SentenceUnit]
  ) {
    let position = Dictionary(removed, uniquingKeysWith: { x, _ in x })
    for group in Self.runs(removed.map(\.0), a) {
      guard let first = group.first, let last = group.last else { continue }
      let range = a[first].range.lowerBound..<a[last].range.upperBound
      let text = Self.clean(ob, range)
      out.append(
        PendingChange(
          change: Change(
            kind: .removed, old: text, new: "", context: text, oldSpan: oldSpan(range)),
          position: position[first] ?? nb.count, tiebreak: range.lowerBound))
    }
    for group in Self.runs(added, b) {
      guard let first = group.first, let last = group.last else { continue }
      let range = b[first].range.lowerBound..<b[last].range.upperBound
      let text = Self.clean(nb, range)
      out.append(
        PendingChange(
          change: Change(kind: .added, old: "", new: text, context: text, newSpan: newSpan(range)),
          position: range.lowerBound, tiebreak: 0))
    }
  }

  /// Consecutive indices in the same paragraph.
  static func runs(_ indices: [Int], _ units: [SentenceUnit]) -> [[Int]] {
    var result: [[Int]] = []
    for i in indices {
      if let last = result.last?.last, last + 1 == i, units[last].paragraph == units[i].paragraph {
        result[result.count - 1].append(i)
      } else {
        result.append([i])
      }
    }
    return result
  }

  static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    WordScan.tokens(bytes, range).filter { $0.kind == .word }.count
  }

  static func wordBag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int: Int] {
    var bag: [Int: Int] = [:]
    for t in WordScan.tokens(bytes, range) where t.kind == .word { bag[t.key, default: 0] += 1 }
    return bag
  }

  static func similarity(_ x: [Int: Int], _ y: [Int: Int]) -> Double {
    let nx = x.values.reduce(0, +)
    let ny = y.values.reduce(0, +)
    guard nx + ny > 0 else { return 0 }
    var common = 0
    for (k, c) in x { common += min(c, y[k] ?? 0) }
    return 2 * Double(common) / Double(nx + ny)
  }

  /// Order-preserving pairs of similar sentences (similarity at least 0.5) with the largest
  /// total similarity.
  static func bestPairs(_ x: [[Int: Int]], _ y: [[Int: Int]]) -> [(Int, Int)] {
    let n = x.count
    let m = y.count
    var sim = [Double](repeating: 0, count: n * m)
    for i in 0..<n { for j in 0..<m { sim[i * m + j] = similarity(x[i], y[j]) } }
    let w = m + 1
    var best = [Double](repeating: 0, count: (n + 1) * w)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        var v = max(best[(i + 1) * w + j], best[i * w + j + 1])
        let s = sim[i * m + j]
        if s >= 0.5 { v = max(v, s + best[(i + 1) * w + j + 1]) }
        best[i * w + j] = v
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < n, j < m {
      let s = sim[i * m + j]
      if s >= 0.5, best[i * w + j] == s + best[(i + 1) * w + j + 1] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if best[i * w + j] == best[(i + 1) * w + j] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  // MARK: Words

  mutating func diffSentences(_ x: SentenceUnit, _ y: SentenceUnit) {
    let ta = WordScan.tokens(ob, x.range)
    let tb = WordScan.tokens(nb, y.range)
    let hunks = WordDiff.hunks(ta, tb, oldBytes: ob, newBytes: nb)
    guard !hunks.isEmpty else { return }
    let oldSentence = ChangeClassifier.Sentence(bytes: ob, range: x.range, tokens: ta)
    let newSentence = ChangeClassifier.Sentence(bytes: nb, range: y.range, tokens: tb)
    let context = Self.clean(nb, y.range)
    for h in hunks {
      let oldRange = Self.byteRange(ta, h.old, fallback: Self.insertionPoint(ta, h.old, x.range))
      let newRange = Self.byteRange(tb, h.new, fallback: Self.insertionPoint(tb, h.new, y.range))
      if WordScan.layoutKey(ob, oldRange) == WordScan.layoutKey(nb, newRange) { continue }
      // A version marker run into a neighbouring line (`… Titel Neudruck`).
      if oldRange.isEmpty, Self.isVersionMarker(nb, newRange) { continue }
      if newRange.isEmpty, Self.isVersionMarker(ob, oldRange) { continue }
      let kind = ChangeClassifier.kind(old: oldSentence, h.old, new: newSentence, h.new)
      out.append(
        PendingChange(
          change: Change(
            kind: kind, old: Self.clean(ob, oldRange), new: Self.clean(nb, newRange),
            context: context, oldSpan: oldSpan(oldRange), newSpan: newSpan(newRange)),
          position: newRange.lowerBound, tiebreak: 1))
    }
  }

  static func byteRange(_ tokens: [WordToken], _ r: Range<Int>, fallback: Int) -> Range<Int> {
    guard !r.isEmpty else { return fallback..<fallback }
    return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
  }

  static func insertionPoint(_ tokens: [WordToken], _ r: Range<Int>, _ sentence: Range<Int>)
    -> Int
  {
    r.lowerBound < tokens.count
      ? tokens[r.lowerBound].start
      : (r.lowerBound > 0 ? tokens[r.lowerBound - 1].end : sentence.lowerBound)
  }

  /// The text of `range` with whitespace runs collapsed and soft hyphens dropped.
  static func clean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    var i = range.lowerBound
    while i < range.upperBound {
      let (s, n) = WordScan.scalar(bytes, i, range.upperBound)
      i += n
      if WordScan.isSpace(s) {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if s == 0xAD { continue }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(Unicode.Scalar(s) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}
