/// The words that signal a correction, or that a sentence is not one, as data.
///
/// A cue phrase is lower-case words separated by spaces; `…` stands for a gap of up to four
/// words (`trifft … nicht zu` matches "trifft so nicht zu" and "trifft insoweit nicht zu").
enum Cues {
  /// Explicit rebuttals of what the other paper says.
  static let rebuttal: [String] = [
    "beruht auf einem irrtum", "beruhen auf einem irrtum", "beruht auf einem missverständnis",
    "trifft … nicht zu", "treffen … nicht zu", "ist unzutreffend", "sind unzutreffend",
    "ist … unzutreffend", "sind … unzutreffend", "war unzutreffend", "ist nicht zutreffend",
    "sind nicht zutreffend", "ist so nicht zutreffend", "entspricht nicht den tatsachen",
    "entsprechen nicht den tatsachen", "anders als in der anfrage dargestellt",
    "anders als … dargestellt", "anders als … behauptet", "anders als … angenommen",
    "anders als … unterstellt", "richtig ist vielmehr", "richtig ist hingegen",
    "zutreffend ist vielmehr", "ist falsch", "sind falsch", "ist nicht richtig",
    "sind nicht richtig", "ist … irreführend", "ist irrig", "ist nicht korrekt",
    "sind nicht korrekt", "ist unrichtig", "sind unrichtig", "ist fehlerhaft", "sind fehlerhaft",
    "war fehlerhaft", "waren fehlerhaft",
  ]

  /// A source that is said not to contain what is attributed to it. Needs a source noun too.
  static let misattribution: [String] = [
    "nicht enthalten", "nicht zu entnehmen", "nicht entnommen", "nicht erwähnt", "nicht gesagt",
    "nicht geäußert", "nicht die rede", "keine rede", "nicht angekündigt", "findet sich nicht",
    "fand sich nicht", "finden sich nicht", "enthielt keinen", "enthielt keine",
    "enthält keinen", "enthält keine", "nicht behauptet", "nicht gesprochen", "stammt nicht",
    "nicht verwendet", "nicht zitiert", "nicht … enthalten", "nicht … erwähnt",
    "nicht … gesagt", "nicht … zu entnehmen", "keinen solchen", "keine solche",
    "findet sich … nicht", "finden sich … nicht", "enthielt … nicht", "enthält … nicht",
    "nicht getroffen", "nicht gemacht", "nicht abgegeben", "nicht geschrieben",
  ]

  /// Nouns naming a source a statement can be attributed to.
  static let sourceNouns: Set<String> = [
    "presseerklärung", "pressemitteilung", "pressemeldung", "mitteilung", "erklärung", "rede",
    "interview", "zitat", "äußerung", "schreiben", "veröffentlichung", "stellungnahme",
    "ansprache", "plenarrede", "regierungserklärung", "pressekonferenz", "newsletter",
    "broschüre", "zeitungsinterview", "namensbeitrag", "gastbeitrag", "brief",
  ]

  /// Prepositions before a source noun that make it where something was said.
  static let sourcePrepositions: Set<String> = [
    "in", "im", "laut", "nach", "aus", "mit", "gemäß", "zufolge", "per",
  ]

  /// Endings of compound source nouns (`Monitoringbericht`, `Landespressemitteilung`).
  static let sourceNounEndings: [String] = [
    "bericht", "mitteilung", "erklärung", "interview", "rede", "meldung", "beitrag",
  ]

  /// Words saying that the question starts from something untrue.
  static let falsePremise: [String] = [
    "falschen voraussetzung", "unzutreffenden voraussetzung", "falschen annahme",
    "unzutreffenden annahme", "die frage unterstellt", "die fragestellung unterstellt",
    "geht … von einer falschen", "geht … von einer unzutreffenden",
  ]

  /// Words after which a negation restates the premise's opposite ("Vielmehr wurde …").
  static let contrast: [String] = ["vielmehr", "stattdessen", "sondern"]

