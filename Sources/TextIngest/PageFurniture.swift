import DocumentModel

/// A line that belongs to the page, not to the paper's running text: a running header,
/// a page number, a footer, publisher's boilerplate, or a line of the page-1 title block.
///
/// The normalizer removes furniture from the text and reports it here, so that the
/// structure parser can still read identity and dates from it (title block, boilerplate
/// such as `Datum des Originals: 09.10.2012/Ausgegeben: 12.10.2012`).
public struct PageFurniture: Sendable, Hashable {
  public enum Kind: String, Sendable, Codable {
    case runningHeader = "running-header"
    case pageNumber = "page-number"
    case footer
    case boilerplate
    case titleBlock = "title-block"
  }

  public var kind: Kind
  /// The line as decoded, whitespace-trimmed (inner spacing as in the file).
  public var text: String
  /// The trimmed line in the original file's bytes.
  public var span: Span

  public init(kind: Kind, text: String, span: Span) {
    self.kind = kind
    self.text = text
    self.span = span
  }
}

/// Finds page furniture among the lines of a decoded paper.
///
/// A line is furniture when it is made only of header atoms (parliament name, `16.
/// Wahlperiode`, `Drucksache 16/3287`, dates, page numbers, dashes) and carries enough of
/// them to be a running header; when it is such an atom line beside another furniture line;
/// when it is a lone number at a page edge; when it repeats at the edge of most pages; or
/// when it matches known boilerplate. Atom lines at the very top of page 1 form the title
/// block.
enum FurnitureDetector {
  /// Longer lines are never furniture (keeps the detector cheap on running text).
  static let maxLength = 220

  static func detect(_ b: [UInt8], _ lines: [SourceLine]) -> [PageFurniture.Kind?] {
    var kinds = [PageFurniture.Kind?](repeating: nil, count: lines.count)
    var shapes = [HeaderShape?](repeating: nil, count: lines.count)
    for i in lines.indices where !lines[i].isBlank && lines[i].length <= maxLength {
      shapes[i] = HeaderShape(b, lines[i])
    }
    markTitleBlock(b, lines, shapes, &kinds)

    var worklist: [Int] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      guard kinds[i] == nil, !line.isBlank, line.length <= maxLength else {
        i += 1
        continue
      }
      if Boilerplate.isFooterBlockStart(b, line) {
        // The NRW page-1 notice runs over several lines up to the Landtag's web address.
        var j = i
        while j < lines.count, j - i < 8, !lines[j].isBlank, lines[j].page == line.page {
          kinds[j] = .boilerplate
          if Boilerplate.endsFooterBlock(b, lines[j]) { break }
          j += 1
        }
        i = j + 1
        continue
      }
      if Boilerplate.isBoilerplateLine(b, line) {
        kinds[i] = .boilerplate
      } else if let shape = shapes[i] {
        if shape.isStrongHeader {
          kinds[i] = .runningHeader
          worklist.append(i)
        } else if shape.isOnlyPage && shape.dashed {
          kinds[i] = .pageNumber
          worklist.append(i)
        }
      }
      i += 1
    }

    // Two atom lines next to each other that together make a header: `LANDTAG
    // NORDRHEIN-WESTFALEN` over `16. Wahlperiode`, `Drucksache 16/3287` beside it.
    var previousAtom: Int? = nil
    var blanksSince = 0
    for k in lines.indices {
      if lines[k].isBlank {
        blanksSince += 1
        continue
      }
      defer { blanksSince = 0 }
      guard kinds[k] == nil, let shape = shapes[k], !shape.isOnlyPage else {
        previousAtom = nil
        continue
      }
      if let j = previousAtom, blanksSince <= 4, kinds[j] == nil, let other = shapes[j],
        shape.combined(with: other).isStrongHeader
      {
        kinds[j] = .runningHeader
        kinds[k] = .runningHeader
        worklist += [j, k]
      }
      previousAtom = k
    }

    let pages = pageRanges(lines)
    if pages.count > 1 {
      // A lone number that opens or closes a page is its number.
      for page in pages {
        for k in [page.first, page.last] where kinds[k] == nil {
          if let shape = shapes[k], shape.isOnlyPage {
            kinds[k] = .pageNumber
            worklist.append(k)
          }
        }
      }
    }
    if pages.count >= 3 {
      markRepeatedEdges(b, lines, pages, shapes, &kinds, &worklist)
    }

