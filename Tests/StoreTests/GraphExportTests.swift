import DocumentModel
import Foundation
import Store
import TestSupport
import Testing

/// python3 with networkx, for reading GraphML and GEXF back as users' tools do.
enum Python {
  static let checker = Repository.root.appendingPathComponent("Tests/StoreTests/check_graphml.py")

  static let hasNetworkx: Bool = (try? run(["-c", "import networkx"]).status) == 0

  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite struct GraphExportTests {
  /// A title that needs escaping in every format: comma, quotes of both kinds, ampersand,
  /// angle brackets, umlauts, a line break and a form feed pdftotext left behind.
  static let awkwardTitle =
    "Kosten & Nutzen, „Anonymisierte Bewerbung“ <Pilot> \"Phase 2\" – Ärger über Öffnung\nZweite Zeile\u{0C}"

  /// The seed's Vorgang plus one paper with the awkward title that cites the question twice,
  /// quotes it once (a parallel edge of another relation) and cites the answer once.
  static func store() throws -> (TemporaryStore, PaperStore) {
    let temporary = try TemporaryStore()
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    try store.ingest(try Papers.seedAnswer())
    let text = """
      Drucksache 16/3100
      Antrag der Fraktion der FDP
      Wie die Kleine Anfrage 421 (Drucksache 16/850) und die Antwort (Drucksache 16/1087)
      zeigen, ist die Drucksache 16/850 noch offen. Die Fragestellerin schrieb dort:
      „Nach und nach sollen weitere Partner für die Initiative gewonnen werden.“

      """
    let document = Papers.document(
      text, key: "nw/drs/16/3100", kind: .antrag, title: awkwardTitle,
      date: PartialDate(year: 2013, month: 6))
    try store.ingest(
      StoredPaper(
        document: document,
        references: [
          try Papers.reference(
            "Drucksache 16/850", in: text, kind: .drucksache, target: "nw/drs/16/850",
            relation: .cites),
          try Papers.reference(
            "Drucksache 16/1087", in: text, kind: .drucksache, target: "nw/drs/16/1087",
            relation: .cites),
          try Papers.reference(
            "Drucksache 16/850", in: text, occurrence: 2, kind: .drucksache,
            target: "nw/drs/16/850", relation: .cites),
          try Papers.reference(
            "„Nach und nach sollen weitere Partner für die Initiative gewonnen werden.“", in: text,
            kind: .drucksache, target: "nw/drs/16/850", relation: .quotes),
        ]))
    return (temporary, store)
  }

  @Test func everyFormatNamesItsFiles() throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let graph = try store.graph()
    for format in GraphFormat.allCases {
      let files = GraphExporter.export(graph, as: format)
      if format == .csv {
        #expect(files.keys.sorted() == ["nodes.csv", "relationships.csv"])
      } else {
        #expect(files.keys.sorted() == ["graph.\(format.rawValue)"])
      }
      // Deterministic: the same store exports the same bytes.
      #expect(GraphExporter.export(try store.graph(), as: format) == files)
    }
  }

  /// What `fundstelle graph` writes: the store streamed into a writer that hands on text
  /// in pieces. Every format comes out as the export of the graph in memory, byte for
  /// byte, however small the pieces.
  @Test(arguments: GraphFormat.allCases)
  func streamingFromTheStoreWritesWhatTheGraphInMemoryExports(format: GraphFormat) throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let whole = GraphExporter.export(try store.graph(), as: format)
    for chunkBytes in [1, 100, 1 << 16] {
      var files: [String: String] = [:]
      var pieces = 0
      var writer = GraphWriter(format: format, chunkBytes: chunkBytes) { name, text in
        files[name, default: ""] += text
        pieces += 1
      }
      try store.graph(into: &writer)
      try writer.finish()
      #expect(files == whole, "chunks of \(chunkBytes) bytes")
      if chunkBytes == 1 { #expect(pieces > 20) }
    }
  }

  /// A failing sink (a full disk under an export) fails the export with its own error, not
  /// with a store error that would blame the database.
  @Test func aSinkErrorReachesTheCallerUnchanged() throws {
    struct DiskFull: Error {}
    struct FailingSink: GraphSink {
      var nodes = 0
      mutating func node(_ node: CitationGraph.Node) throws {
        nodes += 1
        if nodes == 3 { throw DiskFull() }
      }
      mutating func edge(_ edge: CitationGraph.Edge) throws {}
    }
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    var sink = FailingSink()
    #expect(throws: DiskFull.self) { try store.graph(into: &sink) }
    #expect(sink.nodes == 3)
  }

  @Test func jsonHasTheShapeDesignMdFixes() throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let json = try #require(GraphExporter.export(try store.graph(), as: .json)["graph.json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    let edges = try #require(object["edges"] as? [[String: Any]])

