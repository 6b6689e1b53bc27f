/// A paragraph of a later paper about a claim of an earlier paper that is not the question
/// it answers: its text, the references it makes, and its truth entry (a correction or a hard
/// negative).
struct CrossPassage {
  var text: String
  var targets: [String]
  var entry: InjectedCorrection
  var isCorrection: Bool
}

/// The cross-paper passages of a group (see `GroupFacts`), in the words of real papers: a
/// later paper cites the earlier one by its Drucksache number and corrects a figure or a
/// statement of it with a cue, or cites it and reports a later state of affairs, agrees,
/// rejects it only conditionally, or disagrees with an opinion.
struct CrossPaperPassages {
  /// The paper that writes the passage.
  var writer: CitingPaper
  var facts: GroupFacts
  var nw: Bool
  /// Drucksache numbers and truth keys of the group's papers, by slot.
  var number: (Int) -> Int
  var key: (Int) -> String
  /// The parliamentary group that asked the question in a slot (`der FDP`, `DIE LINKE.`).
  var questioners: (Int) -> String
  var kaNumber: (Int) -> Int

  private var w: Int { writer.wahlperiode }
  private var lastYear: Int { writer.year - 1 }
  private var variant: Int { facts.group % 3 }

  /// How a later paper names an earlier answer, and the reference that is.
  private func answer(_ slot: Int) -> (String, [String]) {
    if nw {
      return ("der Antwort der Landesregierung (Drucksache \(w)/\(number(slot)))", [key(slot)])
    }
    return (
      "der Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion \(questioners(slot - 1)) (Bundestagsdrucksache \(w)/\(number(slot)))",
      [key(slot)]
    )
  }

  private func entry(
    _ kind: String, claim: Int, claimed: String, corrected: String, cue: String
  ) -> InjectedCorrection {
    InjectedCorrection(
      kind: kind, scope: "cross-paper", claimDocument: key(claim),
      correctionDocument: writer.key, claimed: claimed, corrected: corrected, cue: cue)
  }

  /// Slot 5 corrects the count the answer in slot 1 gave for subject 0.
  func correctedCount() -> CrossPassage {
    let (cited, targets) = answer(1)
    let place = facts.places[0]
    let wrong = Phrases.count(facts.misstatedCases)
    let right = Phrases.count(facts.trueCases[0])
    let reason =
      " Bei der damaligen Auswertung waren die Nachmeldungen aus \(facts.lateMunicipalities) Gemeinden nicht berücksichtigt."
    let text: String
    let cue: String
    switch variant {
    case 0:
      cue = "trifft nicht zu"
      text =
        "Die in \(cited) genannte Zahl von \(wrong) Fällen im Kreis \(place) für das Jahr \(lastYear) trifft nicht zu; tatsächlich wurden \(right) Fälle erfasst."
    case 1:
      cue = "ist fehlerhaft"
      text =
        "Die in \(cited) genannte Zahl von \(wrong) Fällen im Kreis \(place) für das Jahr \(lastYear) ist fehlerhaft; richtig ist \(right)."
    default:
      cue = "ist unzutreffend"
      text =
        "In \(cited) wurden für das Jahr \(lastYear) im Kreis \(place) \(wrong) Fälle angegeben. Diese Angabe ist unzutreffend. Nach der abschließenden Auswertung der amtlichen Statistik waren es \(right) Fälle."
    }
    return CrossPassage(
      text: text + reason, targets: targets,
      entry: entry(
        "numeric", claim: 1, claimed: "\(wrong) Fälle", corrected: "\(right) Fälle", cue: cue),
      isCorrection: true)
  }

