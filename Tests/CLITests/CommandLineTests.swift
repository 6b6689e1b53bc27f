import Foundation
import TestSupport
import Testing

/// The command line as users and scripts meet it: the real binary, real papers.
@Suite struct CommandLineTests {
  @Test func showPrintsTheSeedsModelAsJSON() throws {
    let run = try fundstelle(["show", "--format", "json", "seeds/000_65a9724eb37073ec.txt"])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["key"] as? String == "nw/antwort/16/850")
    #expect(json["kind"] as? String == "antwort")
    let sections = try #require(json["sections"] as? [[String: Any]])
    #expect(sections.filter { $0["kind"] as? String == "question" }.count == 5)
  }

  /// Empty, binary and truncated-UTF-8 files: a clear message naming the file and the
  /// reason, a non-zero exit, never a crash.
  @Test(arguments: [
    ("empty.txt", [UInt8](), "empty"),
    ("blanks.txt", Array(" \n\n \t\n".utf8), "empty"),
    (
      "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48],
      "binary"
    ),
    (
      "cut.txt",
      Array("Antwort der Landesregierung auf die Kleine Anfrage 421 vom Gr".utf8) + [0xC3],
      "truncated"
    ),
  ])
  func badFilesGetAClearError(name: String, bytes: [UInt8], reason: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    for command in [["show"], ["refs"], ["ingest", "--store", folder.path + "/s.sqlite"]] {
      let run = try fundstelle(command + [file.path])
      #expect(!run.bySignal, "\(command) crashed on \(name)")
      #expect(run.status != 0, "\(command) accepted \(name)")
      #expect(run.stderr.contains(file.path), "\(command): \(run.stderr)")
      #expect(run.stderr.contains(reason), "\(command): \(run.stderr)")
    }
  }

  @Test func refsFollowTheJSONContract() throws {
    let run = try fundstelle(["refs", "--format", "json", "seeds/000_65a9724eb37073ec.txt"])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let document = try #require(json["document"] as? [String: Any])
    #expect(document["key"] as? String == "nw/antwort/16/850")
    let references = try #require(json["references"] as? [[String: Any]])
    for reference in references {
      for field in ["kind", "target", "text", "start", "end", "line", "relation", "status"] {
        #expect(reference[field] != nil, "reference without \(field)")
      }
    }
    let targets = Set(references.compactMap { $0["target"] as? String })
    #expect(targets.contains("nw/drs/16/850"))
    #expect(targets.contains("nw/vorlage/15/1144"))
  }

  /// Issue 3: ingesting an answer before its question gives the same graph as after.
  @Test func ingestOrderDoesNotChangeTheGraph() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let answer = "seeds/000_65a9724eb37073ec.txt"
    let question = "Fixtures/text/nw_16_850_kleine_anfrage.txt"
    var graphs: [String] = []
    for (i, order) in [[answer, question], [question, answer]].enumerated() {
      let store = folder.appendingPathComponent("order\(i).sqlite").path
      for paper in order {
        let run = try fundstelle(["ingest", "--quiet", "--store", store, paper])
        #expect(run.status == 0, "\(run.stderr)")
      }
      let graph = try fundstelle(["graph", "--store", store, "--format", "json"])
      #expect(graph.status == 0, "\(graph.stderr)")
      graphs.append(graph.stdout)
    }
    #expect(graphs[0] == graphs[1])
    #expect(graphs[0].contains("\"relation\": \"answers\""))
  }

  /// Issue 3: the GraphML export loads in networkx with the expected nodes and edges.
  @Test func graphMLLoadsInNetworkx() throws {
    guard let python = Python.withNetworkx() else {
      Issue.record("python3 with networkx is needed (apt-get install python3-networkx)")
      return
    }
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let ingest = try fundstelle([
      "ingest", "--quiet", "--store", store, "seeds", "Fixtures/text/nw_16_850_kleine_anfrage.txt",
    ])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let graphml = folder.appendingPathComponent("g.graphml").path
    let export = try fundstelle([
      "graph", "--store", store, "--format", "graphml", "--output", graphml,
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    check.arguments = [
      python, Repository.root.appendingPathComponent("Tests/StoreTests/check_graphml.py").path,
      graphml,
      "--node", "nw/antwort/16/850", "--node", "nw/drs/16/850", "--node", "nw/vorlage/15/1144",
      "--node", "press/mais/2010-12-21", "--edge", "nw/antwort/16/850", "nw/drs/16/850",
      "answers", "--edge", "nw/antwort/16/850", "nw/vorlage/15/1144", "cites",
      "--node-attr", "nw/drs/16/850", "status", "stored",
    ]
    try check.run()
    check.waitUntilExit()
    #expect(check.terminationStatus == 0)
  }

  /// `ingest` ends with the cheap counts of the store; `stats` gives the graph's too, in
  /// text and JSON, and they agree with the graph export.
  @Test func statsCountTheStoreAndItsGraph() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let ingest = try fundstelle([
      "ingest", "--quiet", "--store", store, "seeds", "Fixtures/text/nw_16_850_kleine_anfrage.txt",
    ])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let summary = try #require(ingest.stdout.split(separator: "\n").last)
    #expect(summary.hasPrefix("store \(store): 2 papers, 2 versions, "))
    #expect(summary.hasSuffix(" references (fundstelle stats for the graph)"))

    let json = try fundstelle(["stats", "--store", store, "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let stats = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Int])
    #expect(stats["papers"] == 2)
    let graph = try fundstelle(["graph", "--store", store, "--format", "json"])
    let exported = try #require(
      try JSONSerialization.jsonObject(with: Data(graph.stdout.utf8)) as? [String: [Any]])
    #expect(stats["edges"] == exported["edges"]?.count)
    let dangling = exported["nodes"]?.filter {
      ($0 as? [String: Any])?["status"] as? String == "dangling"
    }
    #expect(stats["danglingTargets"] == dangling?.count)
    #expect(summary.contains(" \(stats["references"] ?? -1) references "))

    let text = try fundstelle(["stats", "--store", store])
    #expect(text.stdout.contains("\(stats["edges"] ?? -1)  graph edges\n"))
    #expect(text.stdout.contains("  targets not ingested yet\n"))

    let missing = try fundstelle(["stats", "--store", folder.appendingPathComponent("x").path])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no store at"))
  }

  /// Ingesting the same folder again reads nothing again: each file is known by its bytes
  /// and reported as a duplicate of its paper without counting references; the store is
  /// unchanged.
  @Test func ingestingAgainKnowsEveryFileByItsBytes() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    let first = try fundstelle(["ingest", "--store", store, "seeds", "Fixtures/text"])
    #expect(first.status == 0, "\(first.stderr)")
    let again = try fundstelle(["ingest", "--store", store, "seeds", "Fixtures/text"])
    #expect(again.status == 0, "\(again.stderr)")
    let lines = again.stdout.split(separator: "\n").map(String.init)
    let papers = lines.filter { $0.hasSuffix(".txt") }
    #expect(papers.count == 12)
    #expect(papers.allSatisfy { $0.contains("    - refs  duplicate ") }, "\(papers)")
    #expect(
      lines.contains(
        "nw/drs/16/850                kleine-anfrage      - refs  duplicate   Fixtures/text/nw_16_850_kleine_anfrage.txt"
      ))
    #expect(lines.contains("read 12 papers: 0 new, 0 new versions, 12 already stored"))
    #expect(first.stdout.split(separator: "\n").last.map(String.init) == lines.last)
  }

  /// A paper whose parliament is not known cannot key "Drucksache 16/850": `refs` says on
  /// stderr which numbers it left out, naming the file, and `ingest` counts them.
  @Test func numbersLeftOutForWantOfAParliamentAreNamed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let paper = folder.appendingPathComponent("antrag.txt")
    try Data(
      """
      Antrag der Fraktion

      Wie in der Drucksache 16/850 und der Vorlage 16/1200 dargelegt, ist das Land zuständig
      (BT-Drs. 19/1234).

      """.utf8
    ).write(to: paper)
    let refs = try fundstelle([
      "refs", "--store", folder.appendingPathComponent("none").path, paper.path,
    ])
    #expect(refs.status == 0, "\(refs.stderr)")
    #expect(refs.stdout.contains("bt/drs/19/1234"))
    #expect(
      refs.stderr.contains(
        "note: \(paper.path): 2 paper numbers name no parliament, and the paper's own is not known"
      ), "\(refs.stderr)")
    #expect(refs.stderr.contains("„Drucksache 16/850“, „Vorlage 16/1200“"))

    let store = folder.appendingPathComponent("s.sqlite").path
    let ingest = try fundstelle(["ingest", "--quiet", "--store", store, paper.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stdout.contains("left out: 2 paper numbers naming no parliament, in 1 paper"))
  }

  /// An export that cannot be written says where and why, and leaves no half file.
  @Test func aFailedExportLeavesNoFileBehind() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    _ = try fundstelle(["ingest", "--quiet", "--store", store, "seeds"])
    for command in [["graph", "--format", "json"], ["corrections", "--format", "html"]] {
      let run = try fundstelle(command + ["--store", store, "--output", folder.path])
      #expect(run.status != 0)
      #expect(run.stderr.contains("cannot write \(folder.path)"), "\(run.stderr)")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left.allSatisfy { $0.hasPrefix("s.sqlite") }, "\(left)")
  }

  @Test func csvExportNeedsAFolder() throws {
    let run = try fundstelle(["graph", "--store", "/nonexistent/s.sqlite", "--format", "csv"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("/nonexistent/s.sqlite"))
  }
}

/// A python3 that can import networkx, if there is one.
enum Python {
  static func withNetworkx() -> String? {
    for candidate in ["/usr/bin/python3", "/usr/local/bin/python3", "python3"] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [candidate, "-c", "import networkx"]
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { continue }
      process.waitUntilExit()
      if process.terminationStatus == 0 { return candidate }
    }
    return nil
  }
}
