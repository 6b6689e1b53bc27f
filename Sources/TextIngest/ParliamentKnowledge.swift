import DocumentModel

/// What the structure stage knows about German parliaments, as data: how they name
/// themselves in title blocks, which words in a text point at which body, how members are
/// styled, which parties and ministries exist. Everything the body decision
/// (`BodyEvidence`) and the title-block parser use lives here, so that a new parliament or
/// a new cabinet is one table row, not a code change.
///
/// All phrases are lower case as `Fold` folds them (umlauts stay, `ß` stays).
enum ParliamentKnowledge {
  /// How a parliament names itself in a title block or running header. Decisive for the
  /// body wherever it appears in the paper's furniture or header lines.
  static let selfNames: [(phrase: String, body: Parliament)] = [
    ("landtag nordrhein-westfalen", .nw),
    ("deutscher bundestag", .bt),
    ("landtag des saarlandes", .sl),
    ("landtag von baden-württemberg", .bw),
    ("landtag baden-württemberg", .bw),
    ("bayerischer landtag", .by),
    ("abgeordnetenhaus berlin", .be),
    ("abgeordnetenhaus von berlin", .be),
    ("landtag brandenburg", .bb),
    ("bremische bürgerschaft", .hb),
    ("bürgerschaft der freien und hansestadt hamburg", .hh),
    ("hessischer landtag", .he),
    ("landtag mecklenburg-vorpommern", .mv),
    ("niedersächsischer landtag", .ni),
    ("landtag rheinland-pfalz", .rp),
    ("sächsischer landtag", .sn),
    ("landtag von sachsen-anhalt", .st),
    ("landtag sachsen-anhalt", .st),
    ("schleswig-holsteinischer landtag", .sh),
    ("thüringer landtag", .th),
    ("bundesrat", .br),
  ]

  /// Bodies whose government is called "Landesregierung".
  static let landesregierungBodies: [Parliament] = [
    .bw, .bb, .he, .mv, .ni, .nw, .rp, .sl, .st, .sh, .th,
  ]
  static let laender: [Parliament] = Parliament.allCases.filter { $0 != .bt && $0 != .br }

  /// The government named in the kind line ("Antwort der Bundesregierung") and the bodies
  /// it points at, with the weight of that evidence.
  static let governments: [(phrase: String, bodies: [Parliament], weight: Int)] = [
    ("bundesregierung", [.bt], 8),
    ("landesregierung", landesregierungBodies, 2),
    ("staatsregierung", [.by, .sn], 4),
    ("senat", [.be, .hb, .hh], 4),
  ]

  /// A word in the text and the bodies it points at. Each group counts once per paper,
  /// however often its words occur: a Land's name, its capital, its adjective.
  static let wordCues: [(words: [String], bodies: [Parliament], weight: Int)] = [
    (["nordrhein-westfalen", "nordrhein", "westfalen", "nrw", "düsseldorf"], [.nw], 3),
    (["saarland", "saarlandes", "saarländische", "saarländischen", "saarbrücken"], [.sl], 3),
    (["baden-württemberg", "württemberg", "stuttgart"], [.bw], 3),
    (["bayern", "bayerische", "bayerischen", "münchen"], [.by], 3),
    (["berlin", "berliner"], [.be], 1),
    (["brandenburg", "potsdam"], [.bb], 3),
    (["bremen", "bremische", "bremischen", "bremerhaven"], [.hb], 3),
    (["hamburg", "hamburgische", "hamburgischen"], [.hh], 3),
    (["hessen", "hessische", "hessischen", "wiesbaden"], [.he], 3),
    (["mecklenburg-vorpommern", "mecklenburg", "vorpommern", "schwerin"], [.mv], 3),
    (["niedersachsen", "niedersächsische", "niedersächsischen", "hannover"], [.ni], 3),
    (["rheinland-pfalz", "rheinland", "pfalz"], [.rp], 3),
    (["sachsen", "sächsische", "sächsischen", "dresden"], [.sn], 3),
    (["sachsen-anhalt", "anhalt", "magdeburg"], [.st], 3),
    (["schleswig-holstein", "schleswig", "holstein", "kiel"], [.sh], 3),
    (["thüringen", "thüringer", "erfurt"], [.th], 3),
    (["bundesregierung", "bundestag"], [.bt], 2),
    (["landesregierung", "landtag", "landesverwaltung", "landtags"], laender, 1),
    (["ministerpräsident", "ministerpräsidentin", "landeskabinett"], laender, 1),
    (["staatsregierung"], [.by, .sn], 2),
    (["abgeordnetenhaus"], [.be], 3),
    (["bürgerschaft"], [.hb, .hh], 2),
  ]

