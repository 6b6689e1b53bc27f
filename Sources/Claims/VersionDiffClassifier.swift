import DocumentModel
import TextIngest

/// Word lists for typing changes and skipping version markers.
enum Lexicon {
  static let negations: Set<String> = [
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
    "weder", "niemand", "nirgends", "nein",
  ]
  static let months: Set<String> = [
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug",
    "sep", "sept", "okt", "nov", "dez", "quartal", "halbjahr", "halbjahres", "jahresende",
  ]
  static let numberWords: Set<String> = [
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "million", "millionen",
    "mio", "milliarde", "milliarden", "mrd", "prozent", "doppelt", "hälfte", "drittel", "viertel",
  ]
  /// Words before a name: titles, offices, kinds of places and organisations.
  static let nameCues: Set<String> = [
    "herr", "herrn", "frau", "dr", "prof", "minister", "ministerin", "ministers",
    "staatssekretär", "staatssekretärin", "abgeordnete", "abgeordneten", "abgeordneter",
    "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat",
    "landrätin", "präsident", "präsidentin", "stadt", "gemeinde", "kreis", "kreises",
    "landkreis", "fraktion", "firma", "kollege", "kollegin", "sachverständige",
    "sachverständigen", "ministerpräsident", "ministerpräsidentin", "bezirksregierung",
    "kommune", "städte", "gemeinden", "unternehmen",
  ]
  static let versionCore: Set<String> = ["neudruck", "vorabfassung", "lektorierte"]
  static let versionFiller: Set<String> = [
    "wird", "durch", "die", "lektorierte", "endgültige", "fassung", "version", "ersetzt",
  ]
}

/// Types one changed stretch of a sentence pair.
enum ChangeClassifier {
  struct Sentence {
    var bytes: UnsafeBufferPointer<UInt8>
    var range: Range<Int>
    var tokens: [WordToken]

    func word(_ k: Int) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[tokens[k].start..<tokens[k].end]),
        as: UTF8.self)
    }

    /// UTF-8 ranges (in the text) of date expressions in the sentence.
    var dateRanges: [Range<Int>] {
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      return GermanDateParser.dates(in: text).map {
        ($0.range.lowerBound + range.lowerBound)..<($0.range.upperBound + range.lowerBound)
      }
    }
  }

  static func kind(old: Sentence, _ o: Range<Int>, new: Sentence, _ n: Range<Int>) -> Change.Kind {
    let oldWords = o.map { old.word($0) }
    let newWords = n.map { new.word($0) }
    let oldLower = oldWords.map { $0.lowercased() }
    let newLower = newWords.map { $0.lowercased() }

    let negOld = oldLower.filter { Lexicon.negations.contains($0) }.count
    let negNew = newLower.filter { Lexicon.negations.contains($0) }.count
    if negOld != negNew { return .negation }

    if isDate(old, o, oldLower) || isDate(new, n, newLower) { return .date }

    if isNumeric(oldWords, oldLower), isNumeric(newWords, newLower) { return .number }

    // A name replaced, or a name part added or dropped (`Brandenstein (Rhein-Neckar)`).
    let oldName = o.isEmpty || isName(old, o, oldWords)
    let newName = n.isEmpty || isName(new, n, newWords)
    if oldName, newName, !(o.isEmpty && n.isEmpty) { return .name }
    return .wording
  }

  private static func isDate(_ s: Sentence, _ r: Range<Int>, _ lower: [String]) -> Bool {
    guard !r.isEmpty else { return false }
    if lower.contains(where: { Lexicon.months.contains($0) }) { return true }
    // A day before an unchanged month: `30. September` → `29. September`.
    if r.count == 1, lower[0].count <= 2, lower[0].allSatisfy(\.isNumber),
      r.upperBound + 1 < s.tokens.count,
      s.word(r.upperBound) == ".",
      Lexicon.months.contains(s.word(r.upperBound + 1).lowercased())
    {
      return true
    }
    // A bare year, or anything inside a date expression the date parser finds.
    if lower.count == 1, lower[0].count == 4, lower[0].hasPrefix("19") || lower[0].hasPrefix("20"),
      lower[0].allSatisfy(\.isNumber)
    {
      return true
    }
    let start = s.tokens[r.lowerBound].start
    let end = s.tokens[r.upperBound - 1].end
    return s.dateRanges.contains { $0.lowerBound < end && start < $0.upperBound }
  }

  private static func isNumeric(_ words: [String], _ lower: [String]) -> Bool {
    zip(words, lower).contains { w, l in
      w.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
        || Lexicon.numberWords.contains(l)
    }
  }

  /// Every word of the stretch capitalised, and an acronym among them, or a title, office or
  /// kind of place before it (across up to two capitalised words: `Dr. Jens Brandenstein`).
  private static func isName(_ s: Sentence, _ r: Range<Int>, _ words: [String]) -> Bool {
    let textWords = words.filter { w in w.first.map { $0.isLetter } ?? false }
    guard !r.isEmpty, !textWords.isEmpty,
      textWords.allSatisfy({ $0.first?.isUppercase == true })
    else { return false }
    if textWords.contains(where: isAcronym) { return true }
    var k = r.lowerBound - 1
    var capitalised = 0
    while k >= 0 {
      let w = s.word(k)
      if w == "." || w == "(" {
        k -= 1
        continue
      }
      if Lexicon.nameCues.contains(w.lowercased()) { return true }
      guard w.first?.isUppercase == true, capitalised < 2 else { return false }
      capitalised += 1
      k -= 1
    }
    return false
  }

  private static func isAcronym(_ w: String) -> Bool {
    w.count >= 2 && w.filter(\.isUppercase).count >= 2
  }
}

extension WordScan {
  static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool { isLetterOrDigit(s.value) }
}