  /// Sentences that look like a rebuttal or negation but are none: not knowing, disagreeing
  /// with an opinion, additive `nicht nur … sondern auch`.
  static let blockers: [String] = [
    "keine erkenntnisse", "keine eigenen erkenntnisse", "keine weiteren erkenntnisse",
    "keine informationen", "keine daten", "keine angaben", "keine statistischen",
    "keine statistik", "nicht bekannt", "nicht erfasst", "nicht statistisch",
    "nicht gesondert erfasst", "liegen … nicht vor", "liegt … nicht vor", "teilt … nicht",
    "teilen … nicht", "nicht geteilt", "nicht nur", "sondern auch", "nicht abschließend",
    "noch nicht abgeschlossen", "kann nicht beantwortet", "können nicht beantwortet",
  ]

  /// Words that make a sentence about someone's opinion rather than a fact.
  static let opinionWords: Set<String> = [
    "auffassung", "meinung", "ansicht", "einschätzung", "sichtweise", "bewertung", "kritik",
    "forderung", "befürchtung", "position", "standpunkt",
  ]

  /// Words after a rebuttal cue that make it conditional ("trifft nicht zu, wenn …").
  static let conditionals: Set<String> = [
    "wenn", "soweit", "sofern", "falls", "insoweit", "solange", "insofern",
  ]

  /// Words that say a later state is reported, not an earlier one corrected.
  static let laterState: Set<String> = [
    "inzwischen", "mittlerweile", "derzeit", "aktuell", "zwischenzeitlich", "seitdem",
    "nunmehr", "zwischenzeitig", "gegenwärtig", "heute", "neuerdings",
  ]

  /// Sentence openings that point back to what was said before.
  static let anaphors: Set<String> = [
    "dies", "das", "diese", "dieser", "dieses", "diesen", "letzteres", "jenes", "dem", "hierzu",
    "diesbezüglich", "insoweit",
  ]

  /// Nouns that stand for a claim when an anaphor names it ("Diese Annahme").
  static let claimNouns: Set<String> = [
    "annahme", "behauptung", "darstellung", "aussage", "angabe", "feststellung", "bezug",
    "unterstellung", "vermutung", "information", "zahl", "angaben",
  ]

  /// What a question presupposes: `seit der Einführung`, `Warum wurde …`, `Wo bleibt …`,
  /// `wie … angekündigt`. The first word opens the trigger; see `ClaimExtractor`.
  static let presuppositionOpeners: [String] = [
    "warum", "weshalb", "wieso", "weswegen", "aus welchen gründen", "aus welchem grund",
    "wo bleibt", "wo bleiben", "wie erklärt", "wie begründet", "wie rechtfertigt",
  ]
  /// Prepositions that presuppose the event their noun names (`seit der Einführung`).
  static let eventPrepositions: Set<String> = ["seit", "nach", "infolge", "wegen", "trotz"]
  static let articles: Set<String> = ["der", "dem", "des", "den", "die", "das"]
  static let possessives: Set<String> = ["ihrer", "ihrem", "seiner", "seinem", "deren", "dessen"]
  /// Endings of nouns that name an event.
  static let eventNounEndings: [String] = ["ung", "ungen", "tion", "tionen", "treten", "nahme"]
  /// Participles that presuppose an announcement or a past act (`der angekündigte Bericht`).
  static let presupposingParticiples: [String] = [
    "angekündigt", "versprochen", "zugesagt", "beschlossen", "geplant", "eingeführt",
    "abgeschafft", "gestrichen", "geschlossen",
  ]

  /// Words that attribute the words that follow to a source.
  static let attributionVerbs: Set<String> = [
    "angekündigt", "zitiert", "heißt", "hieß", "verkündete", "erklärte", "sagte", "betonte",
    "teilte", "kündigte", "versprach", "behauptete", "hingewiesen", "mitgeteilt", "verkündet",
    "erklärt", "gesagt", "betont", "berichtet", "berichtete", "angegeben", "gab",
  ]
  /// Sentence openings that refer to the source named before ("In dieser wurde …").
  static let sourceAnaphors: [String] = [
    "in dieser", "in diesem", "darin", "in derselben", "in demselben", "in der mitteilung",
    "ebenso wurde", "weiter heißt es", "dort", "hierin", "in ihr", "in ihm",
  ]

