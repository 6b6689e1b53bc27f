import DocumentModel

/// The report of `fundstelle claims`: what a paper asserts that can be checked, as the
/// correction detector compares it.
public enum ClaimReport {
  /// `[{"kind", "document", "text", "start", "end", "section", "questions", "polarity",
  /// "source", "sourceLabel", "paperDate", "quantities": [{"text", "value", "unit",
  /// "hedge"}], "dates": [{"iso", "granularity"}]}]`, pretty-printed with sorted keys;
  /// `start`/`end` are UTF-8 byte offsets into the original file.
  public static func json(_ claims: [Claim]) -> String {
    ReportJSON.string(claims.map(Entry.init), fallback: "[]")
  }

  /// One block per claim: kind, section and place, the sentence, then what it states.
  public static func text(_ claims: [Claim]) -> String {
    var out = ""
    for claim in claims {
      var head = "\(claim.document) \(claim.kind.rawValue)"
      if let section = claim.sectionKind { head += " in \(section.rawValue)" }
      if !claim.sectionNumbers.isEmpty {
        head += " " + claim.sectionNumbers.map(String.init).joined(separator: ",")
      }
      head += ", bytes \(claim.span.start)–\(claim.span.end)"
      if claim.polarity == .negative { head += ", negated" }
      out += head + "\n  " + claim.text + "\n"
      if claim.sourceLabel != nil || claim.source != nil {
        let names = [claim.sourceLabel, claim.source?.rawValue].compactMap { $0 }
        out += "  source: " + names.joined(separator: ", ") + "\n"
      }
      for q in claim.quantities {
        out += "  figure: \(q.text) (\(q.hedge.rawValue)\(q.unit.map { ", \($0)" } ?? ""))\n"
      }
      for d in claim.dates { out += "  date: \(d.iso) (\(d.granularity.rawValue))\n" }
    }
    return out
  }

  private struct Entry: Encodable {
    struct Figure: Encodable {
      var text: String
      var value: Double
      var unit: String?
      var hedge: String
    }
    struct DateEntry: Encodable {
      var iso: String
      var granularity: String
    }

    var kind: String
    var document: String
    var text: String
    var start: Int
    var end: Int
    var section: String?
    var questions: [Int]
    var polarity: String
    var source: String?
    var sourceLabel: String?
    var paperDate: String?
    var quantities: [Figure]
    var dates: [DateEntry]

    init(_ c: Claim) {
      kind = c.kind.rawValue
      document = c.document.rawValue
      text = c.text
      start = c.span.start
      end = c.span.end
      section = c.sectionKind?.rawValue
      questions = c.sectionNumbers
      polarity = c.polarity.rawValue
      source = c.source?.rawValue
      sourceLabel = c.sourceLabel
      paperDate = c.paperDate?.iso
      quantities = c.quantities.map {
        Figure(text: $0.text, value: $0.value, unit: $0.unit, hedge: $0.hedge.rawValue)
      }
      dates = c.dates.map { DateEntry(iso: $0.iso, granularity: $0.granularity.rawValue) }
    }

    func encode(to encoder: any Encoder) throws {
      // Nil fields print as null, so every entry has every key.
      enum Key: String, CodingKey {
        case kind, document, text, start, end, section, questions, polarity, source
        case sourceLabel, paperDate, quantities, dates
      }
      var c = encoder.container(keyedBy: Key.self)
      try c.encode(kind, forKey: .kind)
      try c.encode(document, forKey: .document)
      try c.encode(text, forKey: .text)
      try c.encode(start, forKey: .start)
      try c.encode(end, forKey: .end)
      try c.encode(section, forKey: .section)
      try c.encode(questions, forKey: .questions)
      try c.encode(polarity, forKey: .polarity)
      try c.encode(source, forKey: .source)
      try c.encode(sourceLabel, forKey: .sourceLabel)
      try c.encode(paperDate, forKey: .paperDate)
      try c.encode(quantities, forKey: .quantities)
      try c.encode(dates, forKey: .dates)
    }
  }
}