    // Atom lines beside furniture belong to it (a header split over two lines, the page
    // number under it, the date line under the page-1 header).
    while let k = worklist.popLast() {
      for step in [-1, 1] {
        var j = k + step
        var blanks = 0
        while j >= 0 && j < lines.count && lines[j].isBlank && blanks < 4 {
          blanks += 1
          j += step
        }
        guard j >= 0 && j < lines.count, kinds[j] == nil, let shape = shapes[j] else { continue }
        kinds[j] = shape.isOnlyPage ? .pageNumber : .runningHeader
        worklist.append(j)
      }
    }
    return kinds
  }

  /// The run of atom lines (and boilerplate) that opens page 1.
  private static func markTitleBlock(
    _ b: [UInt8], _ lines: [SourceLine], _ shapes: [HeaderShape?],
    _ kinds: inout [PageFurniture.Kind?]
  ) {
    var seen = 0
    for i in lines.indices {
      let line = lines[i]
      if line.page > 0 { return }
      if line.isBlank { continue }
      seen += 1
      if seen > 14 || line.length > maxLength { return }
      if Boilerplate.isBoilerplateLine(b, line) {
        kinds[i] = .boilerplate
      } else if Boilerplate.isNeudruck(b, line) {
        continue
      } else if let shape = shapes[i] {
        kinds[i] = shape.isOnlyPage && shape.dashed ? .pageNumber : .titleBlock
      } else {
        return
      }
    }
  }

  /// First and last non-blank line of every page that has any.
  private static func pageRanges(_ lines: [SourceLine]) -> [(first: Int, last: Int)] {
    var ranges: [(first: Int, last: Int)] = []
    var currentPage = -1
    for i in lines.indices where !lines[i].isBlank {
      if lines[i].page != currentPage {
        currentPage = lines[i].page
        ranges.append((i, i))
      } else {
        ranges[ranges.count - 1].last = i
      }
    }
    return ranges
  }

  /// Lines that recur (digits aside) as the first or last line of most pages, once known
  /// furniture is set aside. Lines that end a sentence are running text, not furniture.
  private static func markRepeatedEdges(
    _ b: [UInt8], _ lines: [SourceLine], _ pages: [(first: Int, last: Int)],
    _ shapes: [HeaderShape?], _ kinds: inout [PageFurniture.Kind?], _ worklist: inout [Int]
  ) {
    var candidates: [(line: Int, page: Int, top: Bool, key: [UInt8])] = []
    func consider(_ k: Int, _ p: Int, top: Bool) {
      let line = lines[k]
      guard line.length <= 150, !".!?:;,".utf8.contains(b[line.end - 1]) else { return }
      candidates.append((k, p, top, maskedKey(b, line)))
    }
    for (p, page) in pages.enumerated() {
      var k = page.first
      while k < page.last && (lines[k].isBlank || kinds[k] != nil) { k += 1 }
      if kinds[k] == nil { consider(k, p, top: true) }
      var j = page.last
      while j > k && (lines[j].isBlank || kinds[j] != nil) { j -= 1 }
      if j > k && kinds[j] == nil { consider(j, p, top: false) }
    }
    var pagesByKey: [[UInt8]: Set<Int>] = [:]
    for c in candidates { pagesByKey[c.key, default: []].insert(c.page) }
    let threshold = max(3, (pages.count + 1) / 2)
    for c in candidates where kinds[c.line] == nil {
      guard let count = pagesByKey[c.key]?.count, count >= threshold else { continue }
      if let shape = shapes[c.line], shape.isOnlyPage {
        kinds[c.line] = .pageNumber
      } else {
        kinds[c.line] = c.top ? .runningHeader : .footer
      }
      worklist.append(c.line)
    }
  }

  /// The line with digits replaced by `#` and blanks collapsed.
  private static func maskedKey(_ b: [UInt8], _ line: SourceLine) -> [UInt8] {
    var key: [UInt8] = []
    key.reserveCapacity(line.length)
    var lastBlank = false
    for i in line.start..<line.end {
      let c = b[i]
      if LayoutBytes.isBlank(c) {
        if !lastBlank { key.append(0x20) }
        lastBlank = true
        continue
      }
      lastBlank = false
      key.append(LayoutBytes.isDigit(c) ? 0x23 : c)
    }
    return key
  }
}

/// What a line made only of header atoms carries.
struct HeaderShape {
  var house = false
  var wahlperiode = false
  var drucksache = false
  var page = false
  var date = false
  var dashed = false

  /// Nothing but a page number (and dashes): `- 2 -`, `– 3 –`, `4`, `Seite 5 von 9`.
  var isOnlyPage: Bool { page && !house && !wahlperiode && !drucksache && !date }

