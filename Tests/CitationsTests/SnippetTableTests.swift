import DocumentModel
import Testing

@testable import Citations

/// One snippet in the style of a real paper, the paper that cites it, and every reference
/// target it must yield, in text order. An empty list means: silence.
struct Snippet: CustomStringConvertible, Sendable {
  var citing: Citing
  var text: String
  var expected: [String]

  init(_ citing: Citing, _ text: String, _ expected: [String]) {
    self.citing = citing
    self.text = text
    self.expected = expected
  }

  /// A snippet cited from the NRW Antrag of WP 16.
  init(_ text: String, _ expected: [String]) {
    self.init(.nwAntrag, text, expected)
  }

  var description: String { "[\(citing)] \(text)" }
}

let extractor = ReferenceExtractor()

func targets(_ snippet: Snippet) -> [String] {
  extractor.extract(from: snippet.citing.document(snippet.text)).map(\.target.rawValue)
}

// MARK: Drucksachen

let drucksacheSnippets: [Snippet] = [
  Snippet("Wir verweisen auf die Drucksache 16/3052.", ["nw/drs/16/3052"]),
  Snippet("Vgl. Drs. 16/3052, S. 24.", ["nw/drs/16/3052"]),
  Snippet("Die Landesregierung hat hierzu berichtet (siehe Drs.-Nr. 16/3052).", ["nw/drs/16/3052"]),
  Snippet("Der Bericht (Drs.Nr. 16/3052) liegt vor.", ["nw/drs/16/3052"]),
  Snippet("Beschlussempfehlung, Drs.: 16/3052", ["nw/drs/16/3052"]),
  Snippet("Gesetzentwurf der Landesregierung, Drucks. 16/3052", ["nw/drs/16/3052"]),
  Snippet("Antrag der Fraktion der SPD, DS 16/3052", ["nw/drs/16/3052"]),
  Snippet("wie in LT-Drs. 16/3052 dargelegt", ["nw/drs/16/3052"]),
  Snippet("wie in LT-DS 16/3052 dargelegt", ["nw/drs/16/3052"]),
  Snippet("LT-DRS 16/3052", ["nw/drs/16/3052"]),
  Snippet("LANDTAG NORDRHEIN-WESTFALEN DRUCKSACHE 16/3052", ["nw/drs/16/3052"]),
  Snippet("Die Landtagsdrucksache 16/3052 enthält die Zahlen.", ["nw/drs/16/3052"]),
  Snippet("Die Landtags-Drucksache 16/3052 enthält die Zahlen.", ["nw/drs/16/3052"]),
  Snippet("vgl. LT-Drucksache 16/3052", ["nw/drs/16/3052"]),
  Snippet("Die Bundestagsdrucksache 19/4711 nennt andere Zahlen.", ["bt/drs/19/4711"]),
  Snippet("Nach BT-Drs. 19/4711 wurden 12 Verfahren eingeleitet.", ["bt/drs/19/4711"]),
  Snippet("Vgl. BT-Drucks. 19/4711, S. 12.", ["bt/drs/19/4711"]),
  Snippet("Der Bundesrat hat Stellung genommen (BR-Drs. 123/19).", ["br/drs/19/123"]),
  Snippet("Der Antrag ist unter der Drucksache 16/3052 veröffentlicht.", ["nw/drs/16/3052"]),
  Snippet(
    "Die Antwort der Landesregierung (Drucksache 16/3052) ist eindeutig.", ["nw/drs/16/3052"]),
  Snippet("Antrag der Fraktion der CDU – Drucksache 16/4711 –", ["nw/drs/16/4711"]),
  Snippet("Beschlussempfehlung und Bericht zu Drucksache 16/8205 (Neudruck)", ["nw/drs/16/8205"]),
  Snippet("Drucksache 16/8205 2. Neudruck vom 27.05.2015", ["nw/drs/16/8205"]),
  Snippet("Vgl. Drucksache 16/13 032, Seite 24 f.", ["nw/drs/16/13032"]),
  Snippet("Vgl. BT-Drs. 17/13 032", ["bt/drs/17/13032"]),
  Snippet("Wie in der Drucksa- che 16/3125 ausgeführt", ["nw/drs/16/3125"]),
  Snippet(
    "Die Drucksachen 16/7748 und 16/7912 betreffen dasselbe Thema.",
    ["nw/drs/16/7748", "nw/drs/16/7912"]),
  Snippet(
    "Drucksachen 6/1686, 6/2198 und 6/2691", ["nw/drs/6/1686", "nw/drs/6/2198", "nw/drs/6/2691"]),
  Snippet("Drucksachen 16/1 bis 16/3", ["nw/drs/16/1", "nw/drs/16/2", "nw/drs/16/3"]),
  Snippet(
    "Drucksachen 16/100, 16/101 sowie 16/102",
    ["nw/drs/16/100", "nw/drs/16/101", "nw/drs/16/102"]),
  Snippet("Mit Drucksache 14021 hat die Landesregierung geantwortet.", ["nw/drs/16/14021"]),
  Snippet("Antwort MSW Drucksache 16/ 8774 2. Neudruck", ["nw/drs/16/8774"]),
  Snippet(
    "bereits in der Landtagsdrucksache 15/1144 aus der letzten Wahlperiode",
    ["nw/drs/15/1144"]),
  Snippet("siehe Drucksache 19/4711 des Deutschen Bundestages", ["bt/drs/19/4711"]),
  Snippet("Drucksache Nr. 16/3052 vom 1. Juni 2013", ["nw/drs/16/3052"]),
  Snippet("auf Drucksache 16/12 verwiesen", ["nw/drs/16/12"]),
  Snippet("Drucksache 16/850\nDrucksache 16/851", ["nw/drs/16/850", "nw/drs/16/851"]),
  Snippet(
    "Vgl. die Drucksachen 16/3052 (S. 4) und 16/3053.", ["nw/drs/16/3052", "nw/drs/16/3053"]),
  Snippet(
    .btAntwort, "Auf die Antwort der Bundesregierung auf Drucksache 19/4711 wird hingewiesen.",
    ["bt/drs/19/4711"]),
  Snippet(
    .btAntwort, "Die Bundesregierung hat in der Bundestagsdrucksache 18/1234 berichtet.",
    ["bt/drs/18/1234"]),
  Snippet(.slAntwort, "Vgl. Landtagsdrucksache 15/1217.", ["sl/drs/15/1217"]),
  Snippet(
    .btPlenum, "Drucksachen 21/3910, 21/6019, 21/7009",
    ["bt/drs/21/3910", "bt/drs/21/6019", "bt/drs/21/7009"]),
  Snippet(
    .btPlenum,
    "Der Ausschuss empfiehlt unter Buchstabe a seiner Beschlussempfehlung auf Drucksache 21/7009, den Gesetzentwurf der Bundesregierung auf Drucksache 21/6278 und 21/6565 in der Ausschussfassung anzunehmen.",
    ["bt/drs/21/7009", "bt/drs/21/6278", "bt/drs/21/6565"]),
  Snippet(
    .btPlenum,
    "Interfraktionell wird Überweisung der Vorlage auf Drucksache 21/6466 an die Ausschüsse vorgeschlagen.",
    ["bt/drs/21/6466"]),
  Snippet(
    .btPlenum,
    "den Antrag „Krankenversicherte entlasten, nicht belasten“, Drucksachen 21/7015 und 21/5487, und gebe das Ergebnis bekannt",
    ["bt/drs/21/7015", "bt/drs/21/5487"]),
  Snippet(
    .btPlenum,
    "Ich gebe nun das Ergebnis der namentlichen Abstimmung auf Drucksache 21/7022 bekannt: abgegebene Stimmen 571",
    ["bt/drs/21/7022"]),
  Snippet(
    .slAntwort, "Drucksache 15/1284 (15/1217) Landtag des Saarlandes - 15. Wahlperiode -",
    ["sl/drs/15/1217"]),
]