  /// Words before a date that make it the date of an event.
  static let eventDatePrepositions: Set<String> = ["am", "im", "vom"]

  /// Words followed by the name of a place a figure counts in.
  static let placeWords: Set<String> = [
    "kreis", "landkreis", "stadt", "gemeinde", "bezirk", "regierungsbezirk", "bundesland",
  ]

  static let indefiniteArticles: Set<String> = ["ein", "eine", "einen", "einem", "einer"]

  /// Nouns whose date names which one is meant ("die Sitzung am 5. Juni 2013"), beside the
  /// source nouns ("die Pressemitteilung vom 8. Januar 2013").
  static let identifiedByDate: Set<String> = [
    "sitzung", "plenarsitzung", "ausschusssitzung", "sitzungen", "anhörung", "schreiben", "erlass",
    "runderlass", "schriftsatz", "anfrage", "antwort", "drucksache", "vorlage", "beschluss",
  ]

  /// Phrases that attribute a statement to someone else ("nach Angaben des …", "laut …").
  static let attributionPhrases: [String] = [
    "laut", "zufolge", "nach angaben", "nach aussage", "nach darstellung", "nach presseberichten",
    "nach berichten", "nach einem bericht", "nach informationen", "spricht … von", "stellt … fest",
    "heißt es",
  ]

  /// Sentences about the paper itself, not claims ("… mit Schreiben vom … beantwortet").
  static let furniture: [String] = [
    "namens der", "mit schreiben vom", "hat die kleine anfrage", "hat die große anfrage",
  ]

  /// Denials whose subject is an anaphor ("Eine solche Zusage hat es nicht gegeben").
  static let anaphoricDenials: [String] = [
    "hat es nicht gegeben", "gab es nicht", "gibt es nicht", "ist nicht der fall",
    "war nicht der fall",
  ]

  /// Units that say little about what is counted: two figures in Euro need more shared words
  /// to be about the same measure than two figures of `Mietwohnungen`.
  static let genericUnits: Set<String> = [
    "euro", "prozent", "mio", "mrd", "tonn", "stund", "jahr", "monat", "tag", "woch",
    "perso", "fäll", "fall", "stück", "mal",
  ]

  /// Sentence openings that continue the sentence before ("Davon entfielen …").
  static let contextOpeners: Set<String> = [
    "davon", "hiervon", "darunter", "dabei", "dies", "diese", "dieser", "sie", "er", "es",
    "damit", "hierbei", "dazu",
  ]

  static let negations: Set<String> = [
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "weder", "nirgends",
  ]

  static let stopwords: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "und", "oder", "aber", "auch", "als", "wie", "mit", "von", "vom", "zu", "zum", "zur", "für",
    "auf", "aus", "bei", "bis", "durch", "gegen", "ohne", "um", "über", "unter", "vor", "nach",
    "seit", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "worden", "hat",
    "haben", "hatte", "hatten", "sein", "kann", "können", "soll", "sollen", "will", "wollen",
    "muss", "müssen", "dass", "daß", "ob", "wenn", "weil", "nicht", "kein", "keine", "keinen",
    "keinem", "keiner", "sich", "sie", "er", "es", "wir", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "sein", "seine", "seiner", "seinen", "dies", "diese", "dieser", "dieses", "diesen",
    "diesem", "man", "nun", "noch", "schon", "bereits", "nur", "sehr", "mehr", "so", "im", "in",
    "am", "an", "ins", "beim", "welche", "welcher", "welches", "welchen", "was", "wer", "wo",
    "wann", "warum", "weshalb", "wieso", "viele", "vielen", "gibt", "gab", "es", "da", "hier",
    "dort", "dann", "denn", "doch", "etwa", "rund", "knapp", "ca", "insgesamt", "jeweils",
    "landesregierung", "bundesregierung", "senat", "staatsregierung", "anfrage", "frage",
    "fragen", "kleine", "kleinen", "große", "großen", "antwort", "drucksache", "vorbemerkung",
    "hierzu", "dazu", "darauf", "damit", "davon", "daher", "deshalb", "sowie", "bzw", "vgl",
    "ebenso", "weiter", "weitere", "weiteren", "derzeit", "aktuell", "inzwischen", "bitte",
    "nennen", "angeben", "vielmehr", "sondern", "jedoch", "allerdings", "zudem", "ferner",
    "lediglich", "dabei", "hingegen", "richtig", "zutreffend", "unzutreffend", "irrtum",
    "beruht", "trifft", "einem", "eines", "alle", "allen", "aller", "jahr", "jahre", "jahren",
    "jahres", "ende", "anfang", "mitte", "beginn", "zahl", "anzahl", "euro", "mio", "mrd", "tsd",
    "prozent", "millionen", "milliarden",
  ]

  static let dateWords: Set<String> = [
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dez", "quartal", "halbjahr", "halbjahres",
  ]

  static let suffixes: [String] = [
    "ungen", "ung", "ern", "em", "en", "er", "es", "e", "n", "s", "t",
  ]
  static let separablePrefixes: [String] = [
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "mit", "nach", "vor", "zu", "zurück", "um",
    "weg", "her", "hin", "dar", "vorher", "zusammen",
  ]
}