    for node in nodes {
      #expect(node["id"] is String)
      #expect(node["kind"] is String)
      #expect(node["status"] is String)
      #expect(node["title"] is String || node["title"] is NSNull)
    }
    let ids = nodes.compactMap { $0["id"] as? String }
    #expect(ids == ids.sorted())
    let antrag = try #require(nodes.first { $0["id"] as? String == "nw/drs/16/3100" })
    #expect(antrag["title"] as? String == Self.awkwardTitle)
    #expect(antrag["kind"] as? String == "antrag")
    #expect(antrag["status"] as? String == "stored")
    #expect(antrag["date"] as? String == "2013-06")
    #expect(antrag["wahlperiode"] as? Int == 16)
    let vorlage = try #require(nodes.first { $0["id"] as? String == "nw/vorlage/15/1144" })
    #expect(vorlage["status"] as? String == "dangling")
    #expect(vorlage["kind"] as? String == "vorlage")
    #expect(vorlage["title"] is NSNull)
    let law = try #require(nodes.first { $0["id"] as? String == "law/nw/tintg/§6/abs1" })
    #expect(law["kind"] as? String == "law")
    #expect(law["body"] as? String == "nw")
    #expect(
      nodes.first { $0["id"] as? String == "press/mais/2012-08-23" }?["kind"] as? String
        == "press-release")

    let twice = edges.first {
      $0["source"] as? String == "nw/drs/16/3100" && $0["target"] as? String == "nw/drs/16/850"
    }
    #expect(twice?["relation"] as? String == "cites")
    #expect(twice?["count"] as? Int == 2)
    #expect(edges.count == 11)
    // The internal reference of the answer is no edge, nor is any node a fragment.
    #expect(!ids.contains { $0.contains("#") })
  }

  @Test func csvFollowsTheNeo4jImportHeadersAndQuotesByRFC4180() throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let files = GraphExporter.export(try store.graph(), as: .csv)
    let nodes = try Self.parseCSV(try #require(files["nodes.csv"]))
    let relationships = try Self.parseCSV(try #require(files["relationships.csv"]))

    #expect(nodes.first == ["id:ID", "kind", "title", "status", ":LABEL"])
    #expect(relationships.first == [":START_ID", ":END_ID", ":TYPE", "count:int"])
    for record in nodes { #expect(record.count == 5) }
    for record in relationships { #expect(record.count == 4) }

    let antrag = try #require(nodes.first { $0.first == "nw/drs/16/3100" })
    // Line breaks become spaces for Neo4j; everything else survives the quoting.
    let flatTitle = Self.awkwardTitle.replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\u{0C}", with: " ")
    #expect(antrag == ["nw/drs/16/3100", "antrag", flatTitle, "stored", "Paper"])
    #expect(nodes.contains(["nw/vorlage/15/1144", "vorlage", "", "dangling", "Paper;Dangling"]))
    #expect(
      nodes.contains([
        "press/mais/2010-12-21", "press-release", "", "dangling", "PressRelease;Dangling",
      ]))
    #expect(
      relationships.contains(["nw/antwort/16/850", "law/nw/tintg/§1/nr7", "MENTIONS_LAW", "1"]))
    #expect(relationships.contains(["nw/drs/16/3100", "nw/drs/16/850", "CITES", "2"]))
    #expect(relationships.contains(["nw/drs/16/3100", "nw/drs/16/850", "QUOTES", "1"]))
    #expect(relationships.contains(["nw/antwort/16/850", "nw/drs/16/850", "ANSWERS", "1"]))
  }

  @Test func dotQuotesIdsAndEscapesTitles() throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let dot = try #require(GraphExporter.export(try store.graph(), as: .dot)["graph.dot"])
    let lines = dot.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "digraph \"fundstelle\" {")
    #expect(dot.hasSuffix("}\n"))
    // One line per node and edge: no raw line break or form feed inside a statement.
    #expect(lines.count == 2 + 9 + 11 + 2)
    #expect(!dot.contains("\u{0C}"))
    #expect(
      dot.contains(
        #"title="Kosten & Nutzen, „Anonymisierte Bewerbung“ <Pilot> \"Phase 2\" – Ärger über Öffnung\nZweite Zeile ""#
      ))
    #expect(
      dot.contains(
        #""nw/drs/16/3100" -> "nw/drs/16/850" [label="cites", relation="cites", count=2, weight=2];"#
      ))
    if let graphviz = Self.which("dot") {
      let result = try Self.run(graphviz, ["-Tcanon"], input: dot)
      #expect(result.status == 0, "graphviz rejects the DOT export: \(result.output)")
    }
  }

  @Test(
    .enabled(if: Python.hasNetworkx, "python3 with networkx is not installed; GraphML unchecked"))
  func graphMLLoadsInNetworkxWithTheExpectedNodesAndEdges() throws {
    try checkWithNetworkx(.graphml)
  }

  @Test(.enabled(if: Python.hasNetworkx, "python3 with networkx is not installed; GEXF unchecked"))
  func gexfLoadsInNetworkxWithTheExpectedNodesAndEdges() throws {
    try checkWithNetworkx(.gexf)
  }

  /// The checker itself must fail on a wrong expectation, or the two tests above prove
  /// nothing.
  @Test(.enabled(if: Python.hasNetworkx, "python3 with networkx is not installed"))
  func theNetworkxCheckerFailsOnAWrongExpectation() throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let file = temporary.directory.appendingPathComponent("graph.graphml")
    try #require(GraphExporter.export(try store.graph(), as: .graphml)["graph.graphml"]).write(
      to: file, atomically: true, encoding: .utf8)
    let wrongEdge = try Python.run([
      Python.checker.path, file.path, "--edge", "nw/drs/16/850", "nw/antwort/16/850",
    ])
    #expect(wrongEdge.status == 1)
    #expect(wrongEdge.output.contains("is missing"))
    let wrongCount = try Python.run([
      Python.checker.path, file.path, "--edge", "nw/drs/16/3100", "nw/drs/16/850", "cites", "3",
      "--nodes", "8",
    ])
    #expect(wrongCount.status == 1)
    #expect(wrongCount.output.contains("expected 3"))
    #expect(wrongCount.output.contains("9 nodes, expected 8"))
    let broken = temporary.directory.appendingPathComponent("broken.graphml")
    try "<graphml><graph>".write(to: broken, atomically: true, encoding: .utf8)
    #expect(try Python.run([Python.checker.path, broken.path]).status == 2)
  }

  private func checkWithNetworkx(_ format: GraphFormat) throws {
    let (temporary, store) = try Self.store()
    defer { temporary.remove() }
    let name = "graph.\(format.rawValue)"
    let content = try #require(GraphExporter.export(try store.graph(), as: format)[name])
    let file = temporary.directory.appendingPathComponent(name)
    try content.write(to: file, atomically: true, encoding: .utf8)
    let result = try Python.run([
      Python.checker.path, file.path,
      "--nodes", "9", "--edges", "11",
      "--node", "nw/drs/16/850", "--node", "nw/antwort/16/850", "--node", "nw/vorlage/15/1144",
      "--node", "press/mais/2010-12-21", "--node", "law/nw/tintg/§1/nr7",
      "--absent-node", "nw/ka/16/421", "--absent-node", "nw/antwort/16/850#frage-3",
      "--node-attr", "nw/drs/16/3100", "title",
      Self.awkwardTitle.replacingOccurrences(
        of: "\u{0C}", with: " "),
      "--node-attr", "nw/drs/16/850", "status", "stored",
      "--node-attr", "nw/drs/16/1087", "status", "dangling",
      "--node-attr", "nw/antwort/16/850", "kind", "antwort",
      "--node-attr", "nw/drs/16/3100", "wahlperiode", "16",
      "--edge", "nw/antwort/16/850", "nw/drs/16/850", "answers", "1",
      "--edge", "nw/drs/16/3100", "nw/drs/16/850", "cites", "2",
      "--edge", "nw/drs/16/3100", "nw/drs/16/850", "quotes", "1",
      "--edge", "nw/drs/16/3100", "nw/drs/16/1087", "cites", "1",
      "--edge", "nw/antwort/16/850", "law/nw/tintg/§6/abs1", "mentions-law", "1",
      "--edge", "nw/drs/16/850", "press/mais/2010-12-21", "cites", "2",
    ])
    #expect(result.status == 0, "\(result.output)")
  }

  // MARK: Helpers

  struct MalformedCSV: Error {}

  /// A strict RFC 4180 reader: fails on a stray quote, so a wrongly escaped field is caught.
  static func parseCSV(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var atFieldStart = true
    while let c = scalars.popFirst() {
      if atFieldStart && c == "\"" {
        // Quoted field: until a quote not followed by another quote.
        while true {
          guard let q = scalars.popFirst() else { throw MalformedCSV() }
          if q == "\"" {
            if scalars.first == "\"" {
              scalars.removeFirst()
              field.unicodeScalars.append("\"")
            } else {
              break
            }
          } else {
            field.unicodeScalars.append(q)
          }
        }
        guard let next = scalars.first, next == "," || next == "\n" else { throw MalformedCSV() }
        atFieldStart = false
        continue
      }
      switch c {
      case ",":
        record.append(field)
        field = ""
        atFieldStart = true
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
        atFieldStart = true
      case "\"":
        throw MalformedCSV()
      default:
        field.unicodeScalars.append(c)
        atFieldStart = false
      }
    }
    guard field.isEmpty, record.isEmpty else { throw MalformedCSV() }
    return records
  }

  static func which(_ tool: String) -> URL? {
    for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(tool)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  static func run(_ tool: URL, _ arguments: [String], input: String) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = tool
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