  /// The atoms of two lines taken together.
  func combined(with other: HeaderShape) -> HeaderShape {
    var c = self
    c.house = house || other.house
    c.wahlperiode = wahlperiode || other.wahlperiode
    c.drucksache = drucksache || other.drucksache
    c.page = page || other.page
    c.date = date || other.date
    c.dashed = dashed || other.dashed
    return c
  }

  /// Enough to be a running header anywhere in the text.
  var isStrongHeader: Bool {
    (house && (wahlperiode || drucksache)) || (wahlperiode && drucksache)
      || (page && (drucksache || wahlperiode))
  }

  /// Parliament names word by word (folded to lower case); the house words among them.
  static let nameWords: Set<[UInt8]> = Set(
    [
      "landtag", "bundestag", "bundesrat", "abgeordnetenhaus", "bürgerschaft", "deutscher",
      "des", "der", "von", "und", "freien", "hansestadt", "bremische", "hamburgische",
      "saarlandes", "nordrhein-westfalen", "baden-württemberg", "bayerischer", "berlin",
      "brandenburg", "hamburg", "hessischer", "mecklenburg-vorpommern", "niedersächsischer",
      "rheinland-pfalz", "sächsischer", "sachsen-anhalt", "schleswig-holsteinischer",
      "thüringer",
    ].map { Array($0.utf8) })
  static let houseWords: Set<[UInt8]> = Set(
    ["landtag", "bundestag", "bundesrat", "abgeordnetenhaus", "bürgerschaft"].map {
      Array($0.utf8)
    })
  /// The sets above as `WordTable`s: hashing a `[UInt8]` for `Set` cost more than the rest
  /// of a header line's check. Words come folded, so the table's ASCII case-insensitivity
  /// changes nothing.
  private static let nameWordTable = wordTable(nameWords)
  private static let houseWordTable = wordTable(houseWords)
  private static let drucksacheWordTable = wordTable(drucksacheWords)

  private static func wordTable(_ words: Set<[UInt8]>) -> WordTable<Bool> {
    WordTable(words.map { String(decoding: $0, as: UTF8.self) })
  }

  private static func isIn(_ table: WordTable<Bool>, _ w: ArraySlice<UInt8>) -> Bool {
    w.withUnsafeBufferPointer { table.value($0, 0, $0.count) != nil }
  }

  private static let wahlperiodeWord = Array("wahlperiode".utf8)
  private static let seiteWord = Array("seite".utf8)
  private static let vonWord = Array("von".utf8)
  private static let drucksacheWords: Set<[UInt8]> = Set(
    ["drucksache", "drs.", "drucksache:"].map { Array($0.utf8) })

  /// The line's atoms, or nil when anything else stands on it.
  /// Words a header line may start with (besides digits, dashes and parentheses).
  private static let firstWords: [[UInt8]] =
    nameWords.filter { !["des", "der", "von", "und"].map { Array($0.utf8) }.contains($0) }
    + drucksacheWords + [wahlperiodeWord, seiteWord]

