import DocumentModel
import Foundation
import TestSupport
import Testing
import TextIngest

@testable import Claims

private func readFixture(_ path: String) throws -> Document {
  try TextPaperReader.read(try Repository.fixtureBytes(path), path: path)
}

@Suite struct VersionDiffFixtureTests {
  /// The Neudruck of 17/3125: exactly the three changes its facts file lists, and nothing for
  /// the re-wrapped lines, the other hyphenation, the page break and the `Neudruck` marker.
  @Test func neudruckOf3125HasExactlyThreeChanges() throws {
    let old = try readFixture("text/nw_17_3125_antrag.txt")
    let new = try readFixture("text/nw_17_3125_antrag_neudruck.txt")
    let changes = VersionDiff().changes(old: old, new: new)
    for c in changes {
      print(c.kind, "|", c.old, "|", c.new, "|", c.oldSpan ?? "-", c.newSpan ?? "-")
    }
    #expect(changes.map(\.kind) == [.number, .wording, .date])
    #expect(changes.map(\.old) == ["1.028", "dauerhaft", "30. September"])
    #expect(changes.map(\.new) == ["1.082", "vollständig", "31. Oktober"])
    let newBytes = try Repository.fixtureBytes("text/nw_17_3125_antrag_neudruck.txt")
    let oldBytes = try Repository.fixtureBytes("text/nw_17_3125_antrag.txt")
    for c in changes {
      let n = try #require(c.newSpan)
      let o = try #require(c.oldSpan)
      #expect(String(decoding: newBytes[n.start..<n.end], as: UTF8.self) == c.new)
      #expect(String(decoding: oldBytes[o.start..<o.end], as: UTF8.self) == c.old)
    }
    #expect(changes[0].newSpan == Span(start: 579, end: 584))
    #expect(changes[0].context.contains("Fachkräfte der Schulsozialarbeit"))
  }
}

/// One edit of each kind inside a realistic paragraph.
struct KindCase: Sendable, CustomTestStringConvertible {
  var old: String
  var new: String
  var kind: Change.Kind
  var oldWords: String
  var newWords: String
  var testDescription: String { "\(kind): \(oldWords) → \(newWords)" }
}

private let lead =
  "Die Landesregierung hat dem Ausschuss für Schule und Bildung am 14. März 2018 berichtet.\n"

@Suite struct VersionDiffKindTests {
  static let cases: [KindCase] = [
    KindCase(
      old: lead + "Seit dem Jahr 2011 werden 1.028 Fachkräfte aus Landesmitteln finanziert.",
      new: lead + "Seit dem Jahr 2011 werden 1.082 Fachkräfte aus Landesmitteln finanziert.",
      kind: .number, oldWords: "1.028", newWords: "1.082"),
    KindCase(
      old: lead + "Die Kosten werden inzwischen auf rund 4,4 Mrd. Euro geschätzt.",
      new: lead + "Die Kosten werden inzwischen auf rund 4,6 Mrd. Euro geschätzt.",
      kind: .number, oldWords: "4,4", newWords: "4,6"),
    KindCase(
      old: lead + "An der Erprobung nehmen zwölf Kommunen teil.",
      new: lead + "An der Erprobung nehmen 15 Kommunen teil.",
      kind: .number, oldWords: "zwölf", newWords: "15"),
    KindCase(
      old: lead + "Das Konzept ist dem Landtag bis zum 30. September 2018 vorzulegen.",
      new: lead + "Das Konzept ist dem Landtag bis zum 31. Oktober 2018 vorzulegen.",
      kind: .date, oldWords: "30. September", newWords: "31. Oktober"),
    KindCase(
      old: lead + "Die Antwort wurde am 09.10.2012 übermittelt.",
      new: lead + "Die Antwort wurde am 10.10.2012 übermittelt.",
      kind: .date, oldWords: "09.10.2012", newWords: "10.10.2012"),
    KindCase(
      old: lead + "Das Pilotprojekt läuft seit dem 6. September 2012 in fünf Kommunen.",
      new: lead + "Das Pilotprojekt läuft seit dem 7. September 2012 in fünf Kommunen.",
      kind: .date, oldWords: "6", newWords: "7"),
    KindCase(
      old: lead + "Die Richtlinie ist im Jahr 2011 in Kraft getreten.",
      new: lead + "Die Richtlinie ist im Jahr 2012 in Kraft getreten.",
      kind: .date, oldWords: "2011", newWords: "2012"),
    KindCase(
      old: lead + "Hierzu hat Ministerin Yvonne Gebauer im Ausschuss ausführlich berichtet.",
      new: lead + "Hierzu hat Ministerin Sylvia Löhrmann im Ausschuss ausführlich berichtet.",
      kind: .name, oldWords: "Yvonne Gebauer", newWords: "Sylvia Löhrmann"),
    KindCase(
      old: lead + "Die Erprobung findet in der Stadt Bielefeld statt.",
      new: lead + "Die Erprobung findet in der Stadt Gütersloh statt.",
      kind: .name, oldWords: "Bielefeld", newWords: "Gütersloh"),
    KindCase(
      old: lead + "Der Antrag wurde von der Fraktion der CDU eingebracht.",
      new: lead + "Der Antrag wurde von der Fraktion der FDP eingebracht.",
      kind: .name, oldWords: "CDU", newWords: "FDP"),
    KindCase(
      old: lead + "Eine Anschlussfinanzierung ist bislang gesichert.",
      new: lead + "Eine Anschlussfinanzierung ist bislang nicht gesichert.",
      kind: .negation, oldWords: "", newWords: "nicht"),
    KindCase(
      old: lead + "Die Landesregierung hat hierzu ein Konzept vorgelegt.",
      new: lead + "Die Landesregierung hat hierzu kein Konzept vorgelegt.",
      kind: .negation, oldWords: "ein", newWords: "kein"),
    KindCase(
      old: lead + "Die Schulsozialarbeit ist dauerhaft aus Landesmitteln zu finanzieren.",
      new: lead + "Die Schulsozialarbeit ist vollständig aus Landesmitteln zu finanzieren.",
      kind: .wording, oldWords: "dauerhaft", newWords: "vollständig"),
    // A capitalised noun is not a name: German capitalises every noun.
    KindCase(
      old: lead + "Dem Landtag ist hierzu ein Konzept vorzulegen.",
      new: lead + "Dem Landtag ist hierzu ein Bericht vorzulegen.",
      kind: .wording, oldWords: "Konzept", newWords: "Bericht"),
    KindCase(
      old: lead + "Die Mittel werden den Kommunen bereitgestellt.",
      new: lead
        + "Die Mittel werden den Kommunen bereitgestellt. Über die Verwendung ist jährlich zu berichten.",
      kind: .added, oldWords: "", newWords: "Über die Verwendung ist jährlich zu berichten."),
    KindCase(
      old: lead + "Die Mittel werden bereitgestellt. Eine Evaluation ist nicht vorgesehen.",
      new: lead + "Die Mittel werden bereitgestellt.",
      kind: .removed, oldWords: "Eine Evaluation ist nicht vorgesehen.", newWords: ""),
  ]