// MARK: Mixed running text

let runningTextSnippets: [Snippet] = [
  Snippet(
    "Die Landesregierung wird aufgefordert, dem Landtag bis zum 31.12.2013 zu berichten (vgl. Drs. 16/1234 und Drs. 16/2345).",
    ["nw/drs/16/1234", "nw/drs/16/2345"]),
  Snippet(
    "Beschlussempfehlung und Bericht des Ausschusses für Arbeit, Gesundheit und Soziales zu dem Gesetzentwurf der Landesregierung Drucksache 16/1234 (2. Lesung)",
    ["nw/drs/16/1234"]),
  Snippet(
    "Entschließungsantrag der Fraktion der CDU zu dem Antrag der Fraktion der SPD „Gute Arbeit“ – Drucksachen 16/100 und 16/200 –",
    ["nw/drs/16/100", "nw/drs/16/200"]),
  Snippet(
    "Die Antwort der Landesregierung auf die Große Anfrage 13 der Fraktion der CDU (Drucksache 16/8338) umfasst 87 Seiten.",
    ["nw/ga/16/13", "nw/drs/16/8338"]),
  Snippet(
    "In der 85. Sitzung am 20. Mai 2015 (Plenarprotokoll 16/85, S. 8752) wurde beschlossen.",
    ["nw/plpr/16/85"]),
  Snippet("Nach Artikel 30 der Landesverfassung ist das zulässig.", ["law/nw/verf/art30"]),
  Snippet("Vgl. § 4 Abs. 1 Satz 1 Nr. 2 des Kinderbildungsgesetzes", ["law/nw/kibiz/§4/abs1/nr2"]),
  Snippet("Die Regelungen der §§ 20 ff. KiBiz gelten fort.", ["law/nw/kibiz/§20"]),
  Snippet("§ 88 Abs. 2 der Landeshaushaltsordnung (LHO)", ["law/nw/lho/§88/abs2"]),
  Snippet(
    "Das MAIS hat am 5. Mai 2011 in einer Presseinformation mitgeteilt, dass",
    ["press/mais/2011-05-05"]),
  Snippet(
    "Laut einer Pressemitteilung des Ministeriums für Inneres und Kommunales vom 7.1.2014 stieg die Zahl.",
    ["press/mik/2014-01-07"]),
  Snippet("Pressemitteilung Nr. 123/2012 vom 5. Mai 2012", ["press/unknown/2012-05-05"]),
  Snippet("Über 1.000 Kleine Anfragen wurden 2013 gestellt.", []),
  Snippet("Die Landesregierung beantwortete bis Ende 2014 insgesamt 3.246 Kleine Anfragen.", []),
  Snippet(
    .nwAntwort,
    "Die Frage 3 wird wie folgt beantwortet: Auf die Antwort zu Frage 1 wird Bezug genommen.",
    ["nw/antwort/16/850#antwort-1"]),
  Snippet(
    .nwAntwort,
    "Vgl. hierzu die Antwort der Landesregierung zu Frage 4 der Kleinen Anfrage 1200 (Drucksache 16/3000).",
    ["nw/drs/16/3000"]),
  Snippet(
    .btAntwort,
    "Die Bundesregierung verweist auf ihre Antwort zu Frage 12 der Kleinen Anfrage der Fraktion DIE LINKE. auf Bundestagsdrucksache 19/3456.",
    ["bt/drs/19/3456"]),
  Snippet(
    .btAntwort,
    "Auf die Antwort der Bundesregierung auf die Kleine Anfrage der Fraktion der FDP auf Drucksache 19/2345 wird verwiesen.",
    ["bt/drs/19/2345"]),
  Snippet(
    .btAntwort,
    "Das Bundesministerium des Innern, für Bau und Heimat (BMI) hat in seiner Pressemitteilung vom 2. Mai 2019 erklärt, „die Lage ist stabil“.",
    ["press/bmi/2019-05-02"]),
  Snippet(
    "Stellungnahme 16/2345 des Städtetags NRW zur Anhörung am 12. Januar 2015 (APr 16/789)",
    ["nw/stellungnahme/16/2345", "nw/apr/16/789"]),
  Snippet(
    "Die Drucksache 16/3052 neu ersetzt die Drucksache 16/3052.",
    ["nw/drs/16/3052", "nw/drs/16/3052"]),
]

