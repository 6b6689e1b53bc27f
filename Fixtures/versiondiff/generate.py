# Generates the version-pair fixtures of Fixtures/versiondiff: python3 generate.py Fixtures/versiondiff
# (already run; the output is committed). Synthetic papers in the style of NRW, Bundestag and
# Saarland prints; persons, places and figures invented or public offices only.
import json, os, re, sys
OUT = sys.argv[1]

def wrap(par, width, hyph, indent=""):
    words = par.split(" ")
    lines, cur = [], indent
    first_indent = indent
    for w in words:
        trial = (cur + " " + w) if cur.strip() else (cur + w)
        if len(trial) <= width:
            cur = trial
            continue
        room = width - len(cur) - 2
        if hyph and re.fullmatch(r"[a-zäöüß]?[a-zäöüßA-ZÄÖÜ][a-zäöüß]{8,}[.,;:]?", w) and room >= 4:
            core = w.rstrip(".,;:")
            k = min(room, len(core) - 4)
            vowels = "aeiouäöüy"
            while k >= 3 and not (core[k - 1] in vowels and core[k] not in vowels):
                k -= 1
            if k >= 3:
                lines.append(cur + " " + core[:k] + "-")
                cur = (" " * len(indent)) + w[k:]
                continue
        lines.append(cur)
        cur = (" " * len(indent)) + w
    lines.append(cur)
    return lines

def render(head, pars, width, hyph, page_after, running, marker=None):
    out = list(head)
    if marker:
        at = next(i for i, l in enumerate(out) if re.search(r"\d\d\.\d\d\.\d{4}$", l))
        out[at + 1:at + 1] = ["", marker]
    count = 0
    page = 1
    for i, p in enumerate(pars):
        if isinstance(p, tuple):  # bullet
            ls = wrap(p[1], width, hyph, indent="   ")
            ls[0] = "•  " + ls[0][3:]
        else:
            ls = wrap(p, width, hyph)
        for l in ls:
            out.append(l)
            count += 1
            if page_after and count == page_after:
                page += 1
                out.append("\f" + running)
                out.append("")
                out.append(str(page))
                out.append("")
        out.append("")
    return "\n".join(l if l.endswith("-") else (l + " " if l else " ") for l in out) + "\n\f"

def nw_head(wp, nr, date, kind, by, title):
    return ["LANDTAG NORDRHEIN-WESTFALEN", f"{wp}. Wahlperiode", "", "", f"Drucksache {wp}/{nr}", "",
            date, "", "", kind, "", by, "", "", title, "", ""]

def bt_head(wp, nr, date, kind, by, title):
    return [f"Deutscher Bundestag Drucksache {wp}/{nr}", f"{wp}. Wahlperiode {date}", "", "",
            kind, by, "", "", title, "", ""]

def pair(slug, head, old, new, truth, running, old_w=92, new_w=88, old_page=None, new_page=None,
         old_marker=None, new_marker=None, old_hyph=True, new_hyph=True):
    d = os.path.join(OUT, slug)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "old.txt"), "w").write(render(head, old, old_w, old_hyph, old_page, running, old_marker))
    open(os.path.join(d, "new.txt"), "w").write(render(head, new, new_w, new_hyph, new_page, running, new_marker))
    json.dump({"changes": [{"kind": k, "old": o, "new": n} for k, o, n in truth]},
              open(os.path.join(d, "truth.json"), "w"), ensure_ascii=False, indent=2)

def edit(pars, *subs):
    out = list(pars)
    for old, new in subs:
        for i, p in enumerate(out):
            text = p[1] if isinstance(p, tuple) else p
            if old in text:
                text = text.replace(old, new, 1)
                out[i] = ("b", text) if isinstance(p, tuple) else text
                break
        else:
            raise SystemExit("not found: " + old)
    return out

NW = lambda wp, nr: f"LANDTAG NORDRHEIN-WESTFALEN - {wp}. Wahlperiode Drucksache {wp}/{nr}"
BT = lambda wp, nr: f"Drucksache {wp}/{nr} – 2 – Deutscher Bundestag – {wp}. Wahlperiode"