/// Every word of every cue phrase, numbered from 1. A sentence carries its words as these
/// numbers (`PaperSentence.cueWords`, 0 for any other word), so matching cues compares
/// integers: comparing strings, cue by cue and word by word, cost more than the rest of
/// correction detection.
enum CueVocabulary {
  /// The phrase lists matched with `CueList`; a list must be here to be compiled.
  static let lists: [[String]] = [
    Cues.rebuttal, Cues.misattribution, Cues.falsePremise, Cues.blockers, Cues.anaphoricDenials,
    Cues.attributionPhrases, Cues.furniture,
  ]

  static let numbers: [String: Int32] = {
    var numbers: [String: Int32] = [:]
    for phrase in lists.joined() {
      for word in phrase.split(separator: " ") where word != "…" && numbers[String(word)] == nil {
        numbers[String(word)] = Int32(numbers.count + 1)
      }
    }
    return numbers
  }()
}

/// The cue lists compiled, shared by the claim stages.
enum CueLists {
  static let rebuttal = CueList(Cues.rebuttal)
  static let misattribution = CueList(Cues.misattribution)
  static let falsePremise = CueList(Cues.falsePremise)
  static let blockers = CueList(Cues.blockers)
  static let anaphoricDenials = CueList(Cues.anaphoricDenials)
  static let attribution = CueList(Cues.attributionPhrases)
  static let furniture = CueList(Cues.furniture)

  /// One bit per list, for `CueLexicon.Entry.starts`: a sentence none of whose words starts
  /// a phrase of a list is not matched against it.
  enum Bit {
    static let rebuttal: UInt8 = 1
    static let misattribution: UInt8 = 2
    static let falsePremise: UInt8 = 4
    static let blockers: UInt8 = 8
    static let anaphoricDenials: UInt8 = 16
    static let attribution: UInt8 = 32
    static let furniture: UInt8 = 64
  }

  /// The lists every sentence is checked against when it is read.
  static let sentenceLists: [(UInt8, CueList)] = [
    (Bit.furniture, furniture), (Bit.blockers, blockers), (Bit.rebuttal, rebuttal),
    (Bit.falsePremise, falsePremise), (Bit.misattribution, misattribution),
    (Bit.anaphoricDenials, anaphoricDenials),
  ]

  static let bits: [(UInt8, [String])] = [
    (Bit.rebuttal, Cues.rebuttal), (Bit.misattribution, Cues.misattribution),
    (Bit.falsePremise, Cues.falsePremise), (Bit.blockers, Cues.blockers),
    (Bit.anaphoricDenials, Cues.anaphoricDenials), (Bit.attribution, Cues.attributionPhrases),
    (Bit.furniture, Cues.furniture),
  ]
}

