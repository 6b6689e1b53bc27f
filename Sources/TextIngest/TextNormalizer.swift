// The normalized text that `TextNormalizer` writes, and that the structure parser and every
// later stage can rely on:
//
// - One paragraph per line; paragraphs are separated by a single `\n` (no blank lines, no
//   `\n` at the end). The lines of a paragraph are joined with one space, or with nothing
//   where a line-end hyphen was joined (`Anony-`/`misierte` → `Anonymisierte`; kept in
//   `Teilhabe- und`, `Walter-Rosenheimer`, `NRW-Landesverwaltung`).
// - Runs of spaces and tabs are one space; no line starts or ends with a space. Soft hyphens
//   are gone; letter-spaced words are closed up (`V o r b e m e r k u n g` → `Vorbemerkung`).
// - Headings start their own paragraph even without a blank line before them (when the line
//   before ends a sentence or is a heading itself): `Vorbemerkung der …`, `Antwort …`,
//   `Zu Frage 2:`, `Zu den Fragen 1 und 3:`, numbered questions `1. Was hat …` (not
//   `6. September` after a wrap, not after `Nr.`), `II. Der Landtag …`, `A. Problem`, list rows
//   `2011: …`, `a) …`, and bullets `• …`. A heading that is the whole line
//   (`Vorbemerkung der Landesregierung`, `Zu Frage 2:`) also ends its paragraph, unless the
//   next line goes on in lower case (`Antwort` / `der Landesregierung` / `auf die Kleine
//   Anfrage …` stay one paragraph).
// - One blank line does not end a paragraph when the line before does not end a sentence and
//   either the next starts in lower case or the line before ends in a hyphen, a comma or a
//   lower-case word (`Kommunen` / `` / `für die …`, `Er-` / `` / `fahrungsbericht`). Two or
//   more blank lines always end it.
// - Page furniture is not in the text: running headers, page numbers, footers, publisher's
//   boilerplate and the page-1 title block (parliament, Wahlperiode, Drucksache number and
//   date above the title; a `Neudruck` line among them stays in the text) are in
//   `NormalizedPaper.furniture` instead, in file order. A
//   paragraph goes on across removed furniture or a page break whenever the text before does
//   not end a sentence and is not a heading (`Der` / header / `Träger hat …`).
// - Lines that pdftotext broke before punctuation are mended without a space: `führen` /
//   `. Das`, `Regionalbahn` / `-Strecke`, `„Kurzzügen` / `“ auf`.
// - Every UTF-8 offset maps back to the original file through `text.span(of:)`.

import DocumentModel

/// A plain-text paper after layout repair: text, the furniture taken out of it, the encoding.
public struct NormalizedPaper: Sendable {
  public var text: NormalizedText
  /// Page furniture in file order.
  public var furniture: [PageFurniture]
  /// The encoding the file was decoded from (see `DecodedText.encoding`).
  public var encoding: String

  public init(text: NormalizedText, furniture: [PageFurniture], encoding: String) {
    self.text = text
    self.furniture = furniture
    self.encoding = encoding
  }
}

/// Repairs the layout of pdftotext output: furniture out, paragraphs rebuilt, hyphens joined.
/// Linear in the length of the text (a few passes over its bytes).
public enum TextNormalizer {
  /// Normalizes a decoded paper. See the conventions at the top of this file.
  public static func normalize(_ decoded: DecodedText) -> NormalizedPaper {
    normalize(
      DecodedBytes(
        bytes: Array(decoded.text.text.utf8), map: decoded.text.map,
        originalLineStarts: decoded.text.originalLineStarts, encoding: decoded.encoding))
  }

  /// `normalize` of the decoder's bytes (see `DecodedBytes`).
  static func normalize(_ decoded: DecodedBytes) -> NormalizedPaper {
    let inner = decoded.map
    let b = decoded.bytes
    let lines = LayoutBytes.lines(b)
    let kinds = FurnitureDetector.detect(b, lines)

    var furniture: [PageFurniture] = []
    var writer = LineWriter(capacity: b.count)
    var written: [WrittenLine] = []
    var gaps: [LineJoin.Gap] = []
    var blanks = 0
    var broken = false
    var lastPage = 0
    for (i, line) in lines.enumerated() {
      if let kind = kinds[i] {
        furniture.append(
          PageFurniture(
            kind: kind, text: String(decoding: b[line.start..<line.end], as: UTF8.self),
            span: inner.originalSpan(ofNormalized: line.start..<line.end)))
        broken = true
        continue
      }
      if line.isBlank {
        blanks += 1
        continue
      }
      let w = writer.write(b, line, index: i)
      if w.outEnd == w.outStart {
        blanks += 1  // nothing but soft hyphens: a blank line
        continue
      }
      if !written.isEmpty && line.page != lastPage { broken = true }
      gaps.append(LineJoin.Gap(blankLines: blanks, pageBreak: broken))
      written.append(w)
      blanks = 0
      broken = false
      lastPage = line.page
    }

    let o = writer.out
    var out: [UInt8] = []
    out.reserveCapacity(o.count + written.count)
    var builder = OffsetMapBuilder()
    var next = written.isEmpty ? nil : LineFeatures(o, written[0])
    for k in written.indices {
      let w = written[k]
      guard let current = next else { break }
      next = k + 1 < written.count ? LineFeatures(o, written[k + 1]) : nil
      let join: LineJoin? = next.map { LineJoin.decide(current, $0, gaps[k + 1]) }
      var end = w.pieceEnd
      var lastPiece = w.pieceEnd > w.pieceStart ? writer.pieces[w.pieceEnd - 1] : nil
      if join == .dropHyphen, let last = lastPiece {
        // The hyphen is the line's last byte.
        end -= 1
        lastPiece =
          last.length > 1 && last.isLinear
          ? MappedPiece(
            length: last.length - 1, originalStart: last.originalStart,
            originalLength: last.originalLength - 1)
          : nil
      }
      var at = w.outStart
      for p in writer.pieces[w.pieceStart..<end] {
        out.append(contentsOf: o[at..<(at + p.length)])
        builder.append(
          normalizedLength: p.length, originalStart: p.originalStart,
          originalLength: p.originalLength)
        at += p.length
      }
      if end < w.pieceEnd, let p = lastPiece {
        out.append(contentsOf: o[at..<(at + p.length)])
        builder.append(
          normalizedLength: p.length, originalStart: p.originalStart,
          originalLength: p.originalLength)
      }
      // Separators stand for the line end they replace.
      let lineEnd = lines[w.line].rawEnd
      switch join {
      case .paragraph?:
        out.append(0x0A)
        builder.append(normalizedLength: 1, originalStart: lineEnd, originalLength: 1)
      case .space?:
        out.append(0x20)
        builder.append(normalizedLength: 1, originalStart: lineEnd, originalLength: 1)
      case .adjoin?, .dropHyphen?, nil:
        break
      }
    }

    let map = builder.map.composed(with: inner)
    let text = NormalizedText(
      text: String(decoding: out, as: UTF8.self), map: map,
      originalLineStarts: decoded.originalLineStarts)
    return NormalizedPaper(text: text, furniture: furniture, encoding: decoded.encoding)
  }
}