// MARK: Kleine and Große Anfragen

let questionSnippets: [Snippet] = [
  Snippet("Kleine Anfrage 421 vom 6. September 2012", ["nw/ka/16/421"]),
  Snippet("vgl. KA 6/8670", ["nw/ka/6/8670"]),
  Snippet(
    "wie bereits in der Antwort auf die Kleinen Anfrage 1447 (LT-Drs. 16/3602) dargestellt",
    ["nw/drs/16/3602"]),
  Snippet(
    "Antwort MSW zu KlAnfr 3349 Drs 16/8498 Drucksache 16/8774 2. Neudruck",
    ["nw/drs/16/8498", "nw/drs/16/8774"]),
  Snippet(
    "Kleine Anfrage 3246 Preuß, Peter CDU Drucksache 16/8246 20.03.2015 2 S.",
    ["nw/ka/16/3246", "nw/drs/16/8246"]),
  Snippet("Große Anfrage 13 CDU Laschet, Armin", ["nw/ga/16/13"]),
  Snippet(
    "Die Antwort auf die Große Anfrage 11 (Drucksache 16/6049) liegt vor.", ["nw/drs/16/6049"]),
  Snippet(
    "Die Kleinen Anfragen 421 und 422 betreffen dasselbe Thema.", ["nw/ka/16/421", "nw/ka/16/422"]),
  Snippet("Kleine Anfrage Nr. 2345", ["nw/ka/16/2345"]),
  Snippet(
    "Die Kleine Anfrage 421 vom 6. September 2012 (Drucksache 16/850) betrifft",
    ["nw/drs/16/850"]),
  Snippet(.slAntwort, "Vgl. Kleine Anfrage 15/1100.", ["sl/drs/15/1100"]),
  Snippet(
    .btAntwort, "Vgl. die Antwort der Bundesregierung auf die Kleine Anfrage 19/1234.",
    ["bt/drs/19/1234"]),
  Snippet(.rpAntrag, "Kleine Anfrage 2345 der Abgeordneten", ["rp/ka/17/2345"]),
  Snippet(.bbAntrag, "Kleine Anfrage 2952 (Drucksache 6/7201)", ["bb/drs/6/7201"]),
  Snippet("wie in der Kleinen Anfrage vorgegeben", []),
  Snippet("Die Kleine Anfrage vom 6. September 2012 wurde fristgerecht beantwortet.", []),
  Snippet("In Abs. 2 des Eingangstextes der Kleinen Anfrage wird darauf hingewiesen", []),
  Snippet("Die Kleine Anfrage 6. September", []),
]

