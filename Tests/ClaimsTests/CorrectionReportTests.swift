import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import Claims

/// The corrections of the user's own case (Kleine Anfrage 421, Drucksache 16/850, and the
/// answer 16/1087), quoted from the seed, plus a numeric one and one full of markup.
enum SampleCorrections {
  static let question = DocumentKey("nw/drs/16/850")
  static let answer = DocumentKey("nw/drs/16/1087")

  static let all: [Correction] = [
    Correction(
      kind: .misattribution,
      claim: Passage(
        document: question,
        text:
          "In einer Pressemitteilung vom 21. Dezember 2010 hat das MAIS angekündigt, dass die Landesverwaltung mit Hilfe der Initiative des Bundes „Anonymisierte Bewerbungen“ mehr Menschen mit Zuwanderungsgeschichte in den öffentlichen Dienst einstellen will.",
        span: Span(start: 812, end: 1083)),
      correction: Passage(
        document: answer,
        text:
          "Dies beruht auf einem Irrtum. Dieser Bezug auf die Initiative des Bundes war in der Presseerklärung nicht enthalten. Das Projekt „Anonymisierte Bewerbung“ ist ein eigenständiges Pilotprojekt der Landesregierung Nordrhein-Westfalen mit dem Fokus auf die Landesverwaltung.",
        span: Span(start: 3410, end: 3702)),
      subject: "Initiative des Bundes „Anonymisierte Bewerbungen“", cue: "beruht auf einem Irrtum",
      confidence: 0.93,
      explanation:
        "Die Anfrage schreibt der Pressemitteilung vom 21. Dezember 2010 einen Bezug auf eine Initiative des Bundes zu, den diese der Antwort zufolge nicht enthielt."
    ),
    Correction(
      kind: .falsePremise,
      claim: Passage(
        document: question,
        text:
          "Wie hat sich seit der Einführung der anonymisierten Bewerbungen die Zahl der Einstellungen von Beschäftigten mit Zuwanderungsgeschichte in der Landesverwaltung entwickelt?",
        span: Span(start: 2210, end: 2398)),
      correction: Passage(
        document: answer,
        text:
          "Anonymisierte Bewerbungen sind nicht eingeführt worden. Vielmehr wurde ein Pilotprojekt mit Stellenkontingenten in acht Ressorts mit einer Laufzeit von Januar 2011 bis Ende Juni 2012 durchgeführt.",
        span: Span(start: 6120, end: 6339)),
      subject: "Einführung anonymisierter Bewerbungen",
      cue: "sind nicht eingeführt worden. Vielmehr",
      confidence: 0.88,
      explanation:
        "Frage 5 setzt voraus, dass anonymisierte Bewerbungen eingeführt wurden; die Antwort stellt klar, dass es nur ein befristetes Pilotprojekt gab."
    ),
    Correction(
      kind: .numeric,
      claim: Passage(
        document: "nw/drs/17/3125", text: "Seit dem Jahr 2011 werden 1.028 Fachkräfte finanziert.",
        span: Span(start: 560, end: 620)),
      correction: Passage(
        document: "nw/drs/17/3125@neudruck",
        text: "Seit dem Jahr 2011 werden 1.082 Fachkräfte finanziert.",
        span: Span(start: 540, end: 600)),
      subject: "Fachkräfte der Schulsozialarbeit", cue: nil, confidence: 0.7,
      explanation: "Der Neudruck nennt 1.082 statt 1.028 Fachkräfte."
    ),
    Correction(
      kind: .rebuttal,
      claim: Passage(
        document: "bt/drs/19/4502",
        text:
          "Kosten von mehr als 4,4 Mrd. Euro <script>alert('x')</script> & „Zitat“ *fett* [link](http://example.org)",
        span: Span(start: 10, end: 90)),
      correction: Passage(
        document: "bt/drs/19/4711",
        text:
          "Die genannte Summe ist kein Kostenansatz der Bundesregierung. <img src=x onerror=alert(1)>",
        span: Span(start: 1900, end: 2010)),
      subject: "Kosten <b>IT-Konsolidierung</b> & \"Gesamtplanung\"", cue: "ist kein Kostenansatz",
      confidence: 0.81, explanation: "Die Summe ist eine Hochrechnung, <i>kein</i> Ansatz."
    ),
  ]

  static let titles: [DocumentKey: String] = [
    question: "Kleine Anfrage 421: Anonymisierte Bewerbungsverfahren",
    answer: "Antwort der Landesregierung auf die Kleine Anfrage 421",
    "nw/drs/17/3125": "Schulsozialarbeit verlässlich finanzieren",
    "bt/drs/19/4711": "IT-Konsolidierung Bund <Antwort> & Kosten",
  ]
}

