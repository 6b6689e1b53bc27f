import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Corrections and version diffs found at ingest, reported by `corrections` and `diff`: the
/// real binary on the user's own case (Kleine Anfrage 421 and its answer) and on a Neudruck.
@Suite struct CorrectionsCommandTests {
  static let question = "Fixtures/text/nw_16_850_kleine_anfrage.txt"
  static let answer = "seeds/000_65a9724eb37073ec.txt"
  static let antrag = "Fixtures/text/nw_17_3125_antrag.txt"
  static let neudruck = "Fixtures/text/nw_17_3125_antrag_neudruck.txt"

  /// `corrections --format json` of a store, parsed.
  func corrections(_ store: String) throws -> [[String: Any]] {
    let run = try fundstelle(["corrections", "--store", store, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
  }

  func passage(_ correction: [String: Any], _ side: String) -> (document: String, text: String) {
    let passage = correction[side] as? [String: Any]
    return (passage?["document"] as? String ?? "", passage?["text"] as? String ?? "")
  }

  /// Exactly the two corrections a careful reader finds, whichever paper comes first, in
  /// two runs or in one; ingesting everything again adds none.
  @Test(arguments: [
    [[Self.question], [Self.answer]], [[Self.answer], [Self.question]],
    [[Self.question, Self.answer]], [[Self.answer, Self.question]],
  ])
  func theUsersCaseGivesItsTwoCorrectionsInAnyOrder(runs: [[String]]) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    var found: [String] = []
    for files in runs {
      let run = try fundstelle(["ingest", "--quiet", "--store", store] + files)
      #expect(run.status == 0, "\(run.stderr)")
      found += run.stdout.split(separator: "\n").filter { $0.hasPrefix("found ") }.map(String.init)
    }
    #expect(found.last == "found 2 new corrections, 0 version changes", "\(found)")

    let all = try corrections(store)
    #expect(all.count == 2, "\(all)")
    let byKind = Dictionary(grouping: all) { $0["kind"] as? String ?? "" }
    let misattribution = try #require(byKind["misattribution"]?.first)
    #expect(passage(misattribution, "claim").document == "nw/drs/16/850")
    #expect(passage(misattribution, "claim").text.contains("Initiative des Bundes"))
    #expect(passage(misattribution, "correction").document == "nw/antwort/16/850")
    #expect(passage(misattribution, "correction").text.hasPrefix("Dies beruht auf einem Irrtum."))
    #expect(
      passage(misattribution, "correction").text.contains(
        "war in der Presseerklärung nicht enthalten"))
    let premise = try #require(byKind["false-premise"]?.first)
    #expect(passage(premise, "claim").document == "nw/drs/16/850")
    #expect(passage(premise, "claim").text.contains("seit der Einführung"))
    #expect(
      passage(premise, "correction").text.hasPrefix(
        "Anonymisierte Bewerbungen sind nicht eingeführt worden."))
    for correction in all {
      for field in ["kind", "claim", "correction", "subject", "cue", "confidence", "explanation"] {
        #expect(correction[field] != nil, "correction without \(field)")
      }
    }

