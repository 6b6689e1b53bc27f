import DocumentModel

/// The Markdown correction report.
enum ReportMarkdown {
  /// The title and the counts.
  static func head(_ tally: CorrectionTally) -> String {
    var out = "# Korrekturen\n\n"
    guard tally.total > 0 else { return out + "Keine Korrekturen gefunden.\n" }
    let n = tally.total
    out += "\(n) \(n == 1 ? "Korrektur" : "Korrekturen") in "
    let papers = tally.papers
    out += "\(papers) \(papers == 1 ? "Papier" : "Papieren"): "
    out +=
      tally.kinds.map { "\(CorrectionReport.label($0.0)) \($0.1)" }.joined(separator: ", ")
      + ".\n"
    return out
  }

  /// One section: the correction numbered `number`, both passages quoted and cited.
  static func entry(
    _ c: Correction, number: Int, title: (DocumentKey) throws -> String?
  ) throws -> String {
    var out = "\n## \(number). \(CorrectionReport.label(c.kind)): \(inline(c.subject))\n\n"
    out += "- Art: `\(c.kind.rawValue)`\n"
    out += "- Signal: " + (c.cue.map { "„\(inline($0))“" } ?? "keines") + "\n"
    out += "- Konfidenz: \(CorrectionReport.percent(c.confidence))\n\n"
    out += "**Behauptung**\n\n" + quote(c.claim, title: try title(c.claim.document)) + "\n"
    out +=
      "**Korrektur**\n\n" + quote(c.correction, title: try title(c.correction.document)) + "\n"
    out += "**Erläuterung:** \(inline(c.explanation))\n"
    return out
  }

  /// A block quote with its citation line.
  static func quote(_ p: Passage, title: String?) -> String {
    var cite = "`\(p.document.rawValue)`"
    if let title { cite += " (\(inline(title)))" }
    cite += ", Bytes \(p.span.start)–\(p.span.end)"
    return "> „\(inline(p.text))“\n>\n> — \(cite)\n"
  }

  /// Text on one line with Markdown's special characters escaped. By scalars: going by
  /// Characters made a report of 100,000 corrections take half a minute.
  static func inline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var space = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace {
        space = !out.isEmpty
        continue
      }
      if space {
        out.unicodeScalars.append(" ")
        space = false
      }
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~": out.unicodeScalars.append("\\")
      default: break
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