  private static let firstWordsByByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for w in firstWords { table[Int(w[0])].append(w) }
    return table
  }()

  /// A cheap test on the first word that turns away nearly all running text.
  static func mayStart(_ b: [UInt8], _ line: SourceLine) -> Bool {
    let c = b[line.start]
    if LayoutBytes.isDigit(c) || c == 0x2D || c == 0x28 || c == 0xE2 { return true }
    var e = line.start
    while e < line.end && !LayoutBytes.isBlank(b[e]) { e += 1 }
    let first = line.start..<e
    for w in firstWordsByByte[Int(c | 0x20)] where w.count == first.count {
      if LayoutBytes.equalsFolded(b, first, w) { return true }
    }
    return false
  }

  /// The letter words an atom may be (folded), by first byte.
  private static let atomWordsByByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    let words =
      Array(nameWords) + Array(drucksacheWords)
      + [wahlperiodeWord, wahlperiodeWord + [0x2C], seiteWord, vonWord]
    for w in words { table[Int(w[0])].append(w) }
    return table
  }()

  /// A cheap necessary condition for `init`, without allocating: at most 16 words, and
  /// each one could be an atom or part of one (starts with a digit, a dash, `(`, `|`, `·`,
  /// or is one of the atom words). `init` gives up on any other word, so running text that
  /// passes `mayStart` (a numbered question, a quotation) is turned away here for less.
  static func mayBeAtoms(_ b: [UInt8], _ line: SourceLine) -> Bool {
    var i = line.start
    var count = 0
    while i < line.end {
      while i < line.end && LayoutBytes.isBlank(b[i]) { i += 1 }
      guard i < line.end else { break }
      let s = i
      while i < line.end && !LayoutBytes.isBlank(b[i]) { i += 1 }
      count += 1
      guard count <= 16 else { return false }
      let c = b[s]
      if LayoutBytes.isDigit(c) || c == 0x2D || c == 0x28 || c == 0x7C || c == 0xE2 || c == 0xC2 {
        continue
      }
      let candidates = atomWordsByByte[Int(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)]
      guard candidates.contains(where: { LayoutBytes.equalsFolded(b, s..<i, $0) }) else {
        return false
      }
    }
    return true
  }

  init?(_ b: [UInt8], _ line: SourceLine) {
    guard Self.mayStart(b, line), Self.mayBeAtoms(b, line) else { return nil }
    // The line folded once; its words are slices of it. Folding never joins or splits at a
    // blank, so each slice is what folding the word alone would give.
    let folded = LayoutBytes.folded(b, line.start, line.end)
    let tokens = LayoutBytes.tokens(folded, 0, folded.count)
    guard tokens.count <= 16 else { return nil }
    func word(_ k: Int) -> ArraySlice<UInt8> { folded[tokens[k]] }
    var i = 0
    while i < tokens.count {
      let w = word(i)
      let next = i + 1 < tokens.count ? word(i + 1) : nil
      if Self.isIn(Self.nameWordTable, w) {
        if Self.isIn(Self.houseWordTable, w) { house = true }
        i += 1
      } else if w.elementsEqual(Self.wahlperiodeWord) || w.elementsEqual(Self.wahlperiodeComma) {
        wahlperiode = true
        i += 1
      } else if Self.isOrdinal(w), let n = next, n.elementsEqual(Self.wahlperiodeWord) {
        wahlperiode = true
        i += 2
      } else if Self.isOrdinalWahlperiode(w) {
        wahlperiode = true
        i += 1
      } else if Self.isOrdinal(w), i + 2 < tokens.count, Self.isOrdinal(word(i + 1)),
        Self.isDigits(word(i + 2), 4...4)
      {
        date = true  // `12. 04. 2013`, as older Bundestag papers print it
        i += 3
      } else if Self.isIn(Self.drucksacheWordTable, w), let n = next, Self.isDocumentNumber(n) {
        drucksache = true
        i += 2
      } else if drucksache, w.first == 0x28, w.last == 0x29,
        Self.isDocumentNumber(w.dropFirst().dropLast())
      {
        i += 1  // `(15/1217)`, the question's number beside the answer's
      } else if Self.isDate(w) {
        date = true
        i += 1
      } else if Self.isDash(w) {
        dashed = true
        i += 1
      } else if Self.isDigits(w, 1...4) {
        page = true
        i += 1
      } else if Self.isDashWrappedDigits(w) {
        page = true
        dashed = true
        i += 1
      } else if w.elementsEqual(Self.seiteWord), let n = next, Self.isDigits(n, 1...4) {
        page = true
        dashed = true  // `Seite 2` is as explicit as `- 2 -`
        i += 2
        if i + 1 < tokens.count, word(i).elementsEqual(Self.vonWord),
          Self.isDigits(word(i + 1), 1...4)
        {
          i += 2
        }
      } else {
        return nil
      }
    }
    guard house || wahlperiode || drucksache || page || date else { return nil }
  }

  private static let wahlperiodeComma = wahlperiodeWord + [0x2C]

  static func isDigits(_ w: ArraySlice<UInt8>, _ count: ClosedRange<Int>) -> Bool {
    count.contains(w.count) && w.allSatisfy(LayoutBytes.isDigit)
  }

  static func isOrdinal(_ w: ArraySlice<UInt8>) -> Bool {
    w.count >= 2 && w.count <= 3 && w.last == 0x2E && isDigits(w.dropLast(), 1...2)
  }

  static func isOrdinalWahlperiode(_ w: ArraySlice<UInt8>) -> Bool {
    guard let dot = w.firstIndex(of: 0x2E) else { return false }
    return isDigits(w[..<dot], 1...2) && w[(dot + 1)...].elementsEqual(wahlperiodeWord)
  }

  /// `16/3287`, also with a trailing comma.
  static func isDocumentNumber(_ w: ArraySlice<UInt8>) -> Bool {
    let w = w.last == 0x2C ? w.dropLast() : w
    guard let slash = w.firstIndex(of: 0x2F) else { return false }
    return isDigits(w[..<slash], 1...3) && isDigits(w[(slash + 1)...], 1...6)
  }

  /// `09.10.2012`, `9.10.12`.
  static func isDate(_ w: ArraySlice<UInt8>) -> Bool {
    let w = w.last == 0x2C ? w.dropLast() : w
    // Exactly three parts between dots.
    guard let first = w.firstIndex(of: 0x2E),
      let second = w[(first + 1)...].firstIndex(of: 0x2E),
      !w[(second + 1)...].contains(0x2E)
    else { return false }
    let year = w[(second + 1)...]
    return isDigits(w[..<first], 1...2) && isDigits(w[(first + 1)..<second], 1...2)
      && (isDigits(year, 2...2) || isDigits(year, 4...4))
  }

  private static let dashes: [[UInt8]] = ["-", "–", "—"].map { Array($0.utf8) }

  /// Separators between header parts: dashes, `·`, `|`, `•`.
  private static let separators: [[UInt8]] = ["-", "–", "—", "·", "|", "•"].map { Array($0.utf8) }

  static func isDash(_ w: ArraySlice<UInt8>) -> Bool {
    separators.contains { $0.elementsEqual(w) }
  }

  /// `-2-`, `–2–`: a page number with its dashes glued on.
  static func isDashWrappedDigits(_ w: ArraySlice<UInt8>) -> Bool {
    for d in dashes where w.count > 2 * d.count {
      if w.starts(with: d) && w.suffix(d.count).elementsEqual(d) {
        if isDigits(w.dropFirst(d.count).dropLast(d.count), 1...4) { return true }
      }
    }
    return false
  }
}

