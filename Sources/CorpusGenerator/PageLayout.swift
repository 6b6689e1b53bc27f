/// Lays paragraphs out as pdftotext writes them: lines of ~90 characters with a trailing
/// space, long words hyphenated at the line end, and page furniture (footer, form feed,
/// running header, page number) wherever a page fills up, mid-sentence included.
struct PageLayout {
  /// The running header of every page after the first; `page` is the page's number.
  var runningHeader: (_ page: Int) -> [String]
  /// Lines printed at the foot of the first page.
  var firstPageFooter: [String]
  var width: Int
  var linesPerPage: Int

  private(set) var lines: [String] = []
  private var linesOnPage = 0
  private var page = 1

  init(
    width: Int, linesPerPage: Int, firstPageFooter: [String],
    runningHeader: @escaping (_ page: Int) -> [String]
  ) {
    self.width = width
    self.linesPerPage = linesPerPage
    self.firstPageFooter = firstPageFooter
    self.runningHeader = runningHeader
  }

  /// A line as it is (title blocks, headings); an empty string is a blank line. pdftotext
  /// ends every line with a space except those ending in a hyphen.
  mutating func line(_ text: String) {
    lines.append(text.hasSuffix("-") ? text : text + " ")
    linesOnPage += 1
    if linesOnPage >= linesPerPage { breakPage() }
  }

  mutating func blank(_ count: Int = 1) {
    for _ in 0..<count { line("") }
  }

  /// A paragraph wrapped to the width; words of letters only may be hyphenated at the end.
  mutating func paragraph(_ text: String, rng: inout SplitMix) {
    // Lengths are counted in characters once per word; String.count on the growing line
    // would make wrapping quadratic.
    var current = ""
    var currentCount = 0
    for word in text.split(separator: " ") {
      let w = String(word)
      let wCount = w.count
      if currentCount == 0 {
        current = w
        currentCount = wCount
        continue
      }
      if currentCount + 1 + wCount <= width {
        current += " " + w
        currentCount += 1 + wCount
        continue
      }
      let room = width - currentCount - 2
      if wCount >= 9, room >= 4, w.allSatisfy(\.isLetter), rng.chance(60) {
        let letters = Array(w)
        let cut = min(room, letters.count - 4)
        if cut >= 4, letters[cut].isLowercase {
          line(current + " " + String(letters[..<cut]) + "-")
          current = String(letters[cut...])
          currentCount = letters.count - cut
          continue
        }
      }
      line(current)
      current = w
      currentCount = wCount
    }
    if currentCount > 0 { line(current) }
  }

  private mutating func breakPage() {
    if page == 1 {
      lines.append(contentsOf: [" ", " "])
      lines.append(contentsOf: firstPageFooter.map { $0 + " " })
    }
    page += 1
    let header = runningHeader(page)
    lines.append("\u{0C}" + header[0] + " ")
    lines.append(contentsOf: header.dropFirst().map { $0 + " " })
    linesOnPage = 0
  }

  /// The finished text: LF line ends, ending in a form feed like pdftotext output.
  var text: String { lines.joined(separator: "\n") + "\n\u{0C}" }
}
