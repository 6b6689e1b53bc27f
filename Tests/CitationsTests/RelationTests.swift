import DocumentModel
import Testing

@testable import Citations

@Suite struct Relations {
  @Test func theAnsweredQuestionIsAnswers() {
    let doc = Citing.nwAntwort.document(
      "Antwort der Landesregierung auf die Kleine Anfrage 421 vom 6. September 2012\n"
        + "der Abgeordneten Serap Güler CDU\nDrucksache 16/850")
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.target) == ["nw/ka/16/421", "nw/drs/16/850"])
    #expect(refs.map(\.relation) == [.answers, .answers])
    #expect(refs[0].kind == .kleineAnfrage)
    #expect(refs[0].aliases == ["nw/drs/16/850"])
    #expect(refs[1].kind == .drucksache)
    #expect(refs[1].aliases == ["nw/ka/16/421"])
  }

  @Test func aSaarlandHeaderNamesTheAnsweredQuestionOnce() {
    let doc = Citing.slAntwort.document(
      "15. Wahlperiode Drucksache 15/1284 (15/1217)\nA N T W O R T\n"
        + "Drucksache 15/1284 (15/1217) Landtag des Saarlandes - 15. Wahlperiode -")
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.target) == ["sl/drs/15/1217"])
    #expect(refs.map(\.relation) == [.answers])
  }

  @Test func withoutAnswersMetadataTheTitleBlockNamesTheAnsweredQuestion() {
    let text =
      "Antwort der Landesregierung auf die Kleine Anfrage 421 vom 6. September 2012 der "
      + "Abgeordneten Serap Güler CDU Drucksache 16/850\nDer Minister hat die Kleine Anfrage "
      + "421 mit Schreiben vom 9. Oktober 2012 beantwortet. Vgl. auch Drucksache 16/900."
    let doc = makeDocument(
      text, key: "nw/drs/16/1087", body: .nw, wp: 16, kind: .antwort, number: "16/1087")
    let refs = extractor.extract(from: doc)
    #expect(
      refs.map(\.target) == ["nw/ka/16/421", "nw/drs/16/850", "nw/ka/16/421", "nw/drs/16/900"])
    #expect(refs.map(\.relation) == [.answers, .answers, .answers, .cites])
    #expect(refs[2].aliases == ["nw/drs/16/850"])
  }

  @Test func anotherQuestionIsCites() {
    let doc = Citing.nwAntwort.document("Vgl. die Antwort auf die Kleine Anfrage 422.")
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.target) == ["nw/ka/16/422"])
    #expect(refs.map(\.relation) == [.cites])
  }

  @Test func aNeudruckSupersedesItsOwnNumberOnce() {
    let doc = Citing.nwNeudruck.document(
      "Drucksache 16/8205 (Neudruck)\nAntrag der Fraktion\nDrucksache 16/8205\nvgl. Drucksache 16/100"
    )
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.target) == ["nw/drs/16/8205", "nw/drs/16/100"])
    #expect(refs.map(\.relation) == [.supersedes, .cites])
    #expect(refs[0].text == "Drucksache 16/8205 (Neudruck)")
  }

  @Test func aVorabfassungSupersedesNothing() {
    let doc = makeDocument(
      "Vorabfassung – wird durch die lektorierte Version ersetzt. Drucksache 19/1000",
      key: "bt/drs/19/1000@vorabfassung", body: .bt, wp: 19, kind: .antwort, number: "19/1000",
      version: "vorabfassung")
    #expect(extractor.extract(from: doc).isEmpty)
  }

  @Test func aCitedNeudruckTargetsThePaperAndKeepsTheWordInItsText() {
    let refs = extractor.extract(
      from: Citing.nwAntrag.document("siehe Drucksache 16/8205 (Neudruck)."))
    #expect(refs.map(\.target) == ["nw/drs/16/8205"])
    #expect(refs.first?.text == "Drucksache 16/8205 (Neudruck)")
    #expect(refs.first?.relation == .cites)
  }

  @Test func aQuotedPressReleaseIsQuotes() {
    let doc = Citing.nwAntrag.document(
      "Am 21. Dezember 2010 verschickte das MAIS eine Pressemitteilung mit der Überschrift „Start“. "
        + "In der Pressemitteilung vom 3. Mai 2011 wurde das Instrument „Bewerbung“ genannt.")
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.target) == ["press/mais/2010-12-21", "press/mais/2011-05-03"])
    #expect(refs.map(\.relation) == [.quotes, .cites])
  }

  @Test func heisstEsMakesAQuote() {
    let doc = Citing.nwAntrag.document(
      "Das MIK gab am 2. Mai 2014 eine Pressemitteilung heraus. Darin heißt es, man wolle handeln.")
    #expect(extractor.extract(from: doc).map(\.relation) == [.quotes])
  }

  @Test func lawsMentionAndInternalReferencesReferTo() {
    let doc = Citing.nwAntwort.document(
      "Nach § 88 Abs. 2 BHO prüft der Rechnungshof. Auf die Antwort zu Frage 2 wird verwiesen.")
    let refs = extractor.extract(from: doc)
    #expect(refs.map(\.relation) == [.mentionsLaw, .refersTo])
    #expect(refs.map(\.kind) == [.law, .internal])
  }

  @Test func mergedQuestionAndDrucksacheIsOneReferenceWithAlias() {
    let text = "in der Kleinen Anfrage 1447 (LT-Drs. 16/3602) wurde gefragt"
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.count == 1)
    #expect(refs.first?.kind == .kleineAnfrage)
    #expect(refs.first?.target == "nw/drs/16/3602")
    #expect(refs.first?.aliases == ["nw/ka/16/1447"])
    #expect(refs.first?.text == "Kleinen Anfrage 1447 (LT-Drs. 16/3602)")
  }

  @Test(arguments: [
    "Kleine Anfrage 3246 Preuß, Peter CDU Drucksache 16/8246 20.03.2015 2 S.",
    "Die Antwort auf die Kleine Anfrage 3246 der Fraktion der CDU (Drucksache 16/8246) liegt vor.",
  ])
  func aQuestionNumberNextToItsDrucksacheIsPaired(_ text: String) {
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.map(\.target) == ["nw/ka/16/3246", "nw/drs/16/8246"])
    #expect(refs.map(\.aliases) == [["nw/drs/16/8246"], ["nw/ka/16/3246"]])
  }

  @Test func aQuestionNumberFarFromADrucksacheIsNotPaired() {
    let text = "Die Kleine Anfrage 3246 wurde beantwortet, wie schon Drucksache 16/8246 zeigt."
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.map(\.aliases) == [[], []])
  }

  @Test func kindsFollowTheTrigger() {
    let text =
      "Vorlage 16/1, Stellungnahme 16/2, Information 16/3, PlPr 16/4, PlBPr 16/5, APr 16/6, Große Anfrage 7"
    let kinds = extractor.extract(from: Citing.nwAntrag.document(text)).map(\.kind)
    #expect(
      kinds == [
        .vorlage, .stellungnahme, .information, .plenarprotokoll, .beschlussprotokoll,
        .ausschussprotokoll, .grosseAnfrage,
      ])
  }
}