# 01 NRW Antrag, Neudruck: a figure and a word.
a = ["I. Ausgangslage",
     "Die Zahl der Pflegebedürftigen in Nordrhein-Westfalen ist in den vergangenen Jahren deutlich gestiegen. Nach der Pflegestatistik lebten Ende 2017 insgesamt 769.000 pflegebedürftige Menschen im Land, davon wurden rund drei Viertel zu Hause versorgt. Die Tagespflege entlastet pflegende Angehörige und ermöglicht vielen Betroffenen, länger in ihrer gewohnten Umgebung zu bleiben.",
     "Gleichwohl fehlen in vielen Kreisen Plätze in der Tages- und Kurzzeitpflege. Die Landesregierung hat in ihrer Antwort auf die Kleine Anfrage 1402 (Drucksache 17/3890) mitgeteilt, dass derzeit landesweit 1.214 Einrichtungen der Tagespflege bestehen.",
     "II. Der Landtag beauftragt die Landesregierung,",
     ("b", "gemeinsam mit den Kommunen ein Programm zum Ausbau der Kurzzeitpflege aufzulegen;"),
     ("b", "die Investitionskostenförderung für solitäre Kurzzeitpflegeeinrichtungen zeitnah zu verbessern.")]
b = edit(a, ("1.214 Einrichtungen", "1.241 Einrichtungen"), ("zeitnah zu verbessern", "deutlich zu verbessern"))
pair("01_nw_antrag_neudruck_figure", nw_head(17, 4102, "13.11.2018", "Antrag", "der Fraktion der SPD",
     "Kurzzeitpflege stärken – pflegende Angehörige entlasten"), a, b,
     [("number", "1.214", "1.241"), ("wording", "zeitnah", "deutlich")], NW(17, 4102), new_marker="Neudruck")

# 02 Bundestag Antwort, Vorabfassung → final print.
a = ["Vorbemerkung der Bundesregierung",
     "Die Bundesregierung hat die Ziele der IT-Konsolidierung Bund mit dem Kabinettbeschluss vom 20. Mai 2015 festgelegt. Die Gesamtsteuerung liegt seit dem 1. Januar 2018 beim Bundesministerium des Innern, für Bau und Heimat.",
     "1. Wie hoch sind nach Kenntnis der Bundesregierung die bis zum 31. August 2018 angefallenen Kosten des Projekts?",
     "Für die IT-Konsolidierung Bund sind bis zum 31. August 2018 Ausgaben in Höhe von insgesamt 1.256 Mio. Euro angefallen. Davon entfielen auf das Jahr 2016 rund 287 Mio. Euro und auf das Jahr 2017 rund 512 Mio. Euro.",
     "2. Wie viele Behörden haben ihre Rechenzentren an das Informationstechnikzentrum Bund übergeben?",
     "Bis zum 31. August 2018 haben 14 Behörden den Betrieb ihrer Rechenzentren an das Informationstechnikzentrum Bund (ITZBund) übergeben. Mit weiteren 37 Behörden wurden Übergabevereinbarungen geschlossen; die Übernahme soll im Jahr 2019 abgeschlossen werden."]
b = edit(a, ("rund 287 Mio.", "rund 278 Mio."), ("im Jahr 2019 abgeschlossen", "im Jahr 2020 abgeschlossen"))
pair("02_bt_antwort_vorabfassung_final", bt_head(19, 4711, "24.09.2018", "Antwort", "der Bundesregierung",
     "IT-Konsolidierung Bund – Kosten, Zeitplan und Steuerung"), a, b,
     [("number", "287", "278"), ("date", "2019", "2020")], BT(19, 4711),
     old_marker="Vorabfassung - wird durch die lektorierte Version ersetzt.", old_w=90, new_w=94)