  /// Slot 7 cites the answer in slot 3 on subject 1 without correcting it.
  func citedCount(stand: Int) -> CrossPassage {
    let (cited, targets) = answer(3)
    let place = facts.places[1]
    let count = Phrases.count(facts.trueCases[1])
    let later = Phrases.count(stand)
    let said = "\(count) Fälle"
    switch variant {
    case 0:
      return CrossPassage(
        text:
          "In \(cited) wurden für das Jahr \(lastYear) im Kreis \(place) \(count) Fälle angegeben. Inzwischen, Stand 30. Juni \(writer.year), sind es im laufenden Jahr bereits \(later) Fälle.",
        targets: targets,
        entry: entry(
          "later-state", claim: 3, claimed: said, corrected: "\(later) Fälle", cue: "Inzwischen"),
        isCorrection: false)
    case 1:
      return CrossPassage(
        text:
          "Die in \(cited) genannte Zahl von \(count) Fällen im Kreis \(place) für das Jahr \(lastYear) trifft zu; sie ist durch die abschließende Auswertung der amtlichen Statistik bestätigt worden.",
        targets: targets,
        entry: entry("agreement", claim: 3, claimed: said, corrected: said, cue: "trifft zu"),
        isCorrection: false)
    default:
      return CrossPassage(
        text:
          "Die in \(cited) genannte Zahl von \(count) Fällen trifft nicht zu, wenn man die Fälle aus den angrenzenden kreisfreien Städten mitzählt; für den Kreis \(place) allein bleibt es bei \(count) Fällen.",
        targets: targets,
        entry: entry(
          "conditional", claim: 3, claimed: said, corrected: said, cue: "trifft nicht zu, wenn"),
        isCorrection: false)
    }
  }

  /// The Antrag (NRW) or the last answer (Bundestag) corrects who runs the Beratungsstelle of
  /// subject 1, as the answer in slot 3 named it.
  func correctedCarrier() -> CrossPassage {
    let (cited, targets) = answer(3)
    let place = facts.places[1]
    let claim = "Träger der Beratungsstelle ist der Kreis \(place)."
    let said = "Träger der Beratungsstelle in \(place) sei der Kreis \(place)"
    let fact = "Träger ist seit ihrer Gründung \(facts.actualCarrier)."
    let text: String
    let cue: String
    switch (variant, nw) {
    case (0, true):
      cue = "trifft nicht zu"
      text =
        "In ihrer Antwort (Drucksache \(w)/\(number(3))) teilt die Landesregierung mit, \(said). Diese Angabe trifft nicht zu. \(fact)"
    case (0, false):
      cue = "trifft nicht zu"
      text = "In \(cited) heißt es, \(said). Diese Angabe trifft nicht zu. \(fact)"
    case (1, _):
      cue = "ist unzutreffend"
      text = "Die Angabe in \(cited), \(said), ist unzutreffend. \(fact)"
    case (_, true):
      cue = "entspricht nicht den Tatsachen"
      text = "Die Darstellung in \(cited), \(said), entspricht nicht den Tatsachen. \(fact)"
    case (_, false):
      cue = "beruht auf einem Irrtum"
      text = "Die Angabe in \(cited), \(said), beruht auf einem Irrtum. \(fact)"
    }
    return CrossPassage(
      text: text, targets: targets,
      entry: entry("rebuttal", claim: 3, claimed: claim, corrected: fact, cue: cue),
      isCorrection: true)
  }

  /// The Antrag (NRW) or the last answer (Bundestag) disagrees with the opinion the question
  /// in slot 0 states.
  func rejectedOpinion() -> CrossPassage {
    let place = facts.places[0]
    let opinion = "die Mittel, die der Kreis \(place) hierfür erhält, reichten nicht aus"
    let who = nw ? "die antragstellende Fraktion" : "die Bundesregierung"
    let cited: String
    let citedShort: String
    if nw {
      cited = "der Kleinen Anfrage \(kaNumber(0)) (Drucksache \(w)/\(number(0)))"
      citedShort = "(Drucksache \(w)/\(number(0)))"
    } else {
      cited =
        "der Kleinen Anfrage der Fraktion \(questioners(0)) auf Bundestagsdrucksache \(w)/\(number(0))"
      citedShort = "(Bundestagsdrucksache \(w)/\(number(0)))"
    }
    let text: String
    let cue: String
    if facts.group % 2 == 0 {
      cue = "teilt … nicht"
      text = "Die in \(cited) vertretene Auffassung, \(opinion), teilt \(who) nicht."
    } else {
      cue = "Auffassung … unzutreffend"
      text =
        "Die Auffassung der Fragesteller \(citedShort), \(opinion), ist nach Einschätzung \(nw ? "der antragstellenden Fraktion" : "der Bundesregierung") unzutreffend."
    }
    return CrossPassage(
      text: text, targets: [key(0)],
      entry: entry(
        "opinion", claim: 0, claimed: Self.opinion(place: place), corrected: text, cue: cue),
      isCorrection: false)
  }

  /// The opinion a first question states about its subject.
  static func opinion(place: String) -> String {
    "Nach Auffassung der Fragesteller reichen die Mittel, die der Kreis \(place) hierfür erhält, nicht aus."
  }
}
