import DocumentModel

/// The papers the snippets are read as: who cites, in which parliament and Wahlperiode.
enum Citing: String, CustomStringConvertible, Sendable {
  /// An NRW Antrag of WP 16, `nw/drs/16/5000`, printed as Drucksache 16/5000.
  case nwAntrag
  /// The seed's paper: the answer to Kleine Anfrage 421 (Drucksache 16/850).
  case nwAntwort
  /// An NRW Neudruck of Drucksache 16/8205.
  case nwNeudruck
  /// A Bundestag answer of WP 19, `bt/antwort/19/1000`.
  case btAntwort
  /// Bundestag Plenarprotokoll 21/90.
  case btPlenum
  /// A Saarland answer of WP 15, Drucksache 15/1284.
  case slAntwort
  /// A Rhineland-Palatinate paper of WP 17.
  case rpAntrag
  /// A Brandenburg paper of WP 6.
  case bbAntrag

  var description: String { rawValue }

  func document(_ text: String, sections: [Section] = []) -> Document {
    switch self {
    case .nwAntrag:
      return makeDocument(
        text, key: "nw/drs/16/5000", body: .nw, wp: 16, kind: .antrag,
        number: "16/5000", sections: sections)
    case .nwAntwort:
      return makeDocument(
        text, key: "nw/antwort/16/850", body: .nw, wp: 16, kind: .antwort,
        answers: AnsweredQuestion(
          kind: .kleineAnfrage, number: 421, date: PartialDate(year: 2012, month: 9, day: 6),
          drucksache: "nw/drs/16/850"),
        sections: sections)
    case .nwNeudruck:
      return makeDocument(
        text, key: "nw/drs/16/8205@neudruck", body: .nw, wp: 16,
        kind: .antrag, number: "16/8205", version: "neudruck", sections: sections)
    case .btAntwort:
      return makeDocument(
        text, key: "bt/antwort/19/1000", body: .bt, wp: 19, kind: .antwort,
        sections: sections)
    case .btPlenum:
      return makeDocument(
        text, key: "bt/plpr/21/90", body: .bt, wp: 21, kind: .plenarprotokoll,
        number: "21/90", sections: sections)
    case .slAntwort:
      return makeDocument(
        text, key: "sl/drs/15/1284", body: .sl, wp: 15, kind: .antwort,
        number: "15/1284", sections: sections)
    case .rpAntrag:
      return makeDocument(
        text, key: "rp/drs/17/3000", body: .rp, wp: 17, kind: .antrag,
        number: "17/3000", sections: sections)
    case .bbAntrag:
      return makeDocument(
        text, key: "bb/drs/6/9000", body: .bb, wp: 6, kind: .antrag,
        number: "6/9000", sections: sections)
    }
  }
}

/// A `Document` over a snippet that normalisation left untouched (identity offset map).
func makeDocument(
  _ text: String, key: DocumentKey, body: Parliament?, wp: Int?, kind: DocumentKind,
  number: String? = nil, version: String? = nil, answers: AnsweredQuestion? = nil,
  sections: [Section] = [], stated: [Reference] = []
) -> Document {
  let bytes = Array(text.utf8)
  return Document(
    source: SourceInfo(
      path: "snippet.txt", sha256: "", byteCount: bytes.count, format: .text, encoding: "utf-8"),
    key: key, keyOrigin: .printed, body: body, wahlperiode: wp, number: number,
    version: version, kind: kind, answers: answers, sections: sections,
    statedReferences: stated,
    text: NormalizedText(
      text: text, map: .identity(length: bytes.count),
      originalLineStarts: NormalizedText.lineStarts(of: bytes)))
}

/// What the text stage does to pdftotext output, roughly, for tests on whole papers: one
/// paragraph per line, line-end hyphens joined before a lower-case continuation (but
/// `Teilhabe- und` kept), runs of spaces collapsed.
func roughlyNormalized(_ raw: String) -> String {
  var paragraphs: [String] = []
  var current = ""
  for rawLine in raw.split(separator: "\n", omittingEmptySubsequences: false) {
    let line = rawLine.split(separator: " ", omittingEmptySubsequences: true).joined(
      separator: " ")
    if line.isEmpty {
      if !current.isEmpty { paragraphs.append(current) }
      current = ""
      continue
    }
    if current.isEmpty {
      current = line
    } else if current.hasSuffix("-"), let first = line.first, first.isLowercase,
      !line.hasPrefix("und "), !line.hasPrefix("oder ")
    {
      current.removeLast()
      current += line
    } else {
      current += " " + line
    }
  }
  if !current.isEmpty { paragraphs.append(current) }
  return paragraphs.joined(separator: "\n")
}