# 03 NRW Kleine Anfrage, pure re-wrap and other hyphenation (hard negative).
a = ["Die Landesregierung hat mit Pressemitteilung vom 21. Dezember 2010 angekündigt, gemeinsam mit mehreren Kommunen und Unternehmen ein Pilotprojekt zur anonymisierten Bewerbung durchzuführen. Ziel sei es, Diskriminierung bei der Auswahl von Bewerberinnen und Bewerbern zu vermeiden.",
     "Ich frage daher die Landesregierung:",
     "1. Welche Kommunen und Unternehmen beteiligen sich an dem Pilotprojekt?",
     "2. Welche Ergebnisse hat die wissenschaftliche Begleitung bislang erbracht?",
     "3. Wann ist mit dem angekündigten Erfahrungsbericht zu rechnen?"]
pair("03_nw_kleine_anfrage_rewrap_only", nw_head(16, 850, "06.09.2012", "Kleine Anfrage 421", "des Abgeordneten Hans Beispiel FDP",
     "Anonymisierte Bewerbungsverfahren in der Landesverwaltung"), a, list(a), [], NW(16, 850), old_w=95, new_w=78)

# 04 NRW Antwort, a negation added.
a = ["Vorbemerkung der Landesregierung",
     "Die Förderung der Schulsozialarbeit erfolgt seit dem Jahr 2015 über die Richtlinie zur Förderung der sozialen Arbeit an Schulen. Die Kommunen erhalten hierfür jährlich Zuweisungen nach einem festen Schlüssel.",
     "1. Ist die Anschlussfinanzierung der Schulsozialarbeit über das Jahr 2020 hinaus gesichert?",
     "Die Anschlussfinanzierung ist im Haushaltsentwurf für das Jahr 2021 bereits berücksichtigt. Über die Höhe der Mittel entscheidet der Haushaltsgesetzgeber.",
     "2. Wie viele Fachkräfte werden derzeit gefördert?",
     "Derzeit werden landesweit 1.082 Fachkräfte der Schulsozialarbeit gefördert."]
b = edit(a, ("ist im Haushaltsentwurf für das Jahr 2021 bereits", "ist im Haushaltsentwurf für das Jahr 2021 noch nicht"))
pair("04_nw_antwort_negation", nw_head(17, 5120, "04.02.2019", "Antwort", "der Landesregierung",
     "Zukunft der Schulsozialarbeit"), a, b, [("negation", "bereits", "noch nicht")], NW(17, 5120))

# 05 NRW Beschlussempfehlung: a paragraph moved, a sentence removed.
a = ["Beschlussempfehlung und Bericht des Ausschusses für Schule und Bildung",
     "A. Problem",
     "Die Zahl der Schülerinnen und Schüler ohne Abschluss ist in Nordrhein-Westfalen im Schuljahr 2017/18 erneut gestiegen. Die Antragsteller fordern ein Landesprogramm zur individuellen Förderung.",
     "B. Lösung",
     "Der Ausschuss empfiehlt, den Antrag in der Fassung der Änderungen anzunehmen. Der Ausschuss hat hierzu am 12. Dezember 2018 eine Anhörung von Sachverständigen durchgeführt.",
     "C. Alternativen",
     "Keine.",
     "D. Kosten",
     "Die Kosten des Landesprogramms werden auf jährlich 12 Millionen Euro geschätzt. Eine Gegenfinanzierung ist im Einzelplan 05 vorgesehen."]
b = list(a)
moved = b.pop(4)
b.insert(8, moved)
b = edit(b, (" Eine Gegenfinanzierung ist im Einzelplan 05 vorgesehen.", ""))
pair("05_nw_beschlussempfehlung_move", nw_head(17, 4870, "16.01.2019", "Beschlussempfehlung und Bericht", "des Ausschusses für Schule und Bildung",
     "zu dem Antrag der Fraktion der SPD – Drucksache 17/3125"), a, b,
     [("move", a[4], a[4]), ("removed", "Eine Gegenfinanzierung ist im Einzelplan 05 vorgesehen.", "")], NW(17, 4870))

