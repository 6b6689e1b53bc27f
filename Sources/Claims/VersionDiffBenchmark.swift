import DocumentModel

/// Times `VersionDiff` on two generated versions of a long paper.
public enum DiffBenchmark {
  /// Generates a paper of about `megabytes` MB of normalized text (realistic paragraphs of an
  /// answer of a Landesregierung), a second version with a few dozen edits (figures, dates,
  /// words, a negation, an added and a removed sentence) and one moved paragraph, diffs them
  /// and returns the figures as a line of text. Nothing is asserted.
  public static func run(megabytes: Double = 1) -> String {
    let (old, new, edits) = generate(bytes: Int(megabytes * 1_000_000))
    let clock = ContinuousClock()
    var changes: [Change] = []
    var best = Duration.seconds(3600)
    for _ in 0..<3 {
      let elapsed = clock.measure { changes = VersionDiff().changes(old: old, new: new) }
      best = min(best, elapsed)
    }
    let seconds =
      Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    let mb = Double(old.utf8.count) / 1_000_000
    let moves = changes.filter { $0.kind == .move }.count
    let rounded = (seconds * 1000).rounded() / 1000
    return
      "version diff: 2 × \((mb * 100).rounded() / 100) MB, \(edits) edits made, "
      + "\(changes.count) changes found (\(moves) move), best of 3: \(rounded) s "
      + "(\((mb / seconds * 10).rounded() / 10) MB/s)"
  }

  /// The old and new text and the number of edits made.
  static func generate(bytes: Int) -> (String, String, Int) {
    var rng = SplitMix(seed: 0x5EED_F00D)
    var paragraphs: [String] = []
    var size = 0
    var n = 0
    while size < bytes {
      n += 1
      var p = ""
      for s in 0..<(3 + Int(rng.next() % 4)) {
        if s > 0 { p += " " }
        p += sentence(&rng, n)
      }
      size += p.utf8.count + 1
      paragraphs.append(p)
    }
    var newParagraphs = paragraphs
    var edits = 0
    let count = paragraphs.count
    // A few dozen edits spread over the paper.
    for k in 0..<36 {
      let i = (k * 7919 + 13) % count
      var p = newParagraphs[i]
      switch k % 6 {
      case 0: p = replaceFirst(in: p, "Stellen", with: "Planstellen")
      case 1: p = replaceFirst(in: p, " rund ", with: " knapp ")
      case 2: p = replaceFirst(in: p, "September", with: "Oktober")
      case 3: p = replaceFirst(in: p, " ist ", with: " ist nicht ")
      case 4: p += " Die Angaben wurden nach Redaktionsschluss ergänzt."
      default:
        if let dot = p.firstIndex(of: ".") { p = String(p[p.index(after: dot)...]) }
      }
      if p != newParagraphs[i] { edits += 1 }
      newParagraphs[i] = p
    }
    // One paragraph moves from the first third to the last.
    let moved = newParagraphs.remove(at: count / 3)
    newParagraphs.insert(moved, at: count * 3 / 4)
    edits += 1
    return (paragraphs.joined(separator: "\n"), newParagraphs.joined(separator: "\n"), edits)
  }

  static func replaceFirst(in s: String, _ target: String, with replacement: String) -> String {
    guard let r = s.range(of: target) else { return s }
    return s.replacingCharacters(in: r, with: replacement)
  }

  static let subjects = [
    "Die Landesregierung", "Das Ministerium für Schule und Bildung", "Die Bezirksregierung Köln",
    "Der Landesbetrieb IT.NRW", "Die Kommunen",
    "Das Landesamt für Natur, Umwelt und Verbraucherschutz",
    "Die Schulträger", "Das Ministerium für Kultur und Wissenschaft",
  ]
  static let measures = [
    "Stellen für Schulsozialarbeit", "Fachkräfte in den Kindertageseinrichtungen",
    "Anträge auf Förderung", "Lehrkräfte im Vorbereitungsdienst",
    "Plätze in der offenen Ganztagsschule",
    "Verfahren vor den Verwaltungsgerichten",
  ]
  static let months = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
  ]

  static func sentence(_ rng: inout SplitMix, _ n: Int) -> String {
    let subject = subjects[Int(rng.next() % UInt64(subjects.count))]
    let measure = measures[Int(rng.next() % UInt64(measures.count))]
    let month = months[Int(rng.next() % 12)]
    let day = 1 + Int(rng.next() % 28)
    let year = 2010 + Int(rng.next() % 12)
    let figure = 10 + Int(rng.next() % 4_000)
    let euros = Double(10 + rng.next() % 900) / 10
    switch rng.next() % 5 {
    case 0:
      return
        "\(subject) hat zum \(day). \(month) \(year) insgesamt \(figure) Stellen und \(measure) gemeldet (Vorgang \(n))."
    case 1:
      return
        "Für das Haushaltsjahr \(year) stehen rund \(euros) Millionen Euro für \(measure) zur Verfügung; die Mittel sind bis zum \(day). \(month) \(year + 1) gebunden."
    case 2:
      return
        "Nach Kenntnis der Landesregierung ist die Zahl der \(measure) seit dem Jahr \(year) auf \(figure) gestiegen, wobei regionale Unterschiede bestehen."
    case 3:
      return
        "\(subject) prüft derzeit, ob die Förderrichtlinie vom \(day). \(month) \(year) im Hinblick auf \(measure) angepasst werden muss."
    default:
      return
        "Eine landesweite Erhebung zu \(measure) liegt nicht vor; belastbare Angaben sind erst nach Abschluss der Evaluation im \(month) \(year + 2) zu erwarten (Nr. \(n))."
    }
  }
}

/// A small deterministic generator (SplitMix64), so every run diffs the same texts.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