@Suite struct CorrectionReportJSONTests {
  @Test func shapeAsInDesign() throws {
    let json = CorrectionReport.json(SampleCorrections.all)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(array.count == 4)
    let first = array[0]
    #expect(
      Set(first.keys)
        == ["kind", "claim", "correction", "subject", "cue", "confidence", "explanation"])
    #expect(first["kind"] as? String == "misattribution")
    let claim = try #require(first["claim"] as? [String: Any])
    #expect(Set(claim.keys) == ["document", "text", "start", "end"])
    #expect(claim["document"] as? String == "nw/drs/16/850")
    #expect(claim["start"] as? Int == 812)
    #expect(claim["end"] as? Int == 1083)
    let correction = try #require(first["correction"] as? [String: Any])
    #expect(correction["document"] as? String == "nw/drs/16/1087")
    #expect((correction["text"] as? String)?.hasPrefix("Dies beruht auf einem Irrtum.") == true)
    #expect(first["cue"] as? String == "beruht auf einem Irrtum")
    #expect(first["confidence"] as? Double == 0.93)
    #expect(array[1]["kind"] as? String == "false-premise")
    // No cue: null, not a missing key.
    #expect(array[2].keys.contains("cue"))
    #expect(array[2]["cue"] is NSNull)
  }

  @Test func emptyListIsEmptyArray() throws {
    let json = CorrectionReport.json([])
    #expect((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.isEmpty == true)
  }
}

@Suite struct CorrectionReportMarkdownTests {
  @Test func eachCorrectionQuotedAndCited() {
    let md = CorrectionReport.markdown(SampleCorrections.all, titles: SampleCorrections.titles)
    #expect(md.hasPrefix("# Korrekturen\n"))
    #expect(md.contains("4 Korrekturen in 6 Papieren"))
    #expect(md.components(separatedBy: "\n## ").count == 5)
    #expect(
      md.contains("## 1. Falsche Zuschreibung: Initiative des Bundes „Anonymisierte Bewerbungen“"))
    #expect(md.contains("- Signal: „beruht auf einem Irrtum“"))
    #expect(md.contains("- Konfidenz: 93 %"))
    #expect(
      md.contains(
        "> — `nw/drs/16/850` (Kleine Anfrage 421: Anonymisierte Bewerbungsverfahren), Bytes 812–1083"
      ))
    #expect(md.contains("> „Dies beruht auf einem Irrtum. Dieser Bezug"))
    #expect(
      md.contains(
        "`nw/drs/16/1087` (Antwort der Landesregierung auf die Kleine Anfrage 421), Bytes 3410–3702"
      ))
    #expect(md.contains("**Erläuterung:** Frage 5 setzt voraus"))
    // A versioned key takes the title of its paper.
    #expect(md.contains("`nw/drs/17/3125@neudruck` (Schulsozialarbeit verlässlich finanzieren)"))
    #expect(md.contains("- Signal: keines"))
    // Markup in quoted text is escaped, not interpreted.
    #expect(md.contains("\\<script\\>"))
    #expect(md.contains("\\*fett\\*"))
    #expect(!md.contains("[link](http"))
  }

  /// pdftotext leaves line ends, tabs, no-break and thin spaces in quoted text: each run of
  /// them becomes one space, so that a heading or quote stays on one line.
  @Test(arguments: [
    ("Zahl\r\nder Fälle", "Zahl der Fälle"),
    ("Zahl\u{00A0}\u{00A0}der\tFälle", "Zahl der Fälle"),
    ("  Zahl \u{2009} der\n\nFälle  ", "Zahl der Fälle"),
    ("4 *Mio.* [Euro] #1 | a_b", "4 \\*Mio.\\* \\[Euro\\] \\#1 \\| a\\_b"),
  ])
  func quotedTextStaysOnOneLine(text: String, written: String) {
    var correction = SampleCorrections.all[0]
    correction.subject = text
    let md = CorrectionReport.markdown([correction], titles: [:])
    #expect(md.contains("\n## 1. Falsche Zuschreibung: \(written)\n"), "\(md)")
  }

  @Test func emptyReportSaysSo() {
    #expect(CorrectionReport.markdown([], titles: [:]).contains("Keine Korrekturen gefunden."))
  }
}

@Suite struct CorrectionReportHTMLTests {
  @Test func selfContainedAndEscaped() {
    let html = CorrectionReport.html(SampleCorrections.all, titles: SampleCorrections.titles)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.components(separatedBy: "<article class=\"card\"").count == 5)
    // Nothing external, nothing to run.
    for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "href=", "@import", "url("]
    {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    // The cue is marked inside the correcting passage.
    #expect(html.contains("<blockquote>Dies <mark>beruht auf einem Irrtum</mark>. Dieser Bezug"))
    #expect(
      html.contains("Kosten &lt;b&gt;IT-Konsolidierung&lt;/b&gt; &amp; &quot;Gesamtplanung&quot;"))
    #expect(html.contains("IT-Konsolidierung Bund &lt;Antwort&gt; &amp; Kosten"))
  }

  @Test func emptyReportSaysSo() {
    let html = CorrectionReport.html([], titles: [:])
    #expect(html.contains("Keine Korrekturen gefunden."))
    #expect(!html.contains("<article"))
  }
}