# 06 Bundestag Gesetzentwurf, Neudruck: a date and an added sentence.
a = ["A. Problem und Ziel",
     "Die Digitalisierung der Verwaltung kommt nur langsam voran. Nach dem Onlinezugangsgesetz sind Bund und Länder verpflichtet, ihre Verwaltungsleistungen bis Ende 2022 auch elektronisch anzubieten.",
     "B. Lösung",
     "Der Entwurf schafft die Rechtsgrundlage für ein gemeinsames Nutzerkonto von Bund und Ländern. Das Gesetz soll am 1. Juli 2020 in Kraft treten.",
     "C. Alternativen",
     "Keine."]
b = edit(a, ("am 1. Juli 2020", "am 1. Januar 2021"),
         ("in Kraft treten.", "in Kraft treten. Die Länder werden vor Inkrafttreten angehört."))
pair("06_bt_gesetzentwurf_neudruck", bt_head(19, 9310, "11.05.2020", "Gesetzentwurf", "der Bundesregierung",
     "Entwurf eines Gesetzes zur Einführung eines gemeinsamen Nutzerkontos"), a, b,
     [("date", "1. Juli 2020", "1. Januar 2021"), ("added", "", "Die Länder werden vor Inkrafttreten angehört.")],
     BT(19, 9310), new_marker="Neudruck")

# 07 NRW Antwort: other page break and hyphenation only (hard negative).
a = ["Namens der Landesregierung beantworte ich die Kleine Anfrage wie folgt:",
     "1. Wie viele Polizeibeamtinnen und Polizeibeamte wurden im Jahr 2018 neu eingestellt?",
     "Im Jahr 2018 wurden insgesamt 2.300 Kommissaranwärterinnen und Kommissaranwärter eingestellt. Die Einstellungsermächtigungen wurden damit vollständig ausgeschöpft.",
     "2. Wie verteilen sich die Einstellungen auf die Kreispolizeibehörden?",
     "Die Verteilung erfolgt nach der belastungsbezogenen Kräfteverteilung. Eine Aufstellung für alle 47 Kreispolizeibehörden ist als Anlage beigefügt.",
     "3. Welche Maßnahmen ergreift die Landesregierung gegen die hohe Zahl von Überstunden?",
     "Die Landesregierung hat die Polizeibehörden angewiesen, Überstunden vorrangig durch Freizeit auszugleichen. Zudem werden Verwaltungsaufgaben schrittweise auf Regierungsbeschäftigte übertragen."]
pair("07_nw_antwort_pagebreak_only", nw_head(17, 6011, "22.03.2019", "Antwort", "der Landesregierung",
     "Einstellungen bei der Polizei"), a, list(a), [], NW(17, 6011), old_w=90, new_w=84, old_page=8, new_page=11)

# 08 NRW Antrag, 2. Neudruck: names.
a = ["I. Sachverhalt",
     "Der Oberbürgermeister der Stadt Hamm hat im Ausschuss für Heimat, Kommunales, Bauen und Wohnen am 8. Mai 2019 über die Lage der kommunalen Finanzen berichtet. Nach seinen Angaben fehlen allein in diesem Jahr rund 30 Millionen Euro.",
     "Ministerin Ina Scharrenbach hat daraufhin zugesagt, die Vorschläge der kommunalen Spitzenverbände zu prüfen.",
     "II. Beschluss",
     "Der Landtag fordert die Landesregierung auf, bis zum Ende des Jahres einen Vorschlag zur Lösung der Altschuldenfrage vorzulegen."]
b = edit(a, ("der Stadt Hamm", "der Stadt Unna"), ("Ministerin Ina Scharrenbach", "Ministerin Ursula Heinen-Esser"))
pair("08_nw_antrag_2neudruck_names", nw_head(17, 6240, "14.05.2019", "Antrag", "der Fraktion BÜNDNIS 90/DIE GRÜNEN",
     "Kommunen von Altschulden befreien"), a, b,
     [("name", "Hamm", "Unna"), ("name", "Ina Scharrenbach", "Ursula Heinen-Esser")], NW(17, 6240), new_marker="2. Neudruck")