/// What the cue lists say of a word, found by the `ByteHash` of its lower-cased bytes in an
/// open-addressing table: the splitter looks up every word of every paper, and a
/// `Set<String>` lookup per list and word cost more than splitting.
final class CueLexicon: Sendable {
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt32
    static let stopword = Flags(rawValue: 1 << 0)
    static let dateWord = Flags(rawValue: 1 << 1)
    static let negation = Flags(rawValue: 1 << 2)
    static let opinion = Flags(rawValue: 1 << 3)
    static let conditional = Flags(rawValue: 1 << 4)
    static let laterState = Flags(rawValue: 1 << 5)
    static let claimNoun = Flags(rawValue: 1 << 6)
    static let sourceNoun = Flags(rawValue: 1 << 7)
    static let sourcePreposition = Flags(rawValue: 1 << 8)
    static let attributionVerb = Flags(rawValue: 1 << 9)
    static let eventPreposition = Flags(rawValue: 1 << 10)
    static let article = Flags(rawValue: 1 << 11)
    static let possessive = Flags(rawValue: 1 << 12)
    static let placeWord = Flags(rawValue: 1 << 13)
    static let indefinite = Flags(rawValue: 1 << 14)
    static let identifiedByDate = Flags(rawValue: 1 << 15)
    static let contextOpener = Flags(rawValue: 1 << 16)
    static let office = Flags(rawValue: 1 << 17)
    static let eventDatePreposition = Flags(rawValue: 1 << 18)
    // Set by the splitter, not the table.
    static let capitalized = Flags(rawValue: 1 << 24)
    static let unusual = Flags(rawValue: 1 << 25)
    static let digitFirst = Flags(rawValue: 1 << 26)
    static let content = Flags(rawValue: 1 << 27)
  }

  struct Entry: Sendable {
    var flags: Flags
    var cue: Int32
    /// `CueLists.Bit`s of the lists with a phrase starting with the word.
    var starts: UInt8 = 0
  }

  static let shared = CueLexicon()

  /// Offices before a name ("Minister Schneider").
  static let offices: Set<String> = [
    "minister", "ministerin", "staatssekretär", "staatssekretärin", "ministerpräsident",
    "ministerpräsidentin", "senator", "senatorin", "bürgermeister", "bürgermeisterin",
  ]

  private let keys: [UInt64]
  private let entries: [Entry]
  private let mask: Int

  private init() {
    var words: [String: Entry] = [:]
    func add(_ list: some Sequence<String>, _ flag: Flags) {
      for word in list { words[word, default: Entry(flags: [], cue: 0)].flags.insert(flag) }
    }
    add(Cues.stopwords, .stopword)
    add(Cues.dateWords, .dateWord)
    add(Cues.negations, .negation)
    add(Cues.opinionWords, .opinion)
    add(Cues.conditionals, .conditional)
    add(Cues.laterState, .laterState)
    add(Cues.claimNouns, .claimNoun)
    add(Cues.sourceNouns, .sourceNoun)
    add(Cues.sourcePrepositions, .sourcePreposition)
    add(Cues.attributionVerbs, .attributionVerb)
    add(Cues.eventPrepositions, .eventPreposition)
    add(Cues.articles, .article)
    add(Cues.possessives, .possessive)
    add(Cues.placeWords, .placeWord)
    add(Cues.indefiniteArticles, .indefinite)
    add(Cues.identifiedByDate, .identifiedByDate)
    add(Cues.contextOpeners, .contextOpener)
    add(Self.offices, .office)
    add(Cues.eventDatePrepositions, .eventDatePreposition)
    for (word, number) in CueVocabulary.numbers {
      words[word, default: Entry(flags: [], cue: 0)].cue = number
    }
    for (bit, list) in CueLists.bits {
      for phrase in list {
        guard let first = phrase.split(separator: " ").first else { continue }
        words[String(first), default: Entry(flags: [], cue: 0)].starts |= bit
      }
    }
    var size = 16
    while size < words.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var entries = [Entry](repeating: Entry(flags: [], cue: 0), count: size)
    for (word, entry) in words {
      let hash = ByteHash.of(word)
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
      keys[slot] = hash
      entries[slot] = entry
    }
    self.keys = keys
    self.entries = entries
    mask = size - 1
  }

  /// The entry of the word of `hash`; no flags and cue 0 for a word no list has.
  @inline(__always) func entry(_ hash: UInt64) -> Entry {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let key = keys[slot]
      if key == hash { return entries[slot] }
      if key == 0 { return Entry(flags: [], cue: 0) }
      slot = (slot + 1) & mask
    }
  }
}

