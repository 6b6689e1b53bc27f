import DocumentModel

/// The HTML correction report: one self-contained page, readable without scripts.
enum ReportHTML {
  /// The page up to the first card: head, style, title and counts.
  static func head(_ tally: CorrectionTally) -> String {
    let n = tally.total
    let papers = tally.papers
    var out = """
      <!DOCTYPE html>
      <html lang="de">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Fundstelle – Korrekturen</title>
      <style>\(css)</style>
      </head>
      <body>
      <header class="top">
      <h1>Korrekturen</h1>
      <p class="summary"><strong id="total">\(n)</strong> \(n == 1 ? "Korrektur" : "Korrekturen") \
      in <strong>\(papers)</strong> \(papers == 1 ? "Papier" : "Papieren")</p>

      """
    if n > 0 {
      out += "<ul class=\"counts\">"
      for (kind, count) in tally.kinds {
        out +=
          "<li><span class=\"badge k-\(kind.rawValue)\">\(escape(CorrectionReport.label(kind)))"
        out += "</span> <span class=\"n\">\(count)</span></li>"
      }
      out += "</ul>\n"
    }
    out += "</header>\n<main>\n"
    if n == 0 {
      out += "<p class=\"empty\">Keine Korrekturen gefunden.</p>\n"
    }
    return out
  }

  /// The page after the last card.
  static let foot = """
    </main>
    <footer>Erstellt von Fundstelle. Stellen sind Byte-Bereiche (UTF-8) in der jeweiligen \
    Originaldatei.</footer>
    </body>
    </html>

    """

  static func card(
    _ c: Correction, number: Int, title: (DocumentKey) throws -> String?
  ) throws -> String {
    var out =
      "<article class=\"card\" id=\"korrektur-\(number)\" data-kind=\"\(c.kind.rawValue)\">\n"
    out += "<div class=\"card-head\"><span class=\"num\">\(number)</span>"
    out +=
      "<span class=\"badge k-\(c.kind.rawValue)\">\(escape(CorrectionReport.label(c.kind)))</span>"
    out += "<h2>\(escape(c.subject))</h2>"
    out +=
      "<span class=\"confidence\" title=\"Konfidenz\">\(CorrectionReport.percent(c.confidence))"
    out +=
      "<span class=\"bar\"><span style=\"width:\(Int((min(max(c.confidence, 0), 1) * 100).rounded()))%\"></span></span></span></div>\n"
    out += "<div class=\"quotes\">\n"
    out += passage(
      c.claim, role: "claim", caption: "Behauptung", title: try title(c.claim.document))
    out += passage(
      c.correction, role: "correction", caption: "Korrektur",
      title: try title(c.correction.document), highlight: c.cue)
    out += "</div>\n"
    out += "<p class=\"meta\"><span class=\"label\">Signal</span> "
    out += c.cue.map { "<q>\(escape($0))</q>" } ?? "<em>keines</em>"
    out += " <span class=\"kind-key\">\(escape(c.kind.rawValue))</span></p>\n"
    out += "<p class=\"explanation\">\(escape(c.explanation))</p>\n"
    out += "</article>\n"
    return out
  }

  static func passage(
    _ p: Passage, role: String, caption: String, title: String?, highlight: String? = nil
  ) -> String {
    var out = "<figure class=\"quote \(role)\">\n<figcaption>\(caption)</figcaption>\n"
    out += "<blockquote>\(marked(p.text, highlight))</blockquote>\n"
    out += "<p class=\"source\">"
    if let title { out += "<cite>\(escape(title))</cite><br>" }
    out += "<code>\(escape(p.document.rawValue))</code> · Bytes \(p.span.start)–\(p.span.end)</p>\n"
    out += "</figure>\n"
    return out
  }

  /// The escaped text with the first occurrence of `cue` (the signal words) marked.
  static func marked(_ text: String, _ cue: String?) -> String {
    guard let cue, !cue.isEmpty, let r = text.range(of: cue) else { return escape(text) }
    return escape(String(text[..<r.lowerBound])) + "<mark>" + escape(String(text[r]))
      + "</mark>" + escape(String(text[r.upperBound...]))
  }