# 09 Bundestag Antwort: figures corrected.
a = ["Vorbemerkung der Fragesteller",
     "Die Kosten der IT-Konsolidierung wurden ursprünglich auf rund 1,2 Mrd. Euro geschätzt; inzwischen ist von mehr als 4,4 Mrd. Euro die Rede.",
     "3. Welche Mittel sind im Entwurf des Bundeshaushalts 2019 für die IT-Konsolidierung Bund veranschlagt?",
     "Im Regierungsentwurf des Bundeshaushalts 2019 sind für die IT-Konsolidierung Bund Ausgaben in Höhe von 543,8 Mio. Euro veranschlagt. Hinzu kommen Verpflichtungsermächtigungen in Höhe von 212 Mio. Euro für die Folgejahre.",
     "4. Wie viele Stellen sind beim Informationstechnikzentrum Bund besetzt?",
     "Beim Informationstechnikzentrum Bund sind derzeit 3.412 Stellen besetzt; weitere 420 Stellen sind ausgeschrieben."]
b = edit(a, ("543,8 Mio.", "534,8 Mio."), ("weitere 420 Stellen", "weitere 402 Stellen"))
pair("09_bt_antwort_figures", bt_head(19, 4711, "24.09.2018", "Antwort", "der Bundesregierung",
     "IT-Konsolidierung Bund – Kosten, Zeitplan und Steuerung"), a, b,
     [("number", "543,8", "534,8"), ("number", "420", "402")], BT(19, 4711), old_page=6, new_page=9)

# 10 NRW Vorlage: Neudruck with layout only (hard negative).
a = ["Sehr geehrter Herr Vorsitzender,",
     "zur Sitzung des Haushalts- und Finanzausschusses am 20. Juni 2019 übersende ich den erbetenen Bericht zur Entwicklung der Steuereinnahmen im ersten Halbjahr 2019.",
     "Die Steuereinnahmen des Landes lagen im ersten Halbjahr 2019 mit 27,9 Milliarden Euro um 3,1 Prozent über dem Vorjahreszeitraum. Maßgeblich hierfür war die positive Entwicklung der Lohnsteuer.",
     "Mit freundlichen Grüßen"]
pair("10_nw_vorlage_neudruck_layout_only", nw_head(17, 2201, "18.06.2019", "Vorlage", "des Ministeriums der Finanzen",
     "Bericht zur Entwicklung der Steuereinnahmen"), a, list(a), [], NW(17, 2201), new_marker="Neudruck", old_w=80, new_w=96,
     new_hyph=False)

# 11 Saarland Antwort: a sentence removed, a wording change.
a = ["Vorbemerkung der Landesregierung",
     "Die Landesregierung misst der frühkindlichen Bildung eine hohe Bedeutung bei. Seit dem Kindergartenjahr 2019/2020 ist der Besuch einer Kindertageseinrichtung schrittweise beitragsfrei gestellt worden.",
     "Zu Frage 1:",
     "Im Saarland stehen derzeit 2.950 Plätze in der Kindertagespflege zur Verfügung. Die Zahl ist gegenüber dem Vorjahr um 4 Prozent gestiegen. Genaue Angaben zu den einzelnen Landkreisen liegen nicht vor.",
     "Zu Frage 2:",
     "Die Landesregierung wird die Träger bei der Gewinnung von Fachkräften weiterhin unterstützen."]
b = edit(a, (" Genaue Angaben zu den einzelnen Landkreisen liegen nicht vor.", ""), ("weiterhin unterstützen", "verstärkt unterstützen"))
pair("11_sl_antwort_removed_sentence", ["LANDTAG DES SAARLANDES Drucksache 16/1217", "16. Wahlperiode 03.04.2020", "", "",
     "A N T W O R T", "", "zu der", "Anfrage der Abgeordneten Petra Muster (DIE LINKE.)", "", "", "betr.: Kindertagespflege im Saarland", "", ""],
     a, b, [("removed", "Genaue Angaben zu den einzelnen Landkreisen liegen nicht vor.", ""), ("wording", "weiterhin", "verstärkt")],
     "")