  /// Parliaments that number Kleine Anfragen apart from their Drucksachen
  /// (`Kleine Anfrage 421` beside `Drucksache 16/850`).
  static let numberedKleineAnfrage: [Parliament] = [.nw, .rp, .bb]
  static let numberedKleineAnfrageWeight = 2

  /// How a member of each parliament is styled.
  static func memberRole(_ body: Parliament?) -> String? {
    switch body {
    case .bt: return "MdB"
    case .be: return "MdA"
    case .hb: return "MdBB"
    case .hh: return "MdHB"
    case .br, nil: return nil
    default: return "MdL"
    }
  }

  /// Parties and Fraktionen as printed after a member's name, longest first so that
  /// `CDU/CSU` wins over `CDU`.
  static let parties: [String] = [
    "BÜNDNIS 90/DIE GRÜNEN", "Bündnis 90/Die Grünen", "BÜNDNIS 90/GRÜNE", "B 90/Grüne",
    "B90/Grüne", "B90/GRÜNE", "BVB/FREIE WÄHLER", "FREIE WÄHLER", "Freie Wähler", "fraktionslos",
    "DIE LINKE.", "DIE LINKE", "Die Linke.", "Die Linke", "CDU/CSU", "PIRATEN", "Piraten", "GRÜNE",
    "Grüne", "LINKE", "CDU", "CSU", "SPD", "FDP", "AfD", "SSW", "BSW", "NPD", "DVU",
  ].sorted { $0.utf8.count > $1.utf8.count }

  /// `parties`, folded (`Fold`), in the same order.
  static let foldedParties: [[UInt8]] = parties.map { Fold.fold($0) }

  /// A ministry: its portfolio as it follows "Ministerium für" / "Minister für" (folded),
  /// the bodies that have or had it, and its acronym (the issuer slug of press releases).
  struct Ministry: Sendable {
    var portfolio: String
    var bodies: [Parliament]
    var acronym: String
  }

  /// Ministries by portfolio. A portfolio is matched against the text after "für" in an
  /// issuer ("Der Minister für Arbeit, Gesundheit und Soziales").
  static let ministries: [Ministry] = [
    // Nordrhein-Westfalen, WP 15–18.
    Ministry(portfolio: "arbeit, integration und soziales", bodies: [.nw], acronym: "mais"),
    Ministry(portfolio: "arbeit, gesundheit und soziales", bodies: [.nw], acronym: "mags"),
    Ministry(portfolio: "inneres und kommunales", bodies: [.nw], acronym: "mik"),
    Ministry(portfolio: "schule und weiterbildung", bodies: [.nw], acronym: "msw"),
    Ministry(portfolio: "schule und bildung", bodies: [.nw], acronym: "msb"),
    Ministry(
      portfolio: "familie, kinder, jugend, kultur und sport", bodies: [.nw], acronym: "mfkjks"),
    Ministry(
      portfolio: "gesundheit, emanzipation, pflege und alter", bodies: [.nw], acronym: "mgepa"),
    Ministry(
      portfolio: "klimaschutz, umwelt, landwirtschaft, natur- und verbraucherschutz",
      bodies: [.nw], acronym: "mkulnv"),
    Ministry(
      portfolio: "umwelt, landwirtschaft, natur- und verbraucherschutz", bodies: [.nw],
      acronym: "mulnv"),
    Ministry(
      portfolio: "bauen, wohnen, stadtentwicklung und verkehr", bodies: [.nw], acronym: "mbwsv"),
    Ministry(
      portfolio: "wirtschaft, energie, industrie, mittelstand und handwerk", bodies: [.nw],
      acronym: "mweimh"),
    Ministry(
      portfolio: "wirtschaft, innovation, digitalisierung und energie", bodies: [.nw],
      acronym: "mwide"),
    Ministry(
      portfolio: "innovation, wissenschaft und forschung", bodies: [.nw], acronym: "miwf"),
    Ministry(
      portfolio: "bundesangelegenheiten, europa und medien", bodies: [.nw], acronym: "mbem"),
    Ministry(
      portfolio: "kinder, familie, flüchtlinge und integration", bodies: [.nw], acronym: "mkffi"),
    Ministry(
      portfolio: "heimat, kommunales, bau und gleichstellung", bodies: [.nw], acronym: "mhkbg"),
    Ministry(portfolio: "kultur und wissenschaft", bodies: [.nw], acronym: "mkw"),
    // Saarland, WP 15–16.
    Ministry(
      portfolio: "wirtschaft, arbeit, energie und verkehr", bodies: [.sl], acronym: "mwaev"),
    Ministry(portfolio: "inneres und sport", bodies: [.sl, .ni], acronym: "mis"),
    Ministry(portfolio: "bildung und kultur", bodies: [.sl], acronym: "mbk"),
    Ministry(
      portfolio: "soziales, gesundheit, frauen und familie", bodies: [.sl], acronym: "msgff"),
    Ministry(portfolio: "umwelt und verbraucherschutz", bodies: [.sl], acronym: "muv"),
    Ministry(portfolio: "finanzen und europa", bodies: [.sl], acronym: "mfe"),
    // Bund (matched after "Bundesministerium für" / "Bundesminister für").
    Ministry(portfolio: "arbeit und soziales", bodies: [.bt], acronym: "bmas"),
    Ministry(portfolio: "gesundheit", bodies: [.bt], acronym: "bmg"),
    Ministry(portfolio: "bildung und forschung", bodies: [.bt], acronym: "bmbf"),
    Ministry(
      portfolio: "familie, senioren, frauen und jugend", bodies: [.bt], acronym: "bmfsfj"),
    Ministry(
      portfolio: "verkehr und digitale infrastruktur", bodies: [.bt], acronym: "bmvi"),
    Ministry(portfolio: "wirtschaft und energie", bodies: [.bt], acronym: "bmwi"),
    Ministry(portfolio: "ernährung und landwirtschaft", bodies: [.bt], acronym: "bmel"),
    Ministry(
      portfolio: "wirtschaftliche zusammenarbeit und entwicklung", bodies: [.bt],
      acronym: "bmz"),
    Ministry(
      portfolio: "umwelt, naturschutz und nukleare sicherheit", bodies: [.bt], acronym: "bmu"),
  ]

