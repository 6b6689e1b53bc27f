import DocumentModel

/// The corrections a new version of a paper makes of the version it replaces: each changed
/// figure, date, name or negation of a Neudruck (or of a final version replacing a
/// Vorabfassung) corrects what the earlier print said. Rewording, moves, additions and
/// removals are changes of the text, not corrections of a claim.
public enum SelfCorrections {
  static let correcting: Set<Change.Kind> = [.number, .date, .name, .negation]

  /// The self-corrections in `changes`, the diff of `old` to `new`
  /// (`VersionDiff().changes(old:new:)`), with each side quoted as its whole sentence.
  public static func corrections(changes: [Change], old: PaperReading, new: PaperReading)
    -> [Correction]
  {
    var result: [Correction] = []
    for change in changes where correcting.contains(change.kind) {
      guard let oldSpan = change.oldSpan, let newSpan = change.newSpan,
        let claim = old.passage(around: oldSpan), let correction = new.passage(around: newSpan)
      else { continue }
      result.append(
        Correction(
          kind: .selfCorrection, claim: claim, correction: correction,
          subject: change.context.isEmpty ? change.new : String(change.context.prefix(80)),
          cue: printName(new.document.version), confidence: 0.95,
          explanation:
            "\(printPhrase(new.document.version)) ändert \u{201E}\(change.old)\u{201C} in \u{201E}\(change.new)\u{201C} (\(kindNames[change.kind] ?? change.kind.rawValue))."
        ))
    }
    return result
  }

  static let kindNames: [Change.Kind: String] = [
    .number: "Zahl", .date: "Datum", .name: "Name", .negation: "Verneinung",
  ]

  /// The print as the paper names it: `neudruck` → "Neudruck", `2.neudruck` → "2. Neudruck".
  static func printName(_ version: String?) -> String? {
    guard let version, !version.isEmpty else { return nil }
    var name = ""
    for character in version {
      name.append(character)
      if character == "." { name.append(" ") }
    }
    if let first = name.firstIndex(where: \.isLetter) {
      name.replaceSubrange(first...first, with: name[first].uppercased())
    }
    return name
  }

  static func printPhrase(_ version: String?) -> String {
    guard let name = printName(version) else { return "Die neue Fassung" }
    return name.lowercased().hasSuffix("neudruck") ? "Der \(name)" : "Die \(name)"
  }
}

extension PaperReading {
  /// The sentence holding the original-byte span `span`, as a passage of this paper.
  func passage(around span: Span) -> Passage? {
    for sentence in sentences {
      let sentenceSpan = document.text.span(of: sentence.range)
      if sentenceSpan.start <= span.start && span.start < sentenceSpan.end {
        return Passage(document: document.key, text: sentence.text, span: sentenceSpan)
      }
    }
    return nil
  }
}