  @Test(arguments: cases) func oneEditOneTypedChange(_ c: KindCase) throws {
    let changes = VersionDiff().changes(old: c.old, new: c.new)
    #expect(changes.count == 1, "\(changes)")
    let change = try #require(changes.first)
    #expect(change.kind == c.kind)
    #expect(change.old == c.oldWords)
    #expect(change.new == c.newWords)
    // Spans point at the words in the given strings.
    if let span = change.newSpan, !c.newWords.isEmpty {
      #expect(
        String(decoding: Array(c.new.utf8)[span.start..<span.end], as: UTF8.self) == c.newWords)
    }
    if let span = change.oldSpan, !c.oldWords.isEmpty {
      #expect(
        String(decoding: Array(c.old.utf8)[span.start..<span.end], as: UTF8.self) == c.oldWords)
    }
  }
}

/// Differences that are layout only: never a change.
struct LayoutCase: Sendable, CustomTestStringConvertible {
  var what: String
  var old: String
  var new: String
  var testDescription: String { what }
}

@Suite struct VersionDiffLayoutTests {
  static let cases: [LayoutCase] = [
    LayoutCase(
      what: "other spacing and a no-break space",
      old: lead + "Das Land stellt hierfür rund 47,7 Millionen Euro jährlich zur Verfügung.",
      new: lead + "Das Land  stellt hierfür rund 47,7\u{A0}Millionen Euro jährlich zur  Verfügung. "
    ),
    LayoutCase(
      what: "a soft hyphen",
      old: lead + "Die Schulsozialarbeit ist unverzichtbar geworden.",
      new: lead + "Die Schul\u{AD}sozialarbeit ist unverzichtbar geworden."),
    LayoutCase(
      what: "Drucksa- che against Drucksache",
      old: lead
        + "Die Landesregierung hat in ihrer Antwort (Drucksa- che 17/1234) eingeräumt, dass nichts gesichert ist.",
      new: lead
        + "Die Landesregierung hat in ihrer Antwort (Drucksache 17/1234) eingeräumt, dass nichts gesichert ist."
    ),
    LayoutCase(
      what: "a kept coordination hyphen before a line end",
      old: lead + "Die Mittel stammen aus dem Bildungs- und Teilhabepaket.",
      new: lead + "Die Mittel stammen aus dem Bildungs-   und Teilhabepaket."),
    LayoutCase(
      what: "a paragraph broken by a line the normalizer left in",
      old: lead
        + "Das Land stellt hierfür rund 47,7 Millionen Euro jährlich zur Verfügung. Die Förderung ist befristet.",
      new: lead
        + "Das Land stellt hierfür rund 47,7 Mil-\nlionen Euro jährlich zur Verfügung. Die Förderung ist befristet."
    ),
    LayoutCase(
      what: "a Neudruck marker",
      old: "Drucksache 17/3125\n26.06.2018\n" + lead,
      new: "Drucksache 17/3125\n26.06.2018\nNeudruck\n" + lead),
    LayoutCase(
      what: "a Vorabfassung marker",
      old: "Vorabfassung - wird durch die lektorierte Version ersetzt.\n" + lead
        + "Die Antwort folgt.",
      new: lead + "Die Antwort folgt."),
  ]