/// A cue phrase compiled for matching against a sentence's words (as `CueVocabulary`
/// numbers).
struct CuePattern: Sendable {
  /// Word numbers; `nil` is a gap of up to four words.
  let parts: [Int32?]
  let phrase: String

  init(_ phrase: String) {
    self.phrase = phrase
    parts = phrase.split(separator: " ").map { word in
      guard word != "…" else { return nil }
      guard let number = CueVocabulary.numbers[String(word)] else {
        preconditionFailure("cue list of \"\(phrase)\" missing from CueVocabulary.lists")
      }
      return number
    }
  }

  /// The word range `[first, last]` of the first match in `words`, if any.
  func match(_ words: [Int32]) -> ClosedRange<Int>? {
    guard let firstWord = parts.first ?? nil else { return nil }
    for start in words.indices where words[start] == firstWord {
      if let end = matchRest(words, part: 1, at: start + 1) { return start...(end - 1) }
    }
    return nil
  }

  /// Whether the phrase matches starting at word `start` (which is its first word).
  func matches(_ words: [Int32], at start: Int) -> Bool {
    matchRest(words, part: 1, at: start + 1) != nil
  }

  private func matchRest(_ words: [Int32], part: Int, at position: Int) -> Int? {
    if part == parts.count { return position }
    guard let word = parts[part] else {
      // A gap: try every width up to four words.
      for skip in 0...4 where position + skip <= words.count {
        if let end = matchRest(words, part: part + 1, at: position + skip) { return end }
      }
      return nil
    }
    guard position < words.count, words[position] == word else { return nil }
    return matchRest(words, part: part + 1, at: position + 1)
  }
}

/// A list of cue phrases compiled for matching, indexed by first word: a sentence is tried
/// only against the phrases that can start at one of its words.
struct CueList: Sendable {
  let patterns: [CuePattern]
  /// Vocabulary number → phrases starting with that word.
  private let byFirstWord: [[Int]]

  init(_ phrases: [String]) {
    patterns = phrases.map(CuePattern.init)
    var index = [[Int]](repeating: [], count: CueVocabulary.numbers.count + 1)
    for (i, pattern) in patterns.enumerated() {
      if let first = pattern.parts.first ?? nil { index[Int(first)].append(i) }
    }
    byFirstWord = index
  }

  /// The phrases that occur in `words` (vocabulary numbers), in list order, each with its
  /// first match.
  func matches(_ words: [Int32]) -> [(phrase: String, range: ClosedRange<Int>)] {
    var candidates: [Int] = []
    for word in words where word != 0 { candidates += byFirstWord[Int(word)] }
    guard !candidates.isEmpty else { return [] }
    if candidates.count > 1 { candidates = Array(Set(candidates)).sorted() }
    return candidates.compactMap { i in
      patterns[i].match(words).map { (patterns[i].phrase, $0) }
    }
  }

  /// The first match of the first phrase, in list order, that occurs in `words`.
  func firstMatch(_ words: [Int32]) -> ClosedRange<Int>? { matches(words).first?.range }

  /// Whether any phrase occurs in `words`: whether one matches where its first word stands.
  func occurs(in words: [Int32]) -> Bool {
    for start in words.indices where words[start] != 0 {
      if occurs(in: words, at: start) { return true }
    }
    return false
  }

  /// Whether a phrase matches starting at word `start`.
  func occurs(in words: [Int32], at start: Int) -> Bool {
    for p in byFirstWord[Int(words[start])] where patterns[p].matches(words, at: start) {
      return true
    }
    return false
  }
}
