import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

/// Every text fixture and evaluation paper: claims lie inside the file, carry the paper's
/// date, and read as their normalized text says.
@Test func claimsOfEveryFixturePaperAreWellPlaced() throws {
  let fm = FileManager.default
  var urls: [URL] = []
  let text = Repository.fixture("text")
  for name in try fm.contentsOfDirectory(atPath: text.path) where name.hasSuffix(".txt") {
    urls.append(text.appendingPathComponent(name))
  }
  let eval = Repository.fixture("eval")
  if let walker = fm.enumerator(atPath: eval.path) {
    for case let path as String in walker where path.hasSuffix(".txt") {
      urls.append(eval.appendingPathComponent(path))
    }
  }
  #expect(urls.count > 40)
  var total = 0
  for url in urls {
    let bytes = [UInt8](try Data(contentsOf: url))
    let document = try TextPaperReader.read(bytes, path: url.lastPathComponent)
    for claim in ClaimExtractor.claims(in: document) {
      total += 1
      #expect(claim.span.end <= bytes.count, "\(url.lastPathComponent)")
      #expect(claim.paperDate == document.dates.effective)
      #expect(String(document.text.substring(claim.textRange)) == claim.text)
      #expect(!claim.subjectTerms.isEmpty)
    }
  }
  #expect(total > 300)
}

@Test(arguments: [
  ("1. Warum wurde das Landesprogramm Kultur und Schule abgeschafft?", "abschaff"),
  ("2. Wo bleibt der im Koalitionsvertrag angekündigte Erfahrungsbericht?", "ankündig"),
  (
    "3. Wie hat sich seit der Einführung der Studiengebühren die Zahl der Studierenden entwickelt?",
    "einführ"
  ),
  ("4. Gibt es bisher, wie 2010 auch angekündigt, auch einzelne Unternehmen?", "ankündig"),
])
func questionsPresuppose(_ question: String, _ event: String) throws {
  let q = try PaperBuilder.question(
    preamble: "Kultur ist wichtig für alle Schulen im Land.", questions: [question])
  let records = ClaimExtractor.records(in: q).filter { $0.claim.kind == .presupposition }
  #expect(records.count == 1)
  #expect(
    records.first?.trigger?.eventStems.contains(ByteHash.of(event)) == true,
    "\(records.map(\.trigger))")
}

@Test(arguments: [
  "1. Wie viele Schulen gibt es in Nordrhein-Westfalen?",
  "2. Plant die Landesregierung ein neues Förderprogramm?",
  "3. Was hat die Landesregierung in den vergangenen 20 Monaten getan?",
])
func openAndPolarQuestionsPresupposeNothing(_ question: String) throws {
  let q = try PaperBuilder.question(
    preamble: "Kultur ist wichtig für alle Schulen im Land.", questions: [question])
  #expect(ClaimExtractor.claims(in: q).allSatisfy { $0.kind != .presupposition })
}

@Test func statementsCarryHedgedFiguresDatesAndPolarity() throws {
  let q = try PaperBuilder.question(
    preamble: """
      Nach Angaben des Ministeriums wurden im Jahr 2012 rund 4,4 Mrd. Euro für knapp 1.256 Stellen ausgegeben. \
      Die Landesregierung hat keine weiteren Stellen geschaffen.
      """,
    questions: ["Wie viele Stellen sind geplant?"])
  let claims = ClaimExtractor.claims(in: q)
  let money = try #require(claims.first { $0.text.contains("4,4 Mrd. Euro") })
  #expect(money.quantities.map(\.hedge) == [.approximately, .justBelow])
  #expect(money.quantities.first?.value == 4.4e9)
  #expect(money.dates == [PartialDate(year: 2012)])
  #expect(money.polarity == .positive)
  #expect(money.sourceLabel != nil)
  let none = try #require(claims.first { $0.text.contains("keine weiteren") })
  #expect(none.polarity == .negative)
}
