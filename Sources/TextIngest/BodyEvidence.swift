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

  /// Looks for a parliament's self-name in folded bytes.
  static func selfName(in folded: [UInt8]) -> Parliament? {
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
  mutating func addWords(of bytes: [UInt8]) {
    let limit = min(bytes.count, Self.scanLimit)
    var seen = Set<Int>()
    var i = 0
    while i < limit {
      guard isLetter(bytes[i]) else {
        i += 1
        continue
      }
      var j = i
      while j < limit && (isLetter(bytes[j]) || bytes[j] == 0x2D) { j += 1 }
      let token = Fold.fold(bytes[i..<j])
      // "NRW-Pilotprojekt": the parts count when the whole word is no cue; the parts of
      // "Sachsen-Anhalt" do not.
      if !considerToken(token, seen: &seen) && token.contains(0x2D) {
        for part in token.split(separator: 0x2D) { considerToken(Array(part), seen: &seen) }
      }
      i = j
    }
  }

  @discardableResult
  private mutating func considerToken(_ token: [UInt8], seen: inout Set<Int>) -> Bool {
    guard token.count >= 3, let group = Self.cueIndex[token] else { return false }
    guard !seen.contains(group) else { return true }
    seen.insert(group)
    let cue = ParliamentKnowledge.wordCues[group]
    add(cue.bodies, weight: cue.weight)
    return true
  }

  private func isLetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC3
      || (b >= 0x80 && b <= 0xBF)
  }

  /// Folded word → index of its cue group.
  private static let cueIndex: [[UInt8]: Int] = {
    var index: [[UInt8]: Int] = [:]
    for (i, cue) in ParliamentKnowledge.wordCues.enumerated() {
      for word in cue.words where index[Array(word.utf8)] == nil { index[Array(word.utf8)] = i }
    }
    return index
  }()

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
