/// What the ten papers of one group share, so that later papers can cite and correct what
/// earlier ones said: one topic, and two subjects (a Kreis each) with their true yearly count
/// of cases.
///
/// Slots 0 and 2 ask about subjects 0 and 1 for the first time; slots 4 and 8 follow up on
/// subject 0, slot 6 on subject 1. The first answer on subject 0 misstates the count (a later
/// answer corrects it); the first answer on subject 1 misnames the Träger of the Beratungsstelle
/// (a later Antrag or answer corrects it).
struct GroupFacts {
  var topic: String
  var places: [String]
  /// The true count of the year before, per subject.
  var trueCases: [Int]
  /// What the first answer on subject 0 says instead of `trueCases[0]`.
  var misstatedCases: Int
  /// Who really runs the Beratungsstelle of subject 1 (the first answer names the Kreis).
  var actualCarrier: String
  /// Municipalities whose late reports the first count missed.
  var lateMunicipalities: Int
  /// The group number: which variant of a passage the group's papers use.
  var group: Int

  init(group: Int, rng r: inout SplitMix) {
    self.group = group
    topic = r.pick(Phrases.topics)
    let first = r.int(0...Phrases.places.count - 1)
    let second = (first + r.int(1...Phrases.places.count - 1)) % Phrases.places.count
    places = [Phrases.places[first], Phrases.places[second]]
    trueCases = [r.int(1300...4500), r.int(1300...4500)]
    misstatedCases = trueCases[0] - r.int(40...400)
    actualCarrier = r.pick(Self.carriers).replacingOccurrences(of: "%", with: places[1])
    lateMunicipalities = r.int(2...6)
  }

  static let carriers = [
    "der Caritasverband für den Kreis %", "das Diakonische Werk im Kreis %",
    "die Arbeiterwohlfahrt im Kreis %", "der Sozialdienst katholischer Frauen im Kreis %",
  ]

  /// The subject a question in `slot` asks about.
  static func subject(ofQuestionSlot slot: Int) -> Int { slot == 2 || slot == 6 ? 1 : 0 }

  /// Whether the question in `slot` asks about its subject for the first time.
  static func isFirst(questionSlot slot: Int) -> Bool { slot < 4 }

  /// The count the answer to the question in `slot` gives for the year before.
  func statedCases(answeringSlot slot: Int) -> Int {
    slot == 0 ? misstatedCases : trueCases[Self.subject(ofQuestionSlot: slot)]
  }
}
