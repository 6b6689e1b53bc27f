import DocumentModel

/// Cuts the text after the header into sections: Vorbemerkungen, numbered questions each
/// followed by its answer, signatures, and `body` for running text without finer structure.
///
/// One pass over the classified paragraphs (`ParagraphMarks`), so linear in the paper:
/// - a Vorbemerkung heading opens a preamble;
/// - "n. …" opens question n when n follows the last question (1 first, then up to three
///   ahead) and reads as a question; a paragraph that starts in lower case, or a question
///   mark after an unfinished line, continues it;
/// - the first other paragraph after a question opens its answer, for the questions that
///   "Die Fragen 1 und 2 werden … gemeinsam beantwortet" names if it says so;
/// - an answer heading ("Zu Frage 2:", "Zu den Fragen 6, 7, 8 und 10:") opens an answer;
///   where no question stands before it (the Saarland answer, whose question numbers
///   pdftotext lost), the paragraphs just before the heading are its questions, one per
///   number in the heading's order;
/// - trailing signature lines (place and date, "Mit freundlichen Grüßen", a minister's
///   title, the originators' names) form the signature.
enum SectionParser {
  struct Draft {
    var kind: Section.Kind
    var numbers: [Int] = []
    var heading: String? = nil
    var first: Int
    var last: Int
    /// The first paragraph is a heading and nothing else.
    var headingParagraph = false
  }

  static func sections(
    text: TextBytes, normalized: NormalizedText, paragraphs: [Paragraph], marks: [ParagraphMark],
    headerEnd: Int, kind: DocumentKind, originators: [Person]
  ) -> [Section] {
    let drafts = self.drafts(
      text: text, paragraphs: paragraphs, marks: marks, headerEnd: headerEnd, kind: kind,
      originators: originators)
    return drafts.map { d in
      let range = paragraphs[d.first].start..<paragraphs[d.last].end
      return Section(
        kind: d.kind, numbers: d.numbers, heading: d.heading, span: normalized.span(of: range),
        textRange: range)
    }
  }

