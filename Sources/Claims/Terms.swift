/// Words of a sentence as the claim stages compare them: lower-cased, with a light German stem.
enum Terms {
  /// A word of a sentence: its lower-cased surface and its UTF-8 range in the sentence.
  struct Word: Sendable {
    var lower: String
    var range: Range<Int>
  }

  /// The words of `text` (letters and digits; hyphens and punctuation separate words).
  static func words(_ text: String) -> [Word] {
    var result: [Word] = []
    var current = ""
    var start = 0
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if isWordScalar(scalar) {
        if current.isEmpty { start = offset }
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        result.append(Word(lower: current.lowercased(), range: start..<offset))
        current = ""
      }
      offset += width
    }
    if !current.isEmpty { result.append(Word(lower: current.lowercased(), range: start..<offset)) }
    return result
  }

  /// Letters and digits. ASCII is decided without Unicode property tables, which cost more
  /// than all the rest of splitting a sentence into words.
  @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    return scalar.properties.isAlphabetic
  }

  /// The content words of `text`, stemmed, without function words, numbers and date words;
  /// a hyphenated compound also counts as one word (`Zuwanderungs-geschichte`).
  static func content(_ text: String) -> Set<String> {
    var terms = Set<String>()
    for word in words(text) where isContent(word.lower) { terms.insert(stem(word.lower)) }
    for part in text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    where part.utf8.contains(UInt8(ascii: "-")) {
      let joined = words(String(part)).map(\.lower).joined()
      if joined.count > 3, isContent(joined) { terms.insert(stem(joined)) }
    }
    return terms
  }

  static func isContent(_ lower: String) -> Bool {
    guard lower.count > 2, let first = lower.unicodeScalars.first else { return false }
    if ("0"..."9").contains(first) { return false }
    return !Cues.stopwords.contains(lower) && !Cues.dateWords.contains(lower)
  }

  static func isNegation(_ lower: String) -> Bool { Cues.negations.contains(lower) }

  /// A light stem: common inflection and derivation endings off, the `ge` of a participle out
  /// (`eingeführt`, `Einführung` → `einführ`; `abgeschafft`, `Abschaffung` → `abschaff`).
  static func stem(_ lower: String) -> String {
    var w = lower.contains("ß") ? String(lower.flatMap { $0 == "ß" ? ["s", "s"] : [$0] }) : lower
    for _ in 0..<2 {
      guard let suffix = Cues.suffixes.first(where: { w.hasSuffix($0) && w.count - $0.count >= 4 })
      else { break }
      w.removeLast(suffix.count)
    }
    for prefix in Cues.separablePrefixes where w.hasPrefix(prefix + "ge") {
      let rest = w.dropFirst(prefix.count + 2)
      if rest.count >= 3 { return prefix + rest }
    }
    if w.hasPrefix("ge"), w.count >= 7 { return String(w.dropFirst(2)) }
    return w
  }

  /// The unit of a quantity reduced for comparison (`Stellen` and `Stelle` agree).
  static func unit(_ unit: String?) -> String {
    guard let unit else { return "" }
    return stem(unit.lowercased())
  }
}