@Suite struct PinCitesSpansAndLines {
  @Test(arguments: [
    ("Vgl. Drs. 16/3052, S. 24.", "S. 24"),
    ("Vgl. Drucksache 16/3052, Seite 24 f.", "Seite 24 f."),
    ("Plenarprotokoll 16/32, S. 3120 ff.", "S. 3120 ff."),
    ("Plenarprotokoll 16/85 S.8752-8759", "S.8752-8759"),
  ])
  func pinCite(_ text: String, _ pin: String) {
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.count == 1)
    #expect(refs.first?.pinCite == pin)
  }

  @Test func spansAndLinesPointIntoTheOriginal() {
    let text = "Erste Zeile.\nZweite Zeile mit Drucksache 16/3052.\nDritte: § 88 BHO"
    let refs = extractor.extract(from: Citing.nwAntrag.document(text))
    #expect(refs.count == 2)
    let bytes = Array(text.utf8)
    #expect(refs.map(\.line) == [2, 3])
    for r in refs {
      #expect(String(decoding: bytes[r.span.start..<r.span.end], as: UTF8.self) == r.text)
    }
    #expect(refs[0].text == "Drucksache 16/3052")
    #expect(refs[1].text == "§ 88 BHO")
  }

  @Test func spansGoThroughTheOffsetMap() {
    // The normalized text dropped a 10-byte page header in front of the paper.
    let normalized = "siehe Drucksache 16/3052"
    let n = normalized.utf8.count
    let map = OffsetMap(segments: [
      .init(normalizedStart: 0, normalizedLength: n, originalStart: 10, originalLength: n)
    ])
    let original = Array(("HEADER 12\n" + normalized).utf8)
    var doc = Citing.nwAntrag.document(normalized)
    doc.text = NormalizedText(
      text: normalized, map: map, originalLineStarts: NormalizedText.lineStarts(of: original))
    let refs = extractor.extract(from: doc)
    #expect(refs.first?.span == Span(start: 16, end: 34))
    #expect(refs.first?.line == 2)
  }

  @Test func statedReferencesAreMergedWithoutDuplicates() {
    let text = "siehe Drucksache 16/3052"
    let same = Reference(
      kind: .drucksache, target: "nw/drs/16/3052", text: "16/3052", span: Span(start: 17, end: 24),
      line: 1, relation: .cites)
    let other = Reference(
      kind: .drucksache, target: "nw/drs/16/1", text: "", span: Span(start: 0, end: 0), line: 1,
      relation: .cites)
    let doc = makeDocument(
      text, key: "nw/drs/16/5000", body: .nw, wp: 16, kind: .antrag, stated: [same, other])
    #expect(extractor.extract(from: doc).map(\.target) == ["nw/drs/16/1", "nw/drs/16/3052"])
  }
}