  /// Issuer prefixes that name a federal authority.
  static let federalIssuerPrefixes: [String] = [
    "bundesminister", "bundeskanzler", "auswärtige", "beauftragte der bundesregierung",
  ]

  /// What a paper's title block calls its kind, most specific first. Matched at the start
  /// of a line, followed by a word boundary.
  static let kindWords: [(phrase: String, kind: DocumentKind)] = [
    ("antwort", .antwort),
    ("kleine anfrage", .kleineAnfrage),
    ("große anfrage", .grosseAnfrage),
    ("grosse anfrage", .grosseAnfrage),
    ("entschließungsantrag", .entschliessungsantrag),
    ("entschliessungsantrag", .entschliessungsantrag),
    ("änderungsantrag", .antrag),
    ("dringlichkeitsantrag", .antrag),
    ("antrag", .antrag),
    ("gesetzentwurf", .gesetzentwurf),
    ("beschlussempfehlung", .beschlussempfehlung),
    ("unterrichtung", .unterrichtung),
    ("vorlage", .vorlage),
    ("plenarprotokoll", .plenarprotokoll),
    ("beschlussprotokoll", .beschlussprotokoll),
    ("ausschussprotokoll", .ausschussprotokoll),
    ("pressemitteilung", .pressemitteilung),
    ("presseerklärung", .pressemitteilung),
    ("presseinformation", .pressemitteilung),
    ("stellungnahme", .stellungnahme),
    ("bericht", .bericht),
    ("information", .information),
    // Saarland and others call a Kleine Anfrage just "Anfrage".
    ("anfrage", .kleineAnfrage),
  ]

  /// The series a kind's own number belongs to.
  static func series(of kind: DocumentKind) -> Series {
    switch kind {
    case .vorlage: return .vorlage
    case .plenarprotokoll: return .plenarprotokoll
    case .beschlussprotokoll: return .beschlussprotokoll
    case .ausschussprotokoll: return .ausschussprotokoll
    case .stellungnahme: return .stellungnahme
    case .information: return .information
    default: return .drucksache
    }
  }

  /// German month names (folded), with the abbreviations papers use.
  static let months: [(name: String, month: Int)] = [
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("april", 4),
    ("mai", 5), ("juni", 6), ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10),
    ("november", 11), ("dezember", 12), ("jan.", 1), ("feb.", 2), ("febr.", 2), ("apr.", 4),
    ("aug.", 8), ("sept.", 9), ("sep.", 9), ("okt.", 10), ("nov.", 11), ("dez.", 12),
  ]
}
