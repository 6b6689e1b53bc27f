import DocumentModel

/// The scored decision which parliament a paper belongs to.
///
/// A title block or running header that names the parliament ("LANDTAG
/// NORDRHEIN-WESTFALEN", "Deutscher Bundestag", "Landtag des Saarlandes") decides at
/// once. A paper without one (the seed is such a paper: pdftotext dropped its page header)
/// is judged on what it says, every cue from `ParliamentKnowledge`:
///
/// | evidence | weight |
/// |---|---|
/// | the government named in the kind line: "Antwort der Bundesregierung" | 8 for `bt` |
/// | "… der Landesregierung" / "Staatsregierung" / "des Senats" | 2 / 4 / 4 for the bodies with that government |
/// | the answering ministry's portfolio ("Minister für Arbeit, Gesundheit und Soziales") | 4 for the bodies that have it |
/// | a numbered Kleine Anfrage ("Kleine Anfrage 421") | 2 for NW, RP, BB, which number them apart |
/// | a Land's name, capital or adjective in the text (`NRW`, `Saarbrücken`) | 3, once per Land |
/// | "Landesregierung", "Landtag", "Ministerpräsidentin" | 1 for every Land, once each |
/// | "Bundesregierung", "Bundestag" in the text | 2 for `bt` |
///
/// The body with the highest total wins if it reaches 5 and leads the runner-up by at
/// least 2; otherwise the body stays unknown rather than guessed. The text scan covers the
/// first `scanLimit` bytes only: enough for the header, the Vorbemerkungen and the first
/// answers, and it keeps the decision cheap on long papers.
struct BodyEvidence {
  static let scanLimit = 16_384
  static let threshold = 5
  static let margin = 2

  private(set) var decisive: Parliament?
  private(set) var scores: [Parliament: Int] = [:]

  /// A self-name found in a header line or furniture: decides the body.
  mutating func addSelfName(_ body: Parliament) {
    if decisive == nil { decisive = body }
  }

  mutating func add(_ bodies: [Parliament], weight: Int) {
    for b in bodies { scores[b, default: 0] += weight }
  }

  /// Words one of which every self-name but "bundesrat" contains. Title-block parsing asks
  /// about every header line; most name no parliament, and four searches for these turn
  /// them away instead of twenty for the whole names.
  static let selfNameAnchors = ["landtag", "bundestag", "abgeordnetenhaus", "bürgerschaft"]

  /// Looks for a parliament's self-name in folded bytes.
  static func selfName(in folded: [UInt8]) -> Parliament? {
    guard
      Match.hasPrefix(folded, "bundesrat")
        || selfNameAnchors.contains(where: { Match.find(folded, $0) != nil })
    else { return nil }
    for entry in ParliamentKnowledge.selfNames {
      if entry.body == .br {
        // "Bundesrat" only as the first word of a title-block line, not "im Bundesrat".
        if Match.hasPrefix(folded, entry.phrase),
          folded.count == 9
            || !Match.isWordByte(
              folded[9])
        {
          return .br
        }
        continue
      }
      if Match.find(folded, entry.phrase) != nil { return entry.body }
    }
    return nil
  }

  /// Adds the words of the text's first `scanLimit` bytes, each cue group once.
  ///
  /// Allocation-free: each word is hashed (FNV-1a over its folded bytes) as it is scanned,
  /// looked up by hash and confirmed byte by byte.
  mutating func addWords(of bytes: [UInt8]) {
    let limit = min(bytes.count, Self.scanLimit)
    var seen = Set<Int>()
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < limit {
        guard Self.isLetter(b[i]) else {
          i += 1
          continue
        }
        var j = i
        var hyphen = false
        while j < limit && (Self.isLetter(b[j]) || b[j] == 0x2D) {
          if b[j] == 0x2D { hyphen = true }
          j += 1
        }
        // "NRW-Pilotprojekt": the parts count when the whole word is no cue; the parts of
        // "Sachsen-Anhalt" do not.
        if !consider(b, i, j, seen: &seen) && hyphen {
          var s = i
          for k in i...j where k == j || b[k] == 0x2D {
            if k > s { consider(b, s, k, seen: &seen) }
            s = k + 1
          }
        }
        i = j
      }
    }
  }

  @discardableResult
  private mutating func consider(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seen: inout Set<Int>
  ) -> Bool {
    let length = end - start
    guard length >= 3, length <= Self.longestCue else { return false }
    var hash = Self.fnvOffset
    var previous: UInt8 = 0
    for k in start..<end {
      hash = (hash ^ UInt64(Self.fold(b[k], after: previous))) &* Self.fnvPrime
      previous = b[k]
    }
    guard let (word, group) = Self.cueTable.lookup(hash), word.count == length else {
      return false
    }
    previous = 0
    for k in 0..<length {
      if Self.fold(b[start + k], after: previous) != word[k] { return false }
      previous = b[start + k]
    }
    guard !seen.contains(group) else { return true }
    seen.insert(group)
    let cue = ParliamentKnowledge.wordCues[group]
    add(cue.bodies, weight: cue.weight)
    return true
  }

  private static func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }

  /// `Fold` for one byte, given the byte before it.
  @inline(__always) private static func fold(_ b: UInt8, after previous: UInt8) -> UInt8 {
    if b >= 0x41 && b <= 0x5A { return b &+ 0x20 }
    if previous == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 { return b &+ 0x20 }
    return b
  }

  private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let fnvPrime: UInt64 = 0x100_0000_01b3

  private static func hash(_ word: [UInt8]) -> UInt64 {
    var h = fnvOffset
    for byte in word { h = (h ^ UInt64(byte)) &* fnvPrime }
    return h
  }

  /// Hash of a folded cue word → the word and its cue group: a small open-addressing
  /// table indexed by the hash's low bits, cheaper per word than a `Dictionary`.
  private struct CueTable: Sendable {
    static let size = 512
    var hashes = [UInt64](repeating: 0, count: size)
    var entries = [([UInt8], Int)?](repeating: nil, count: size)

    mutating func insert(_ hash: UInt64, _ entry: ([UInt8], Int)) {
      var slot = Int(hash & UInt64(Self.size - 1))
      while let existing = entries[slot] {
        if hashes[slot] == hash && existing.0 == entry.0 { return }
        slot = (slot + 1) & (Self.size - 1)
      }
      hashes[slot] = hash
      entries[slot] = entry
    }

    func lookup(_ hash: UInt64) -> ([UInt8], Int)? {
      var slot = Int(hash & UInt64(Self.size - 1))
      while let entry = entries[slot] {
        if hashes[slot] == hash { return entry }
        slot = (slot + 1) & (Self.size - 1)
      }
      return nil
    }
  }

  private static let cueTable: CueTable = {
    var table = CueTable()
    for (i, cue) in ParliamentKnowledge.wordCues.enumerated() {
      for word in cue.words {
        let bytes = Array(word.utf8)
        table.insert(hash(bytes), (bytes, i))
      }
    }
    return table
  }()

  private static let longestCue =
    ParliamentKnowledge.wordCues.flatMap(\.words).map(\.utf8.count)
    .max() ?? 0

  /// The decision: the self-name if any, else the leading score if it is clear enough.
  var decision: Parliament? {
    if let decisive { return decisive }
    let ranked = scores.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
    }
    guard let best = ranked.first, best.value >= Self.threshold else { return nil }
    if ranked.count > 1 && best.value - ranked[1].value < Self.margin { return nil }
    return best.key
  }
}