  static func drafts(
    text: TextBytes, paragraphs: [Paragraph], marks: [ParagraphMark], headerEnd: Int,
    kind: DocumentKind, originators: [Person]
  ) -> [Draft] {
    var drafts: [Draft] = []
    let headerEnd = min(headerEnd, paragraphs.count)
    if headerEnd > 0 { drafts.append(Draft(kind: .header, first: 0, last: headerEnd - 1)) }
    let end = signatureStart(
      text: text, paragraphs: paragraphs, from: headerEnd, originators: originators)
    let isQuestionPaper = kind == .kleineAnfrage || kind == .grosseAnfrage
    var hasAnswerHeadings = false
    for i in headerEnd..<end {
      if case .answer = marks[i] {
        hasAnswerHeadings = true
        break
      }
    }

    var current: Draft? = nil
    var lastQuestion = 0
    var questionsSeen = false

    func close() {
      if let c = current { drafts.append(c) }
      current = nil
    }

    func heading(_ i: Int, _ length: Int) -> String {
      let p = paragraphs[i]
      var s = text.string(p.start, min(p.end, p.start + length))
      while let last = s.last, last == ":" || last == " " { s.removeLast() }
      return s
    }

    /// The paragraphs just before an answer heading are its questions (Saarland): as many
    /// as the heading has numbers, taken from the end of the open section.
    func carveQuestions(_ numbers: [Int]) {
      guard var c = current else { return }
      let keep =
        c.kind == .body || c.kind == .questionPreamble && c.heading == nil
        ? 0 : (c.headingParagraph ? 2 : 1)
      let available = max(0, c.last - c.first + 1 - keep)
      var taken: [Int] = []
      var j = c.last
      while taken.count < min(numbers.count, available) {
        let q = paragraphs[j]
        if text.length(q) > 600 && !text.contains(q, 0x3F) { break }
        taken.insert(j, at: 0)
        j -= 1
      }
      guard let firstTaken = taken.first else { return }
      c.last = firstTaken - 1
      current = nil
      if c.last >= c.first { drafts.append(c) }
      for (k, q) in taken.enumerated() {
        let assigned = k == taken.count - 1 ? Array(numbers[k...]) : [numbers[k]]
        drafts.append(Draft(kind: .question, numbers: assigned, first: q, last: q))
      }
    }

    var i = headerEnd
    while i < end {
      defer { i += 1 }
      let p = paragraphs[i]
      switch marks[i] {
      case .preamble(let k, let length):
        close()
        let sectionKind =
          k ?? bareVorbemerkung(kind: kind, drafts: drafts, marks: marks, from: i + 1, to: end)
        current = Draft(
          kind: sectionKind, heading: heading(i, length), first: i, last: i,
          headingParagraph: length >= text.length(p) - 1)
        continue
      case .question(let n, let questionLike, let headingOnly):
        let plausible =
          questionsSeen
          ? n > lastQuestion && n <= lastQuestion + 3
            && (questionLike || current?.kind != .answer)
          : n == 1 && questionLike
        if plausible {
          close()
          current = Draft(
            kind: .question, numbers: [n], first: i, last: i, headingParagraph: headingOnly)
          lastQuestion = n
          questionsSeen = true
          continue
        }
      case .answer(let numbers, let length):
        let label = heading(i, length)
        let whole = length >= text.length(p) - 1
        if let q = current, q.kind == .question {
          close()
          current = Draft(
            kind: .answer, numbers: numbers.isEmpty ? q.numbers : numbers, heading: label,
            first: i, last: i, headingParagraph: whole)
        } else {
          if !numbers.isEmpty { carveQuestions(numbers) }
          close()
          current = Draft(
            kind: .answer, numbers: numbers, heading: label, first: i, last: i,
            headingParagraph: whole)
        }
        lastQuestion = max(lastQuestion, numbers.max() ?? 0)
        questionsSeen = true
        continue
      case .jointAnswer(let numbers):
        if let q = current, q.kind == .question, !isQuestionPaper, !hasAnswerHeadings {
          close()
          current = Draft(kind: .answer, numbers: numbers, first: i, last: i)
          continue
        }
      case .none:
        break
      }
      // A paragraph without a mark of its own.
      guard var c = current else {
        current = Draft(
          kind: isQuestionPaper && !questionsSeen ? .questionPreamble : .body, first: i, last: i)
        continue
      }
      if c.kind == .question && !isQuestionPaper && !hasAnswerHeadings
        && !(c.headingParagraph && c.first == c.last)
        && !continuesQuestion(text, paragraphs[c.last], p)
      {
        close()
        current = Draft(kind: .answer, numbers: c.numbers, first: i, last: i)
        continue
      }
      c.last = i
      current = c
    }

    close()
    if end < paragraphs.count {
      drafts.append(Draft(kind: .signature, first: end, last: paragraphs.count - 1))
    }
    return drafts
  }

  /// A bare "Vorbemerkung": the question's in a question paper; in an answer the
  /// government's once the question's stood, else the question's if the government's
  /// follows.
  private static func bareVorbemerkung(
    kind: DocumentKind, drafts: [Draft], marks: [ParagraphMark], from: Int, to: Int
  ) -> Section.Kind {
    switch kind {
    case .kleineAnfrage, .grosseAnfrage:
      return .questionPreamble
    case .antwort:
      if drafts.contains(where: { $0.kind == .questionPreamble }) { return .governmentPreamble }
      var i = from
      while i < to {
        if case .preamble(let k, _) = marks[i] {
          return k == .governmentPreamble || k == nil ? .questionPreamble : .governmentPreamble
        }
        if case .question = marks[i] { break }
        i += 1
      }
      return .governmentPreamble
    default:
      return .body
    }
  }