// MARK: Vorlagen, Stellungnahmen, Informationen, Protokolle

let seriesSnippets: [Snippet] = [
  Snippet(
    "Über die Ergebnisse wurde der Landtag mit Vorlage 15/1144 vom 18. Januar 2012 informiert.",
    ["nw/vorlage/15/1144"]),
  Snippet("Vorlagen 16/12 und 16/13", ["nw/vorlage/16/12", "nw/vorlage/16/13"]),
  Snippet("vgl. LT-Vorlage 16/2345", ["nw/vorlage/16/2345"]),
  Snippet("Stellungnahme 16/123 der Landesarbeitsgemeinschaft", ["nw/stellungnahme/16/123"]),
  Snippet("Information 16/45 an den Ausschuss", ["nw/information/16/45"]),
  Snippet("Beratung (öffentlich) Plenarprotokoll 16/85 20.05.2015 S.8752-8759", ["nw/plpr/16/85"]),
  Snippet(.btAntwort, "Plenarprotokoll 19/32, S. 3120 ff.", ["bt/plpr/19/32"]),
  Snippet("PlPr 16/12, S. 1034", ["nw/plpr/16/12"]),
  Snippet("vgl. PlPr. 16/12", ["nw/plpr/16/12"]),
  Snippet("PlBPr 16/120", ["nw/plbpr/16/120"]),
  Snippet("Beschlussprotokoll 16/120", ["nw/plbpr/16/120"]),
  Snippet("APr 16/1001", ["nw/apr/16/1001"]),
  Snippet("Ausschussprotokoll 16/1001, S. 12", ["nw/apr/16/1001"]),
  Snippet("nöAPr 16/177", ["nw/noeapr/16/177"]),
  Snippet("In der Debatte (BT-Plenarprotokoll 19/32) wurde", ["bt/plpr/19/32"]),
  Snippet("Plenarprotokolle 16/84 und 16/85", ["nw/plpr/16/84", "nw/plpr/16/85"]),
  Snippet("Die Unterlagen liegen zur Vorlage bei der Behörde bereit.", []),
  Snippet("Nach Vorlage des Berichts wird entschieden.", []),
  Snippet("Information der Öffentlichkeit", []),
  Snippet("Die Stellungnahme der Landesregierung steht aus.", []),
  Snippet("Das Beschlussprotokoll liegt vor.", []),
  Snippet("Vorlage 2012", []),
]