/// Publisher's lines that are no part of a paper's text.
enum Boilerplate {
  private static let datumDesOriginals = Array("Datum des Originals".utf8)
  private static let ausgegeben = Array("Ausgegeben".utf8)
  private static let vorabfassung = Array("Vorabfassung".utf8)
  private static let lektoriert = Array("lektorierte".utf8)
  private static let gesamtherstellung = Array("Gesamtherstellung:".utf8)
  private static let vertrieb = Array("Vertrieb:".utf8)
  private static let issn = Array("ISSN ".utf8)
  private static let dieVer = Array("Die Ver".utf8)
  private static let veroeffentlichungen = Array("ffentlichungen des Landtag".utf8)
  private static let landtagWeb = Array("www.landtag".utf8)
  private static let neudruck = Array("Neudruck".utf8)

  /// `Datum des Originals: …/Ausgegeben: …`, Saarland `Ausgegeben: 12.03.2015 (15.01.2015)`,
  /// Bundestag `Vorabfassung - wird durch die lektorierte Version ersetzt.`, and the
  /// Bundestag imprint (`Gesamtherstellung:`, `Vertrieb:`, `ISSN`).
  static func isBoilerplateLine(_ b: [UInt8], _ line: SourceLine) -> Bool {
    let s = line.start
    let e = line.end
    // Every prefix below starts with D, A, V, G or I: other lines need none of them.
    guard s < e else { return false }
    switch b[s] {
    case 0x44, 0x41, 0x56, 0x47, 0x49: break
    default: return false
    }
    if LayoutBytes.hasPrefix(b, s, e, datumDesOriginals) { return true }
    if LayoutBytes.hasPrefix(b, s, e, ausgegeben), line.length <= 80,
      (s..<e).contains(where: { LayoutBytes.isDigit(b[$0]) })
    {
      return true
    }
    if LayoutBytes.hasPrefix(b, s, e, vorabfassung) && LayoutBytes.contains(b, s, e, lektoriert) {
      return true
    }
    return LayoutBytes.hasPrefix(b, s, e, gesamtherstellung)
      || LayoutBytes.hasPrefix(b, s, e, vertrieb)
      || LayoutBytes.hasPrefix(b, s, e, issn)
  }

  /// `Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine
  /// Schutzgebühr …`
  static func isFooterBlockStart(_ b: [UInt8], _ line: SourceLine) -> Bool {
    line.start < line.end && b[line.start] == 0x44
      && LayoutBytes.hasPrefix(b, line.start, line.end, dieVer)
      && LayoutBytes.contains(b, line.start, line.end, veroeffentlichungen)
  }

  static func endsFooterBlock(_ b: [UInt8], _ line: SourceLine) -> Bool {
    LayoutBytes.contains(b, line.start, line.end, landtagWeb)
  }

  /// `Neudruck`, `2. Neudruck`: part of the text, but may stand inside the title block.
  static func isNeudruck(_ b: [UInt8], _ line: SourceLine) -> Bool {
    guard line.length <= 14 else { return false }
    var s = line.start
    while s < line.end && (LayoutBytes.isDigit(b[s]) || b[s] == 0x2E || b[s] == 0x20) { s += 1 }
    return LayoutBytes.hasPrefix(b, s, line.end, neudruck) && line.end - s == neudruck.count
  }
}
