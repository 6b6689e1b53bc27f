import DocumentModel

/// The Markdown correction report.
enum ReportMarkdown {
  static func render(_ corrections: [Correction], titles: [DocumentKey: String]) -> String {
    var out = "# Korrekturen\n\n"
    guard !corrections.isEmpty else {
      return out + "Keine Korrekturen gefunden.\n"
    }
    let n = corrections.count
    out += "\(n) \(n == 1 ? "Korrektur" : "Korrekturen") in "
    let papers = CorrectionReport.paperCount(corrections)
    out += "\(papers) \(papers == 1 ? "Papier" : "Papieren"): "
    out +=
      CorrectionReport.counts(corrections).map { "\(CorrectionReport.label($0.0)) \($0.1)" }
      .joined(separator: ", ") + ".\n"
    for (index, c) in corrections.enumerated() {
      out += "\n## \(index + 1). \(CorrectionReport.label(c.kind)): \(inline(c.subject))\n\n"
      out += "- Art: `\(c.kind.rawValue)`\n"
      out += "- Signal: " + (c.cue.map { "„\(inline($0))“" } ?? "keines") + "\n"
      out += "- Konfidenz: \(CorrectionReport.percent(c.confidence))\n\n"
      out += "**Behauptung**\n\n" + quote(c.claim, titles: titles) + "\n"
      out += "**Korrektur**\n\n" + quote(c.correction, titles: titles) + "\n"
      out += "**Erläuterung:** \(inline(c.explanation))\n"
    }
    return out
  }

  /// A block quote with its citation line.
  static func quote(_ p: Passage, titles: [DocumentKey: String]) -> String {
    var cite = "`\(p.document.rawValue)`"
    if let title = titles[p.document] ?? titles[p.document.unversioned] {
      cite += " (\(inline(title)))"
    }
    cite += ", Bytes \(p.span.start)–\(p.span.end)"
    return "> „\(inline(p.text))“\n>\n> — \(cite)\n"
  }

  /// Text on one line with Markdown's special characters escaped.
  static func inline(_ s: String) -> String {
    var out = ""
    var space = false
    for ch in s {
      if ch.isWhitespace {
        space = !out.isEmpty
        continue
      }
      if space {
        out.append(" ")
        space = false
      }
      if "\\`*_[]<>#|~".contains(ch) { out.append("\\") }
      out.append(ch)
    }
    return out
  }
}