// MARK: Press releases

let pressSnippets: [Snippet] = [
  Snippet(
    "Am 21. Dezember 2010 verschickte das Ministerium für Arbeit, Integration und Soziales eine Pressemitteilung.",
    ["press/mais/2010-12-21"]),
  Snippet(
    "unter Bezugnahme auf eine Pressemitteilung des MAIS vom 21. Dezember 2010",
    ["press/mais/2010-12-21"]),
  Snippet(
    "In seiner Pressemitteilung vom 3. Mai 2013 teilte das Ministerium für Schule und Weiterbildung mit, dass",
    ["press/msw/2013-05-03"]),
  Snippet(
    "Laut Pressemitteilung vom 21.12.2010 sollen weitere Partner gewonnen werden.",
    ["press/unknown/2010-12-21"]),
  Snippet("Presseerklärung des Finanzministeriums vom 4. März 2014", ["press/fm/2014-03-04"]),
  Snippet(
    "In der Pressemitteilung der Staatskanzlei vom 1. Juli 2015 heißt es", ["press/stk/2015-07-01"]),
  Snippet(
    "Am 21. Dezember 2010 verschickte das MAIS eine Pressemitteilung. Minister Schneider wurde in derselben Mitteilung zitiert.",
    ["press/mais/2010-12-21", "press/mais/2010-12-21"]),
  Snippet(
    "Am 21. Dezember 2010 verschickte das MAIS eine Pressemitteilung. Am 23. August 2012 gab es eine weitere Pressemitteilung, in der das zuständige Ministerium verkündete: „Start“.",
    ["press/mais/2010-12-21", "press/mais/2012-08-23"]),
  Snippet(
    "Das MIK gab am 2. Mai 2014 eine Presseerklärung heraus. Es folgte eine weitere Pressemitteilung am 23. August 2014.",
    ["press/mik/2014-05-02", "press/mik/2014-08-23"]),
  Snippet(.btAntwort, "Pressemitteilung des BMI vom 5. Januar 2020", ["press/bmi/2020-01-05"]),
  Snippet(
    .btAntwort,
    "Das Bundesministerium für Gesundheit hat am 2. März 2020 eine Pressemitteilung veröffentlicht.",
    ["press/bmg/2020-03-02"]),
  Snippet(
    "Pressemitteilung der Landesregierung vom 3. Mai 2013", ["press/landesregierung/2013-05-03"]),
  Snippet(
    "Die Landesregierung hat am 3. Mai 2013 eine Pressemitteilung veröffentlicht.",
    ["press/unknown/2013-05-03"]),
  Snippet("In einer Pressemitteilung wurde das angekündigt.", []),
  Snippet("Die Mitteilung der Kommission vom 3. Mai 2013 sieht vor", []),
  Snippet("Das steht in derselben Mitteilung.", []),
  Snippet("Pressemitteilungen werden nicht archiviert.", []),
  Snippet(
    "Am 2. Mai 2014 gab das MIK eine Pressemitteilung heraus. Die Mitteilung der Landesregierung an den Landtag folgte später.",
    ["press/mik/2014-05-02"]),
  Snippet(
    "Das MIK gab am 2. Mai 2014 eine Pressemitteilung heraus. "
      + String(repeating: "Die Zahl der Einsätze ist gestiegen. ", count: 100)
      + "In der Mitteilung stand nichts davon.", ["press/mik/2014-05-02"]),
]

// MARK: Laws

