/// Word lists the sentence splitter and the number parser consult, kept as data.
///
/// Entries compare case-insensitively for ASCII letters (`vgl` also matches `Vgl`). Words
/// written with dots inside (`z. B.`, `z.B.`, `i. V. m.`, `a. a. O.`) need no entry: every
/// single letter before a period and every dotted run of one- or two-letter parts is taken
/// as an abbreviation by rule.
enum Abbreviations {
  /// Words that end with a period without ending the sentence.
  static let words: [String] = [
    // Law and paper citations
    "Abs", "Art", "Nr", "Nrn", "Ziff", "Buchst", "lit", "Alt", "Var", "Hs", "Halbs", "Rn",
    "Rdnr", "Randnr", "Tz", "Kap", "Abschn", "Anl", "Anh", "Tab", "Abb", "Bd", "Bl", "Aufl",
    "Hrsg", "Verf", "Urt", "Beschl", "Az", "Drs", "Drucks", "PlPr", "APr", "BT", "LT", "S", "ff",
    "f", "vgl", "gem", "lt", "ebd", "zit", "Anm", "sog", "Slg", "Anlg",
    // Everyday abbreviations
    "bzw", "ca", "rd", "ggf", "ggfs", "insb", "insbes", "bspw", "bzgl", "einschl", "inkl", "zzgl",
    "exkl", "evtl", "usw", "usf", "etc", "vs", "ggü", "resp", "sp", "max", "min", "mind", "tlw",
    "teilw", "ehem", "zus", "Std", "Min", "Sek", "Mio", "Mrd", "Mill", "Tsd", "Bio", "Tel",
    "Fax", "Str", "Pkt", "Nachf", "geb", "gez", "stv", "stellv", "Vors", "Präs", "kath", "ev",
    "Ref", "Abt", "Reg", "Bez", "Jg", "Jh", "Jhd", "Jhdt", "Ausg", "dt", "engl", "frz", "lat",
    "amtl", "allg", "bes", "betr", "zw", "Hr", "Hrn", "Fr", "Dr", "Prof", "Dipl", "Ing", "jur",
    "med", "rer", "nat", "pol", "phil", "habil", "Abg", "Co", "Inc", "Corp", "Ltd", "No",
    // Months and weekdays
    "Jan", "Feb", "Febr", "Mrz", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
    "Mo", "Di", "Mi", "Do", "Sa", "So",
  ]

  static let table = WordTable(words)

  /// Abbreviations that often close a sentence: after them a typical sentence opener
  /// (`… usw. Die Ergebnisse`, `… 4,4 Mrd. Das`) still starts a new sentence, while a noun
  /// (`Mrd. Euro`) does not.
  static let sentenceFinal = WordTable([
    "usw", "usf", "etc", "ff", "f", "ebd", "Mio", "Mrd", "Tsd", "Mill", "Std", "Min", "Sek",
  ])

  /// Capitalised words that typically open a sentence and hardly follow an ordinal. After
  /// `2012.` every capitalised word starts a sentence; after `16.` only these do, so that
  /// `16. Wahlperiode` stays whole while `… waren es 89. Die Zahl …` splits.
  static let sentenceStarters = WordTable([
    "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen",
    "Es", "Er", "Sie", "Wir", "Ich", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Diesem",
    "Diesen", "Damit", "Dabei", "Dazu", "Daher", "Darum", "Deshalb", "Deswegen", "Darüber",
    "Darin", "Danach", "Dadurch", "Dagegen", "Daneben", "Davon", "Dort", "Doch", "Denn", "Auch",
    "Aber", "Allerdings", "Außerdem", "Zudem", "Ferner", "Weiter", "Weiterhin", "Hierzu",
    "Hierbei", "Hier", "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Beim", "Bis", "Durch",
    "Für", "Gegen", "Mit", "Nach", "Seit", "Über", "Um", "Unter", "Vom", "Von", "Vor", "Während",
    "Wegen", "Zum", "Zur", "Zu", "Als", "Alle", "Wie", "Was", "Wer", "Wo", "Wann", "Warum",
    "Welche", "Welcher", "Welches", "Ob", "So", "Nur", "Insgesamt", "Somit", "Jedoch", "Dass",
    "Nein", "Ja", "Bereits", "Zunächst", "Anschließend", "Schließlich", "Gleichzeitig",
    "Hinsichtlich", "Bezüglich", "Laut", "Gemäß", "Soweit", "Sofern", "Wenn", "Falls", "Weil",
    "Obwohl", "Nachdem", "Sobald", "Hingegen", "Insofern", "Demnach", "Folglich", "Jedenfalls",
    "Derzeit", "Aktuell", "Heute", "Inzwischen", "Mittlerweile", "Seitdem", "Zuvor", "Ebenso",
    "Ebenfalls", "Vielmehr", "Hinzu", "Sowohl", "Weder", "Entweder", "Nicht", "Kein", "Keine",
    "Mehr", "Weniger", "Rund", "Etwa", "Knapp", "Fast", "Mindestens", "Höchstens", "Davon",
  ])
}