  /// Whether `next` continues a question whose last paragraph is `last`: it starts in
  /// lower case ("für die interkulturelle Öffnung …?" after a blank line, "a) …"), or the
  /// question stopped without end punctuation and `next` ends in a question mark.
  static func continuesQuestion(_ text: TextBytes, _ last: Paragraph, _ next: Paragraph) -> Bool {
    guard next.start < next.end else { return false }
    let b = text.bytes[next.start]
    if b >= 0x61 && b <= 0x7A { return true }
    if b == 0xC3 && next.start + 1 < next.end && text.bytes[next.start + 1] >= 0xA0 {
      return true
    }
    guard let end = text.lastSignificantByte(last) else { return false }
    let finished = end == 0x3F || end == 0x2E || end == 0x21 || end == 0x3A || end == 0x29
    return !finished && text.lastSignificantByte(next) == 0x3F && text.length(next) < 400
  }

  // MARK: Signature

  private static let signatureStarts = [
    "mit freundlichen grüßen", "in vertretung", "i. v.", "i.v.", "gez.", "für die landesregierung",
    "für die bundesregierung", "für die staatsregierung", "der minister", "die ministerin",
    "minister ", "ministerin ", "staatssekretär", "staatsminister", "ministerpräsident",
    "bundesminister", "senator", "die präsidentin", "der präsident",
  ]

  /// Where the trailing signature begins (`paragraphs.count` if there is none).
  static func signatureStart(
    text: TextBytes, paragraphs: [Paragraph], from: Int, originators: [Person]
  ) -> Int {
    let names = Set(originators.map { Fold.fold($0.name) })
    var s = paragraphs.count
    var taken = 0
    while s - 1 >= from && taken < 6 {
      let p = paragraphs[s - 1]
      guard text.length(p) <= 160 else { break }
      let f = text.folded(p)
      if isSignatureLine(f, names: names) || (taken > 0 && isNameLine(f)) {
        s -= 1
        taken += 1
        continue
      }
      break
    }
    // A signature is never the whole paper.
    return s <= from ? paragraphs.count : s
  }

  private static func isSignatureLine(_ f: [UInt8], names: Set<[UInt8]>) -> Bool {
    if names.contains(f) { return true }
    for start in signatureStarts where Match.hasPrefix(f, start) {
      return f.last != 0x3F && (f.count < 120)
    }
    // "Berlin, den 14. März 2022"
    if let at = Match.find(f, ", den "), at < 40, at + 6 < f.count, Match.isDigit(f[at + 6]) {
      return true
    }
    // "Dr. Konrad Hallberg, Annegret Vossbeck und Fraktion"
    let s = String(decoding: f, as: UTF8.self)
    if s.hasSuffix(" und fraktion") || s.hasSuffix(" und gruppe") { return true }
    // The originators' names, one after another: "Gregor Wienand Marita Schöllgen".
    return !names.isEmpty && consistsOfNames(f, names)
  }

  /// Whether `f` is nothing but names from `names`, separated by spaces, commas or "und".
  private static func consistsOfNames(_ f: [UInt8], _ names: Set<[UInt8]>) -> Bool {
    var i = 0
    var found = 0
    outer: while true {
      i = Match.skipSpaces(f, i)
      if i < f.count && f[i] == 0x2C {
        i += 1
        continue
      }
      if Match.has(f, "und ", at: i) {
        i += 4
        continue
      }
      if i >= f.count { break }
      for name in names where Match.has(f, name, at: i) {
        let end = i + name.count
        if end == f.count || !Match.isWordByte(f[end]) {
          i = end
          found += 1
          continue outer
        }
      }
      return false
    }
    return found > 0
  }

  /// A short line of two to five capitalised words: a name above a title.
  private static func isNameLine(_ f: [UInt8]) -> Bool {
    guard f.count <= 60, !f.contains(where: Match.isDigit), f.last != 0x3F, f.last != 0x3A
    else { return false }
    let words = f.split(separator: 0x20)
    return words.count >= 2 && words.count <= 5 && (f.last != 0x2E)
  }
}