let lawSnippets: [Snippet] = [
  Snippet("Die Prüfung erfolgt nach § 88 Absatz 2 BHO.", ["law/bund/bho/§88/abs2"]),
  Snippet("Die Zuschüsse nach § 13c KiBiz werden jährlich angepasst.", ["law/nw/kibiz/§13c"]),
  Snippet(
    "eine Aufgabe des Landes nach dem Teilhabe- und Integrationsgesetz (vgl. §§ 1 Nr. 7 und 6 Abs.1).",
    ["law/nw/tintg/§1/nr7", "law/nw/tintg/§6/abs1"]),
  Snippet("gemäß § 3 Abs. 5 Buchst. a VOL/A als Verhandlungsverfahren", ["law/bund/vol-a/§3/abs5"]),
  Snippet("gemäß § 96 der Geschäftsordnung des Landtags", ["law/nw/go-lt/§96"]),
  Snippet(
    "nach § 6 Abs. 1 Satz 2 des Teilhabe- und Integrationsgesetzes", ["law/nw/tintg/§6/abs1"]),
  Snippet("Art. 3 Abs. 1 GG verbietet", ["law/bund/gg/art3/abs1"]),
  Snippet("nach Artikel 20 des Grundgesetzes", ["law/bund/gg/art20"]),
  Snippet("§ 2 Abs. 1 und 2 SchulG", ["law/nw/schulg/§2/abs1", "law/nw/schulg/§2/abs2"]),
  Snippet("§§ 12 bis 14 BHO", ["law/bund/bho/§12", "law/bund/bho/§14"]),
  Snippet("Leistungen nach § 7 SGB II", ["law/bund/sgb-ii/§7"]),
  Snippet("Eingliederungshilfe nach § 35a SGB VIII", ["law/bund/sgb-viii/§35a"]),
  Snippet("nach § 5 VwVG NRW", ["law/unknown/vwvg/§5"]),
  Snippet(.btAntwort, "gemäß § 104 GO-BT", ["law/bt/go-bt/§104"]),
  Snippet(
    .btPlenum, "Bericht des Haushaltsausschusses (8. Ausschuss) gemäß § 96 der Geschäftsordnung",
    ["law/bt/go-bt/§96"]),
  Snippet(
    .btPlenum, "Hierzu liegen mehrere Erklärungen nach § 31 der Geschäftsordnung vor.",
    ["law/bt/go-bt/§31"]),
  Snippet("Die Anhörung findet nach § 58 der Geschäftsordnung statt.", ["law/nw/go-lt/§58"]),
  Snippet("§ 1 Abs. 2 Nr. 3 LHO", ["law/nw/lho/§1/abs2/nr3"]),
  Snippet("§ 3 i. V. m. § 7 BHO", ["law/bund/bho/§3", "law/bund/bho/§7"]),
  Snippet("nach § 22 AufenthG", ["law/bund/aufenthg/§22"]),
  Snippet("Art. 6 Abs. 1 DS-GVO", ["law/eu/dsgvo/art6/abs1"]),
  Snippet("§ 4 Abs. 3 SchulG NRW", ["law/nw/schulg/§4/abs3"]),
  Snippet("nach § 5 ist das zulässig", []),
  Snippet("§ 5 dieses Gesetzes", []),
  Snippet("Die Art und Weise der Umsetzung", []),
  Snippet("In Abs. 2 des Eingangstextes", []),
  Snippet("§ 5 NRW", []),
]

// MARK: Internal references (the seed's answer)