  @Test(arguments: cases) func layoutIsNoChange(_ c: LayoutCase) {
    #expect(VersionDiff().changes(old: c.old, new: c.new).isEmpty)
  }

  @Test func identicalTextsHaveNoChanges() throws {
    let text = try String(
      contentsOf: Repository.fixture("text/bt_19_4711_antwort.txt"), encoding: .utf8)
    #expect(VersionDiff().changes(old: text, new: text).isEmpty)
  }
}

@Suite struct VersionDiffMoveTests {
  static let paragraphs = [
    "I. Ausgangslage",
    "Schulsozialarbeit ist an den Schulen in Nordrhein-Westfalen unverzichtbar geworden. Seit dem Jahr 2011 werden 1.028 Fachkräfte finanziert.",
    "Die Landesregierung hat in ihrer Antwort eingeräumt, dass eine Anschlussfinanzierung bislang nicht gesichert ist.",
    "II. Der Landtag stellt fest:",
    "Schulsozialarbeit ist ein fester Bestandteil eines gelingenden Schullebens. Sie ist Teil des pädagogischen Angebots der Schulen.",
    "III. Der Landtag beauftragt die Landesregierung,",
    "dem Landtag bis zum 30. September 2018 ein Konzept für die Anschlussfinanzierung vorzulegen.",
  ]

  /// A paragraph of two sentences moved up: one `move`, not removed + added.
  @Test func movedParagraphIsOneMove() throws {
    var moved = Self.paragraphs
    let p = moved.remove(at: 4)
    moved.insert(p, at: 1)
    let changes = VersionDiff().changes(
      old: Self.paragraphs.joined(separator: "\n"), new: moved.joined(separator: "\n"))
    #expect(changes.count == 1, "\(changes)")
    let change = try #require(changes.first)
    #expect(change.kind == .move)
    #expect(change.old == Self.paragraphs[4])
    #expect(change.new == Self.paragraphs[4])
  }

  /// A move and an edit elsewhere are reported apart.
  @Test func moveAndEdit() {
    var moved = Self.paragraphs
    let p = moved.remove(at: 2)
    moved.append(p)
    moved = moved.map { $0.replacingOccurrences(of: "30. September", with: "31. Oktober") }
    let changes = VersionDiff().changes(
      old: Self.paragraphs.joined(separator: "\n"), new: moved.joined(separator: "\n"))
    #expect(changes.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.date, .move])
  }
}

extension VersionDiffMoveTests {
  /// A paragraph moved and edited on the way: the move, and the edit inside it.
  @Test func movedAndEditedParagraph() throws {
    var moved = Self.paragraphs
    let p = moved.remove(at: 6)
    moved.insert(p.replacingOccurrences(of: "30. September", with: "31. Oktober"), at: 2)
    let changes = VersionDiff().changes(
      old: Self.paragraphs.joined(separator: "\n"), new: moved.joined(separator: "\n"))
    #expect(changes.map(\.kind) == [.move, .date], "\(changes)")
    #expect(changes.last?.old == "30. September")
    #expect(changes.last?.new == "31. Oktober")
    #expect(changes.first?.old == Self.paragraphs[6])
  }
}

@Suite struct DiffBenchmarkTests {
  /// The benchmark's generated versions: the diff finds the moved paragraph and the edits.
  @Test func benchmarkTextsDiffSensibly() {
    let (old, new, edits) = DiffBenchmark.generate(bytes: 60_000)
    let changes = VersionDiff().changes(old: old, new: new)
    #expect(changes.filter { $0.kind == .move }.count == 1)
    #expect(changes.count >= edits - 1)
    #expect(changes.count <= edits * 2)
    print(DiffBenchmark.run(megabytes: 1))
  }
}

@Suite struct VersionDiffRobustnessTests {
  /// Two unrelated papers: everything is added or removed, spans stay inside the files.
  @Test func unrelatedPapers() throws {
    let oldPath = "text/bt_19_4711_antwort.txt"
    let newPath = "text/nw_17_3125_antrag.txt"
    let old = try readFixture(oldPath)
    let new = try readFixture(newPath)
    let changes = VersionDiff().changes(old: old, new: new)
    #expect(changes.contains { $0.kind == .removed })
    #expect(changes.contains { $0.kind == .added })
    #expect(!changes.contains { $0.kind == .move })
    let oldCount = try Repository.fixtureBytes(oldPath).count
    let newCount = try Repository.fixtureBytes(newPath).count
    for c in changes {
      if let s = c.oldSpan { #expect(s.end <= oldCount) }
      if let s = c.newSpan { #expect(s.end <= newCount) }
    }
  }

  @Test(arguments: [("", ""), ("", "Ein Satz."), ("Ein Satz.", ""), ("\n\n\n", " \n")])
  func emptyAndBlankTexts(_ old: String, _ new: String) {
    let changes = VersionDiff().changes(old: old, new: new)
    #expect(changes.count == ((old + new).contains("Satz") ? 1 : 0))
  }
}