    // Again, and the two files copied elsewhere: same bytes, nothing new.
    let again = try fundstelle(["ingest", "--quiet", "--store", store, Self.answer, Self.question])
    #expect(again.stdout.contains("found 0 new corrections"), "\(again.stdout)")
    let copies = folder.appendingPathComponent("copies")
    try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
    for file in [Self.answer, Self.question] {
      try FileManager.default.copyItem(
        at: Repository.root.appendingPathComponent(file),
        to: copies.appendingPathComponent((file as NSString).lastPathComponent))
    }
    _ = try fundstelle(["ingest", "--quiet", "--store", store, copies.path])
    #expect(try corrections(store).count == 2)
  }

  /// The answer's Akoma Ntoso rendition beside its text quotes the same passages at other
  /// offsets: no further correction, and no version diff across formats.
  @Test(arguments: [false, true])
  func anotherRenditionOfTheAnswerAddsNothing(xmlFirst: Bool) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let xml = "Fixtures/xml/nw_antwort_16-850_akn.xml"
    let answers = xmlFirst ? [xml, Self.answer] : [Self.answer, xml]
    var summaries: [String] = []
    for files in [[Self.question], [answers[0]], [answers[1]]] {
      let run = try fundstelle(["ingest", "--quiet", "--store", store] + files)
      #expect(run.status == 0, "\(run.stderr)")
      summaries += run.stdout.split(separator: "\n").filter { $0.hasPrefix("found ") }.map(
        String.init)
    }
    #expect(
      summaries == [
        "found 0 new corrections, 0 version changes",
        "found 2 new corrections, 0 version changes",
        "found 0 new corrections, 0 version changes",
      ])
    let kinds = try corrections(store).map { $0["kind"] as? String ?? "" }
    #expect(kinds.sorted() == ["false-premise", "misattribution"])
  }

  /// A question without its answer, or an unrelated paper, gives no correction.
  @Test func papersWithoutPartnerGiveNoCorrections() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let run = try fundstelle([
      "ingest", "--quiet", "--store", store, Self.question, Self.antrag,
      "Fixtures/text/nw_16_2104_kleine_anfrage.txt",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("found 0 new corrections, 0 version changes"), "\(run.stdout)")
    #expect(try corrections(store).isEmpty)
  }

  /// The three changes of the Neudruck, as `kind old new`.
  static let neudruckChanges: Set<String> = [
    "number 1.028 1.082", "date 30. September 31. Oktober", "wording dauerhaft vollständig",
  ]

  func changes(ofDiffJSON stdout: String) throws -> (old: String, new: String, Set<String>) {
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    let changes = try #require(json["changes"] as? [[String: Any]])
    for change in changes {
      for field in ["kind", "old", "new", "context"] {
        #expect(change[field] != nil, "change without \(field)")
      }
    }
    let summary = changes.map {
      "\($0["kind"] as? String ?? "") \($0["old"] as? String ?? "") \($0["new"] as? String ?? "")"
    }
    return (json["old"] as? String ?? "", json["new"] as? String ?? "", Set(summary))
  }

  @Test func aNeudruckIsDiffedAtIngestAndByTheDiffCommand() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    _ = try fundstelle(["ingest", "--quiet", "--store", store, Self.antrag])
    let run = try fundstelle(["ingest", "--store", store, Self.neudruck])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("new version"), "\(run.stdout)")
    // The changed figure and date correct the first print: two self-corrections.
    #expect(run.stdout.contains("found 2 new corrections, 3 version changes"), "\(run.stdout)")

    let files = try fundstelle(["diff", "--format", "json", Self.antrag, Self.neudruck])
    #expect(files.status == 0, "\(files.stderr)")
    let fromFiles = try changes(ofDiffJSON: files.stdout)
    #expect(fromFiles.old == "nw/drs/17/3125")
    #expect(fromFiles.new == "nw/drs/17/3125@neudruck")
    #expect(fromFiles.2 == Self.neudruckChanges)

    // The store keeps the texts: the two stored versions diff the same.
    let stored = try fundstelle([
      "diff", "--store", store, "--format", "json", "nw/drs/17/3125", "nw/drs/17/3125@neudruck",
    ])
    #expect(stored.status == 0, "\(stored.stderr)")
    let fromStore = try changes(ofDiffJSON: stored.stdout)
    #expect(fromStore.old == "nw/drs/17/3125" && fromStore.new == "nw/drs/17/3125@neudruck")
    #expect(fromStore.2 == Self.neudruckChanges)

    let text = try fundstelle(["diff", Self.antrag, Self.neudruck])
    #expect(text.stdout.contains("„1.028“ → „1.082“"), "\(text.stdout)")
  }

  @Test func theHTMLReportIsOneSelfContainedPage() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    _ = try fundstelle(["ingest", "--quiet", "--store", store, Self.answer, Self.question])
    let page = folder.appendingPathComponent("report.html")
    let run = try fundstelle([
      "corrections", "--store", store, "--format", "html", "--output", page.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<html").count == 2)
    #expect(html.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>"))
    for outside in ["<script", "src=", "<link", "@import", "url("] {
      #expect(!html.contains(outside), "the page loads something: \(outside)")
    }
    #expect(html.contains("Dies beruht auf einem Irrtum."))
    #expect(html.contains("Anonymisierte Bewerbungen sind"))
    #expect(html.contains("nw/drs/16/850") && html.contains("nw/antwort/16/850"))

    let markdown = try fundstelle(["corrections", "--store", store, "--format", "markdown"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(markdown.stdout.contains("Dies beruht auf einem Irrtum."))
  }

  @Test func evaluatePrintsPrecisionAndRecall() throws {
    let run = try fundstelle(["evaluate", "Fixtures/eval"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("precision"), "\(run.stdout)")
    #expect(run.stdout.contains("version diff evaluation"), "\(run.stdout)")
  }

  @Test func aKeyThatIsNoFileAndNoStoredPaperGivesAClearError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    _ = try fundstelle(["ingest", "--quiet", "--store", store, Self.antrag])
    let run = try fundstelle(["diff", "--store", store, "nw/drs/17/3125", "nw/drs/17/9999"])
    #expect(run.status != 0 && !run.bySignal)
    #expect(run.stderr.contains("nw/drs/17/9999"), "\(run.stderr)")
  }

  /// The daemon links what it ingests too: the answer dropped after its question puts the
  /// two corrections into the outbox, one JSON object per line.
  @Test func theDaemonWritesNewCorrectionsToTheOutbox() async throws {
    let folder = URL(fileURLWithPath: "/tmp").appendingPathComponent(
      "fs-c-" + String(UUID().uuidString.prefix(8)))
    let inbox = folder.appendingPathComponent("inbox")
    try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outbox = folder.appendingPathComponent("outbox.jsonl")
    let log = folder.appendingPathComponent("daemon.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let daemon = Process()
    daemon.executableURL = try Repository.requireBinary()
    daemon.arguments = [
      "watch", inbox.path, "--store", folder.appendingPathComponent("s.sqlite").path,
      "--outbox", outbox.path, "--quiet-time", "100ms", "--polling", "on", "--poll-interval",
      "100ms",
    ]
    daemon.currentDirectoryURL = Repository.root
    let handle = try FileHandle(forWritingTo: log)
    daemon.standardError = handle
    daemon.standardOutput = handle
    try daemon.run()
    defer { if daemon.isRunning { kill(daemon.processIdentifier, SIGKILL) } }

    func lines() -> [String] {
      ((try? String(contentsOf: outbox, encoding: .utf8)) ?? "").split(separator: "\n").map(
        String.init)
    }
    func logText() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    func drop(_ file: String, as name: String) throws {
      let staging = folder.appendingPathComponent(name)
      try FileManager.default.copyItem(
        at: Repository.root.appendingPathComponent(file), to: staging)
      try FileManager.default.moveItem(at: staging, to: inbox.appendingPathComponent(name))
    }
    try drop(Self.question, as: "frage.txt")
    #expect(await eventually { logText().contains("nw/drs/16/850") }, "\(logText())")
    try drop(Self.answer, as: "antwort.txt")
    #expect(await eventually { lines().count == 2 }, "\(logText())")

    let kinds = try lines().map { line in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect((object["claim"] as? [String: Any])?["document"] as? String == "nw/drs/16/850")
      return object["kind"] as? String ?? ""
    }
    #expect(Set(kinds) == ["misattribution", "false-premise"])
  }
}

/// Waits, without blocking the test's thread, until `predicate` holds or a generous minute
/// has passed; returns whether it held.
func eventually(_ predicate: () -> Bool) async -> Bool {
  let deadline = Date(timeIntervalSinceNow: 60)
  while !predicate() {
    if Date() > deadline { return false }
    try? await Task.sleep(nanoseconds: 20_000_000)
  }
  return true
}