let internalSnippets: [Snippet] = [
  Snippet(
    .nwAntwort, "Im Rahmen des unter 3. genannten Pilotprojektes „Anonymisierte Bewerbung“ wurden",
    ["nw/antwort/16/850#frage-3"]),
  Snippet(
    .nwAntwort, "Auf die Antwort zu Frage 2 wird verwiesen.", ["nw/antwort/16/850#antwort-2"]),
  Snippet(
    .btAntwort, "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    ["bt/antwort/19/1000#vorbemerkung-bundesregierung"]),
  Snippet(
    .nwAntwort, "Es wird auf die Antworten zu den Fragen 1 und 3 verwiesen.",
    ["nw/antwort/16/850#antwort-1", "nw/antwort/16/850#antwort-3"]),
  Snippet(
    .nwAntwort, "Siehe hierzu die Beantwortung der Frage 4.", ["nw/antwort/16/850#antwort-4"]),
  Snippet(
    .nwAntwort, "Auf die Ausführungen zu Frage 5 wird verwiesen.", ["nw/antwort/16/850#antwort-5"]),
  Snippet(
    .nwAntwort, "Auf die Vorbemerkung wird verwiesen.",
    ["nw/antwort/16/850#vorbemerkung-landesregierung"]),
  Snippet(
    .nwAntwort,
    "Wie in der Vorbemerkung der Landesregierung dargelegt, ist das Projekt eigenständig.",
    ["nw/antwort/16/850#vorbemerkung-landesregierung"]),
  Snippet(
    .nwAntwort, "Die unter Nr. 2 genannten Maßnahmen laufen weiter.", ["nw/antwort/16/850#frage-2"]),
  Snippet(
    .nwAntwort, "Auf die Antworten zu den Fragen 2 bis 4 wird verwiesen.",
    ["nw/antwort/16/850#antwort-2", "nw/antwort/16/850#antwort-3", "nw/antwort/16/850#antwort-4"]),
  Snippet(.nwAntwort, "Die unter 1. bis 9. benannten Maßnahmen", []),
  Snippet("Die Antwort zu Frage 2 war unzureichend.", []),
  Snippet("Auf die Vorbemerkung der Landesregierung wird in diesem Antrag Bezug genommen.", []),
  Snippet(.nwAntwort, "Die unter Ziffer 4.2 genannten Mittel", []),
  Snippet(.nwAntwort, "Antwort zu Frage 2:\nDie Landesregierung", []),
  Snippet(.nwAntwort, "Vorbemerkung der Landesregierung\nDie interkulturelle Öffnung", []),
  Snippet(
    .nwAntwort, "wie in der Antwort zu Frage 3 der Kleinen Anfrage 1447 (Drs. 16/3602) ausgeführt",
    ["nw/drs/16/3602"]),
  Snippet(.nwAntwort, "Der Anteil liegt unter 3 Prozent.", []),
  Snippet(.nwAntwort, "Dazu zählen unter anderem die Kommunen.", []),
  Snippet(
    .nwAntwort, "Die Fragen 1 und 3 werden wegen ihres Sachzusammenhanges gemeinsam beantwortet.",
    []),
]

// MARK: Silence

let silentSnippets: [Snippet] = [
  Snippet("Am 6. September 2012 fand die Sitzung statt.", []),
  Snippet("in der 16. Wahlperiode des Landtags", []),
  Snippet("Auf diese Stellen hatten sich insgesamt 1.256 Personen beworben.", []),
  Snippet("Kosten von rd. 3,6 Mio. Euro", []),
  Snippet("Telefon 0211/884-2000, Telefax 0211/884-3000", []),
  Snippet("- Seite 24 -", []),
  Snippet("S. 24 f.", []),
  Snippet(
    "Der Minister für Arbeit, Gesundheit und Soziales hat die Kleine Anfrage mit Schreiben vom 9. Oktober 2012 beantwortet.",
    []),
  Snippet("Die Drucksachen werden verteilt.", []),
  Snippet("Es wurden 10.000 Drucksachen gedruckt.", []),
  Snippet("Die Drucksache 18/100 gibt es noch nicht.", []),
  Snippet("Drucksache 16/5000", []),
  Snippet("Landtag Nordrhein-Westfalen Drucksache 16/5000 16. Wahlperiode 09.10.2012", []),
  Snippet("Bis zum 30. Juni 2012 (Ende der Pilotphase) wurden 89 Stellen besetzt.", []),
  Snippet("Im Mai 2011 hat das Landeskabinett das Gesamtkonzept gebilligt.", []),
  Snippet("Die Drucksache hat 87 S. und 4 Anlagen.", []),
  Snippet("Az. 2010/S 147-227262", []),
  Snippet("Die Baureihe 425 mit insgesamt 206 Sitzplätzen", []),
  Snippet("DS-GVO und DSGVO werden oft verwechselt", []),
  Snippet("Der Drs-Bericht", []),
  Snippet("Drucksache 0/12", []),
  Snippet("Drucksache 16/0", []),
  Snippet("Die KA wurde beantwortet.", []),
  Snippet("Zu Frage 3:", []),
  Snippet("Systematik: Rauschmittel Schlagworte: Legalisierung von Drogen", []),
]

let allSnippets =
  runningTextSnippets + drucksacheSnippets + questionSnippets + seriesSnippets + pressSnippets
  + lawSnippets
  + internalSnippets + silentSnippets

@Suite struct SnippetTable {
  @Test func tableIsLargeEnough() {
    #expect(allSnippets.count >= 150)
  }

  @Test(arguments: runningTextSnippets) func fliesstext(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: drucksacheSnippets) func drucksachen(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: questionSnippets) func anfragen(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: seriesSnippets) func vorlagenUndProtokolle(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: pressSnippets) func pressemitteilungen(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: lawSnippets) func gesetze(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: internalSnippets) func interneVerweise(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }

  @Test(arguments: silentSnippets) func stille(_ s: Snippet) {
    #expect(targets(s) == s.expected)
  }
}
