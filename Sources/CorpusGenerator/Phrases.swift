/// What a reference phrase needs to know about the paper it is written into.
struct CitingPaper {
  var body: String
  var wahlperiode: Int
  var ownNumber: Int
  var key: String
  var year: Int
}

/// A sentence and the reference targets it carries, in text order.
struct Phrase {
  var text: String
  var targets: [String]
}

/// Sentences with references in the surface forms the extractor supports (see
/// `Sources/Citations/Profiles/parliaments.json` and the snippet table in the Citations
/// tests), with numbers, dates and laws varied by the generator.
enum Phrases {
  static let months = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
  ]

  /// A cited number that is neither the citing paper's own nor the next one (a question's
  /// preamble is reprinted in its answer, which has the next number and cannot be cited).
  static func number(_ rng: inout SplitMix, _ paper: CitingPaper, _ range: ClosedRange<Int>)
    -> Int
  {
    let n = rng.int(range)
    return n == paper.ownNumber || n == paper.ownNumber + 1 ? n + 2 : n
  }

  /// `13 032` as printed for numbers of five digits (sometimes), else plain.
  static func spaced(_ n: Int, _ rng: inout SplitMix) -> String {
    guard n >= 10_000, rng.chance(50) else { return String(n) }
    let rest = n % 1000
    return "\(n / 1000) " + (rest < 10 ? "00" : rest < 100 ? "0" : "") + String(rest)
  }

  /// A count as papers print it, with a thousands point: `1.359`. (A bare `2002 Fälle` reads
  /// as a year even to a person.)
  static func count(_ n: Int) -> String {
    guard n >= 1000 else { return String(n) }
    let rest = n % 1000
    return "\(count(n / 1000))." + (rest < 10 ? "00" : rest < 100 ? "0" : "") + String(rest)
  }

  struct DateParts {
    var day: Int
    var month: Int
    var year: Int
    var long: String { "\(day). \(Phrases.months[month - 1]) \(year)" }
    var short: String { "\(day).\(month).\(year)" }
    var iso: String {
      "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }
  }

  static func date(_ rng: inout SplitMix, year: Int) -> DateParts {
    DateParts(day: rng.int(1...28), month: rng.int(1...12), year: year)
  }

  static func nw(_ rng: inout SplitMix, _ p: CitingPaper) -> Phrase {
    let w = p.wahlperiode
    let n = number(&rng, p, 100...p.ownNumber + 400)
    let drs = "nw/drs/\(w)/\(n)"
    switch rng.int(0...21) {
    case 0: return Phrase(text: "Wir verweisen auf die Drucksache \(w)/\(n).", targets: [drs])
    case 1:
      return Phrase(text: "Vgl. Drs. \(w)/\(n), S. \(rng.int(2...80)).", targets: [drs])
    case 2:
      return Phrase(
        text: "Die Landesregierung hat hierzu berichtet (siehe Drs.-Nr. \(w)/\(n)).",
        targets: [drs])
    case 3: return Phrase(text: "Das wurde in LT-Drs. \(w)/\(n) dargelegt.", targets: [drs])
    case 4:
      return Phrase(text: "Die Landtagsdrucksache \(w)/\(n) enthält die Zahlen.", targets: [drs])
    case 5:
      let m = number(&rng, p, 100...p.ownNumber + 400)
      return Phrase(
        text: "Die Drucksachen \(w)/\(n) und \(w)/\(m) betreffen dasselbe Thema.",
        targets: [drs, "nw/drs/\(w)/\(m)"])
    case 6:
      let big = number(&rng, p, 10_000...19_999)
      return Phrase(
        text: "Vgl. Drucksache \(w)/\(spaced(big, &rng)), Seite \(rng.int(2...60)) f.",
        targets: ["nw/drs/\(w)/\(big)"])
    case 7:
      let bare = number(&rng, p, 1000...19_999)
      return Phrase(
        text: "Mit Drucksache \(bare) hat die Landesregierung geantwortet.",
        targets: ["nw/drs/\(w)/\(bare)"])
    case 8:
      return Phrase(
        text:
          "Das wurde bereits in der Landtagsdrucksache \(w - 1)/\(n) aus der letzten Wahlperiode ausgeführt.",
        targets: ["nw/drs/\(w - 1)/\(n)"])
    case 9:
      let v = rng.int(10...3000)
      return Phrase(
        text:
          "Über die Ergebnisse wurde der Landtag mit Vorlage \(w)/\(v) vom \(date(&rng, year: p.year).long) informiert.",
        targets: ["nw/vorlage/\(w)/\(v)"])
    case 10:
      let s = rng.int(5...120)
      return Phrase(
        text:
          "In der \(s). Sitzung am \(date(&rng, year: p.year).long) (Plenarprotokoll \(w)/\(s), S. \(rng.int(100...9000))) wurde das beschlossen.",
        targets: ["nw/plpr/\(w)/\(s)"])
    case 11:
      let st = rng.int(10...4000)
      let apr = rng.int(10...1500)
      return Phrase(
        text:
          "Die Stellungnahme \(w)/\(st) des Städtetags NRW zur Anhörung am \(date(&rng, year: p.year).long) (APr \(w)/\(apr)) liegt vor.",
        targets: ["nw/stellungnahme/\(w)/\(st)", "nw/apr/\(w)/\(apr)"])
    case 12:
      let a = rng.int(10...5000)
      return Phrase(
        text: "Die Kleinen Anfragen \(a) und \(a + 1) betreffen dasselbe Thema.",
        targets: ["nw/ka/\(w)/\(a)", "nw/ka/\(w)/\(a + 1)"])
    case 13:
      return Phrase(
        text:
          "Die Antwort auf die Große Anfrage \(rng.int(1...20)) (Drucksache \(w)/\(n)) liegt vor.",
        targets: [drs])
    case 14:
      let a = rng.int(1...90)
      return Phrase(
        text: "Nach Artikel \(a) der Landesverfassung ist das zulässig.",
        targets: ["law/nw/verf/art\(a)"])
    case 15:
      let s = rng.int(1...120)
      let a = rng.int(1...5)
      return Phrase(
        text: "Die Prüfung erfolgt nach § \(s) Abs. \(a) der Landeshaushaltsordnung (LHO).",
        targets: ["law/nw/lho/§\(s)/abs\(a)"])
    case 16:
      let s = rng.int(1...60)
      return Phrase(
        text: "Die Zuschüsse nach § \(s) KiBiz werden jährlich angepasst.",
        targets: ["law/nw/kibiz/§\(s)"])
    case 17:
      let s = rng.int(1...70)
      return Phrase(
        text: "Leistungen nach § \(s) SGB II werden dabei angerechnet.",
        targets: ["law/bund/sgb-ii/§\(s)"])
    case 18:
      let d = date(&rng, year: p.year)
      return Phrase(
        text:
          "Laut einer Pressemitteilung des Ministeriums für Inneres und Kommunales vom \(d.short) stieg die Zahl.",
        targets: ["press/mik/\(d.iso)"])
    case 19:
      let d = date(&rng, year: p.year)
      return Phrase(
        text:
          "In seiner Pressemitteilung vom \(d.long) teilte das Ministerium für Schule und Weiterbildung mit, dass die Mittel bereitstehen.",
        targets: ["press/msw/\(d.iso)"])
    case 20:
      let b = rng.int(100...17_000)
      return Phrase(
        text: "Die Bundestagsdrucksache 17/\(b) nennt andere Zahlen.", targets: ["bt/drs/17/\(b)"])
    default:
      let a = rng.int(1...19)
      return Phrase(
        text: "Art. \(a) Abs. 1 GG verbietet das nicht.", targets: ["law/bund/gg/art\(a)/abs1"])
    }
  }

  static func bt(_ rng: inout SplitMix, _ p: CitingPaper) -> Phrase {
    let w = p.wahlperiode
    let n = number(&rng, p, 100...p.ownNumber + 400)
    let drs = "bt/drs/\(w)/\(n)"
    switch rng.int(0...11) {
    case 0:
      return Phrase(
        text: "Auf die Antwort der Bundesregierung auf Drucksache \(w)/\(n) wird hingewiesen.",
        targets: [drs])
    case 1:
      return Phrase(
        text: "Die Bundesregierung hat in der Bundestagsdrucksache \(w)/\(n) berichtet.",
        targets: [drs])
    case 2:
      return Phrase(text: "Vgl. BT-Drucks. \(w)/\(n), S. \(rng.int(2...90)).", targets: [drs])
    case 3:
      let y = rng.int(15...19)
      let b = rng.int(10...700)
      return Phrase(
        text: "Der Bundesrat hat Stellung genommen (BR-Drs. \(b)/\(y)).",
        targets: ["br/drs/\(y)/\(b)"])
    case 4:
      let s = rng.int(1...110)
      let a = rng.int(1...4)
      return Phrase(
        text: "Die Prüfung erfolgt nach § \(s) Absatz \(a) BHO.",
        targets: ["law/bund/bho/§\(s)/abs\(a)"])
    case 5:
      let d = date(&rng, year: p.year)
      return Phrase(
        text: "Das steht in der Pressemitteilung des BMI vom \(d.long).",
        targets: ["press/bmi/\(d.iso)"])
    case 6:
      let d = date(&rng, year: p.year)
      return Phrase(
        text:
          "Das Bundesministerium für Gesundheit hat am \(d.long) eine Pressemitteilung veröffentlicht.",
        targets: ["press/bmg/\(d.iso)"])
    case 7:
      let s = rng.int(5...200)
      return Phrase(
        text:
          "Die Debatte ist im Plenarprotokoll \(w)/\(s), S. \(rng.int(100...9000)) ff. dokumentiert.",
        targets: ["bt/plpr/\(w)/\(s)"])
    case 8:
      let big = rng.int(10_000...14_999)
      return Phrase(
        text: "Nach BT-Drs. \(w - 1)/\(spaced(big, &rng)) wurden 12 Verfahren eingeleitet.",
        targets: ["bt/drs/\(w - 1)/\(big)"])
    case 9:
      let a = number(&rng, p, 100...p.ownNumber + 400)
      let b = number(&rng, p, 100...p.ownNumber + 400)
      return Phrase(
        text: "Die Drucksachen \(w)/\(n), \(w)/\(a) und \(w)/\(b) betreffen dasselbe Vorhaben.",
        targets: [drs, "bt/drs/\(w)/\(a)", "bt/drs/\(w)/\(b)"])
    case 10:
      let s = rng.int(4...60)
      // One count per paragraph and year: papers that both state it must not contradict.
      let count = 2 + (s &* 7919 &+ p.year &* 31) % 899
      return Phrase(
        text: "Eine Aufenthaltserlaubnis nach § \(s) AufenthG wurde in \(count) Fällen erteilt.",
        targets: ["law/bund/aufenthg/§\(s)"])
    default:
      return Phrase(
        text: "Die Verarbeitung stützt sich auf Art. 6 Abs. 1 DS-GVO.",
        targets: ["law/eu/dsgvo/art6/abs1"])
    }
  }

  /// Ordinary sentences: numbers, amounts and dates, but no reference. `rng` picks the
  /// sentence; its figures are facts of the generated world, the same in every paper of a
  /// parliament and year (`world`), so that no two papers contradict each other by accident
  /// (an answer repeating its question's "in 17 Schulungen" as "in 6 Schulungen" would be a
  /// numeric correction that no truth file records).
  static func filler(_ rng: inout SplitMix, year: Int, world: UInt64) -> String {
    let sentence = rng.int(0...13)
    var f = SplitMix(
      seed: world ^ (UInt64(sentence) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(year) << 40))
    switch sentence {
    case 0:
      return
        "Die Zahl der Fälle ist im Jahr \(year - 1) um \(f.int(2...40)),\(f.int(1...9)) Prozent gestiegen."
    case 1:
      return
        "Im Rahmen des Programms wurden insgesamt \(f.int(2...9)).\(f.int(100...999)) Personen erreicht."
    case 2:
      return
        "Die Kommunen erhalten hierfür jährlich rund \(f.int(2...90)),\(f.int(1...9)) Millionen Euro aus Landesmitteln."
    case 3:
      return
        "Die Gespräche mit den Verbänden, Gewerkschaften und kommunalen Spitzenverbänden werden fortgesetzt."
    case 4:
      return
        "Seit dem \(f.int(1...28)). \(months[f.int(0...11)]) \(year - 1) ist die Zuständigkeit bei den Bezirksregierungen gebündelt."
    case 5:
      return
        "Eine flächendeckende Auswertung der Verwaltungsdaten liegt der Landesregierung bislang nicht vor."
    case 6:
      return
        "Die Beschäftigten der Ordnungsbehörden wurden in \(f.int(3...40)) Schulungen auf die neuen Aufgaben vorbereitet."
    case 7:
      return
        "Die Förderrichtlinie sieht eine Eigenbeteiligung der Träger von mindestens \(f.int(5...30)) Prozent vor."
    case 8:
      return
        "Zum Stichtag waren \(f.int(12...980)) der \(f.int(990...1500)) Stellen besetzt; die übrigen Stellen werden ausgeschrieben."
    case 9:
      return
        "Die Ergebnisse der wissenschaftlichen Begleitung werden voraussichtlich Ende \(year + 1) veröffentlicht."
    case 10:
      return
        "Dabei handelt es sich um Schätzungen, die auf den Meldungen der Kreise und kreisfreien Städte beruhen."
    case 11:
      return
        "Besonders betroffen sind die ländlichen Räume, in denen die Wege zu den Beratungsstellen weit sind."
    case 12:
      return
        "Die Kosten für Personal, Sachmittel und Verwaltung beliefen sich \(year - 1) auf \(f.int(2...90)).\(f.int(100...999)) Euro."
    default:
      return
        "Die Entwicklung wird von den zuständigen Stellen sorgfältig beobachtet und regelmäßig ausgewertet."
    }
  }

  static let topics = [
    "Wohnungseinbrüche im ländlichen Raum", "Schulsozialarbeit an Grundschulen",
    "Sanierung der Landesstraßen", "Ausbildungsplätze in der Pflege",
    "Breitbandausbau in Gewerbegebieten", "Personalausstattung der Amtsgerichte",
    "Lärmschutz an Bahnstrecken", "Förderung von Frauenhäusern",
    "Unterrichtsausfall an Berufskollegs", "Hochwasserschutz an kleinen Gewässern",
    "Digitalisierung der Bauämter", "Rettungsdienst in Randlagen",
  ]
  static let places = [
    "Mettmann", "Olpe", "Höxter", "Coesfeld", "Wesel", "Düren", "Soest", "Lippe", "Kleve",
    "Borken", "Euskirchen", "Siegen",
  ]
  static let names = [
    "Gregor Wienand", "Marita Schöllgen", "Jana Behrendt", "Tobias Kellermann",
    "Svenja Holtkamp", "Frank Osterloh", "Helene Strathmann", "Uwe Pfisterer", "Birgit Lohmeyer",
    "Matthias Quandt", "Petra Kühnel", "Stefan Ahlers",
  ]
  static let nwParties = ["CDU", "SPD", "FDP", "GRÜNE", "PIRATEN"]
  static let btFractions = ["der FDP", "DIE LINKE.", "BÜNDNIS 90/DIE GRÜNEN", "der AfD"]
}