  /// Escapes text for element content and quoted attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and newline have no place in a page.
        if ch.value < 0x20, ch != "\t", ch != "\n" {
          out += " "
        } else {
          out.unicodeScalars.append(ch)
        }
      }
    }
    return out
  }

  static let css = """
    :root{--ink:#1d232b;--muted:#5b6672;--line:#dfe3e8;--bg:#f4f5f7;--card:#fff;\
    --claim:#b3261e;--claim-bg:#fdf1f0;--fix:#1e6b3a;--fix-bg:#eff8f1}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--ink);\
    font:16px/1.55 "Source Serif Pro",Georgia,"DejaVu Serif",serif}
    header.top{background:#15202b;color:#fff;padding:28px 32px 22px}
    header.top h1{margin:0 0 6px;font:600 28px/1.2 system-ui,"DejaVu Sans",sans-serif}
    .summary{margin:0 0 12px;font-family:system-ui,"DejaVu Sans",sans-serif;color:#d5dbe2}
    .summary strong{color:#fff}
    .counts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px 18px;\
    font-family:system-ui,"DejaVu Sans",sans-serif;font-size:14px}
    .counts .n{font-weight:700}
    main{max-width:1180px;margin:0 auto;padding:24px 24px 8px}
    .empty{font-size:18px;color:var(--muted)}
    .card{background:var(--card);border:1px solid var(--line);border-radius:10px;\
    padding:18px 22px 16px;margin:0 0 22px;box-shadow:0 1px 3px rgba(0,0,0,.05)}
    .card-head{display:flex;align-items:center;gap:12px;flex-wrap:wrap;\
    font-family:system-ui,"DejaVu Sans",sans-serif;margin-bottom:12px}
    .card-head h2{flex:1 1 280px;margin:0;font-size:19px;font-weight:600}
    .num{color:var(--muted);font-weight:700;font-size:15px}
    .badge{display:inline-block;padding:2px 10px;border-radius:999px;font:600 12px/1.7 system-ui,\
    "DejaVu Sans",sans-serif;letter-spacing:.02em;color:#fff;background:#56606b;white-space:nowrap}
    .k-misattribution{background:#8e3b9c}.k-false-premise{background:#b3261e}\
    .k-rebuttal{background:#c25e00}.k-numeric{background:#0b6e99}.k-date{background:#2f6f4f}\
    .k-entity{background:#6a4c2a}.k-self-correction{background:#4b5563}
    .confidence{font-size:13px;color:var(--muted);display:flex;align-items:center;gap:6px}
    .bar{display:inline-block;width:64px;height:6px;background:var(--line);border-radius:3px;\
    overflow:hidden}.bar span{display:block;height:100%;background:#15202b}
    .quotes{display:grid;grid-template-columns:1fr 1fr;gap:16px}
    @media (max-width:760px){.quotes{grid-template-columns:1fr}}
    figure{margin:0;border-radius:8px;padding:12px 16px;border-left:5px solid}
    figure.claim{background:var(--claim-bg);border-color:var(--claim)}
    figure.correction{background:var(--fix-bg);border-color:var(--fix)}
    figcaption{font:700 12px/1.4 system-ui,"DejaVu Sans",sans-serif;text-transform:uppercase;\
    letter-spacing:.08em;margin-bottom:6px}
    figure.claim figcaption{color:var(--claim)}figure.correction figcaption{color:var(--fix)}
    blockquote{margin:0;font-size:16.5px}
    mark{background:#ffe58a;color:inherit;padding:0 2px;border-radius:2px}
    blockquote::before{content:"„"}blockquote::after{content:"“"}
    .source{margin:10px 0 0;font:13px/1.45 system-ui,"DejaVu Sans",sans-serif;color:var(--muted)}
    .source cite{font-style:normal;color:var(--ink)}
    code{font:12.5px "DejaVu Sans Mono",monospace;background:rgba(0,0,0,.05);padding:1px 4px;\
    border-radius:3px}
    .meta{margin:14px 0 4px;font:14px system-ui,"DejaVu Sans",sans-serif;color:var(--muted)}
    .meta .label{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.08em;\
    margin-right:4px}
    .meta q{color:var(--ink);font-weight:600}.kind-key{float:right;font-family:monospace}
    .explanation{margin:4px 0 0}
    footer{max-width:1180px;margin:0 auto;padding:0 24px 32px;color:var(--muted);\
    font:13px system-ui,"DejaVu Sans",sans-serif}
    """
}