# 12 NRW Antrag: kein instead of ein; a party acronym.
a = ["Der Landtag stellt fest:",
     ("b", "Für den Ausbau der Radwege an Landesstraßen gibt es ein verbindliches Ausbauprogramm mit festen Zielen für jedes Jahr."),
     ("b", "Der Radverkehrsanteil liegt landesweit bei rund 9 Prozent."),
     "Der Antrag wurde gemeinsam mit der Fraktion der CDU erarbeitet."]
b = edit(a, ("gibt es ein verbindliches", "gibt es kein verbindliches"), ("Fraktion der CDU", "Fraktion der FDP"))
pair("12_nw_antrag_kein_and_party", nw_head(17, 7002, "10.09.2019", "Antrag", "der Fraktion der SPD",
     "Radwege an Landesstraßen ausbauen"), a, b,
     [("negation", "ein", "kein"), ("name", "CDU", "FDP")], NW(17, 7002))

# 13 NRW Antwort: a place without a title before it (typed as a name by a careful reader), and a
# rephrased clause.
a = ["1. An welchen Schulen wird das Modellvorhaben erprobt?",
     "Das Modellvorhaben wird an der Gesamtschule in Bergkamen und an zwei Realschulen im Kreis Unna erprobt. Die Schulen wurden im Rahmen eines Interessenbekundungsverfahrens ausgewählt.",
     "2. Wie wird das Vorhaben begleitet?",
     "Die wissenschaftliche Begleitung übernimmt die Technische Universität Dortmund. Ein Zwischenbericht wird dem Ausschuss vorgelegt, sobald er vorliegt."]
b = edit(a, ("Gesamtschule in Bergkamen", "Gesamtschule in Kamen"),
         ("sobald er vorliegt", "spätestens im Frühjahr"))
pair("13_nw_antwort_place_and_rephrase", nw_head(17, 8120, "02.12.2019", "Antwort", "der Landesregierung",
     "Modellvorhaben Talentschulen im Kreis Unna"), a, b,
     [("name", "Bergkamen", "Kamen"), ("wording", "sobald er vorliegt", "spätestens im Frühjahr")], NW(17, 8120))

# 14 Bundestag Antwort, Vorabfassung → final: a paragraph added, a number word changed, page
# headers at other places.
a = ["Vorbemerkung der Bundesregierung",
     "Die Bundesregierung unterstützt die Länder beim Ausbau der Ganztagsbetreuung im Grundschulalter mit Finanzhilfen aus dem Sondervermögen. Das Verfahren ist in einer Verwaltungsvereinbarung mit den Ländern geregelt.",
     "1. Wie viele Anträge auf Finanzhilfen wurden bislang gestellt?",
     "Bislang haben zwölf Länder Mittel aus dem Sondervermögen abgerufen. Die übrigen Länder haben angekündigt, ihre Anträge im Laufe des Jahres zu stellen.",
     "2. Wann werden die ersten Ergebnisse der Evaluation vorliegen?",
     "Die Evaluation wird vom Deutschen Jugendinstitut durchgeführt. Erste Ergebnisse sollen im Jahr 2023 vorliegen."]
b = list(a)
b.insert(2, "Die Bundesregierung hat hierzu im Ausschuss für Familie, Senioren, Frauen und Jugend berichtet. Eine Übersicht über den Mittelabfluss ist als Anlage beigefügt.")
b = edit(b, ("zwölf Länder", "elf Länder"))
pair("14_bt_antwort_added_paragraph", bt_head(19, 20511, "07.06.2020", "Antwort", "der Bundesregierung",
     "Ausbau der Ganztagsbetreuung im Grundschulalter"), a, b,
     [("added", "", "Die Bundesregierung hat hierzu im Ausschuss für Familie, Senioren, Frauen und Jugend berichtet. Eine Übersicht über den Mittelabfluss ist als Anlage beigefügt."),
      ("number", "zwölf", "elf")], BT(19, 20511),
     old_marker="Vorabfassung - wird durch die lektorierte Version ersetzt.", old_page=9, new_page=14)
