/// The formats `fundstelle graph --format` writes.
public enum GraphFormat: String, CaseIterable, Sendable {
  /// GraphML with declared, typed keys: networkx `read_graphml`, Gephi, yEd.
  case graphml
  /// GEXF 1.3: Gephi, networkx `read_gexf`.
  case gexf
  /// Graphviz DOT.
  case dot
  /// `{"nodes": [{"id", "kind", "title", "status", …}], "edges": [{"source", "target",
  /// "relation", "count"}]}` as DESIGN.md fixes it.
  case json
  /// Neo4j admin-import CSV: `nodes.csv` and `relationships.csv`.
  case csv
}

/// Renders the citation graph in the export formats, a node or an edge at a time: fed by
/// `PaperStore.graph(into:)`, an export of any size is written with flat memory. Output
/// follows the graph's order (sorted by key), so two exports of the same store are
/// byte-identical and diff cleanly. Node labels (GraphML `label`, GEXF `label`, DOT `label`)
/// are the keys, short and unique; titles are attributes of their own.
///
/// Text is handed to `flush` in pieces of about `chunkBytes`, with the name of the file it
/// belongs to; `finish()` hands on the rest. CSV writes `nodes.csv` and `relationships.csv`;
/// every other format one file `graph.<format>`.
public struct GraphWriter: GraphSink {
  public let format: GraphFormat
  private let chunkBytes: Int
  private let flush: (_ file: String, _ text: String) throws -> Void
  private var nodeText = ""
  private var edgeText = ""
  private var nodeCount = 0
  private var edgeCount = 0
  private var startedEdges = false

  public init(
    format: GraphFormat, chunkBytes: Int = 1 << 16,
    flush: @escaping (_ file: String, _ text: String) throws -> Void
  ) {
    self.format = format
    self.chunkBytes = max(1, chunkBytes)
    self.flush = flush
    nodeText = Self.header(format)
    if format == .csv { edgeText = ":START_ID,:END_ID,:TYPE,count:int\n" }
  }

  /// The files the format writes.
  public var fileNames: [String] {
    format == .csv ? ["nodes.csv", "relationships.csv"] : ["graph.\(format.rawValue)"]
  }

  public mutating func node(_ node: CitationGraph.Node) throws {
    precondition(!startedEdges, "GraphWriter: every node comes before the first edge")
    Self.write(node, first: nodeCount == 0, as: format, to: &nodeText)
    nodeCount += 1
    try handOn(all: false)
  }

  public mutating func edge(_ edge: CitationGraph.Edge) throws {
    if !startedEdges { startEdges() }
    Self.write(edge, index: edgeCount, as: format, to: &edgeText)
    edgeCount += 1
    try handOn(all: false)
  }

  /// Writes the end of the format and hands on what is left. Call once, after the last edge.
  public mutating func finish() throws {
    if !startedEdges { startEdges() }
    Self.finishEdges(edgeCount, as: format, to: &edgeText)
    try handOn(all: true)
  }

  /// Between the nodes and the edges: one file's text goes on, CSV's second file begins.
  private mutating func startEdges() {
    startedEdges = true
    Self.finishNodes(nodeCount, as: format, to: &nodeText)
    if format != .csv {
      nodeText += edgeText
      edgeText = nodeText
      nodeText = ""
    }
  }

  /// Hands on the text written so far when it is long enough, or all of it when `all`.
  private mutating func handOn(all: Bool) throws {
    let names = fileNames
    if !nodeText.isEmpty, all || nodeText.utf8.count >= chunkBytes {
      try flush(names[0], nodeText)
      nodeText = ""
    }
    if !edgeText.isEmpty, all || edgeText.utf8.count >= chunkBytes {
      try flush(names[names.count - 1], edgeText)
      edgeText = ""
    }
  }
}

/// The export of a graph in memory: file name → content.
public enum GraphExporter {
  /// File name → content. CSV gives `nodes.csv` and `relationships.csv`; every other format
  /// one file `graph.<format>`.
  public static func export(_ graph: CitationGraph, as format: GraphFormat) -> [String: String] {
    var files: [String: String] = [:]
    var writer = GraphWriter(format: format) { name, text in files[name, default: ""] += text }
    for name in writer.fileNames { files[name] = "" }
    // Writing to memory cannot fail.
    try? feed(graph, to: &writer)
    return files
  }

  private static func feed(_ graph: CitationGraph, to writer: inout GraphWriter) throws {
    for node in graph.nodes { try writer.node(node) }
    for edge in graph.edges { try writer.edge(edge) }
    try writer.finish()
  }
}

extension GraphWriter {
  static func header(_ format: GraphFormat) -> String {
    switch format {
    case .json: "{\n  \"nodes\": [\n"
    case .graphml:
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="kind" for="node" attr.name="kind" attr.type="string"/>
        <key id="title" for="node" attr.name="title" attr.type="string"/>
        <key id="status" for="node" attr.name="status" attr.type="string"/>
        <key id="date" for="node" attr.name="date" attr.type="string"/>
        <key id="body" for="node" attr.name="body" attr.type="string"/>
        <key id="wahlperiode" for="node" attr.name="wahlperiode" attr.type="int"/>
        <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
        <key id="count" for="edge" attr.name="count" attr.type="int"/>
        <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
        <graph id="fundstelle" edgedefault="directed">

      """
    case .gexf:
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>Fundstelle</creator>
          <description>Citation graph of parliamentary papers</description>
        </meta>
        <graph defaultedgetype="directed" mode="static">
          <attributes class="node" mode="static">
            <attribute id="kind" title="kind" type="string"/>
            <attribute id="title" title="title" type="string"/>
            <attribute id="status" title="status" type="string"/>
            <attribute id="date" title="date" type="string"/>
            <attribute id="body" title="body" type="string"/>
            <attribute id="wahlperiode" title="wahlperiode" type="integer"/>
          </attributes>
          <attributes class="edge" mode="static">
            <attribute id="relation" title="relation" type="string"/>
            <attribute id="count" title="count" type="integer"/>
          </attributes>
          <nodes>

      """
    case .dot: "digraph \"fundstelle\" {\n  node [shape=box];\n"
    case .csv: "id:ID,kind,title,status,:LABEL\n"
    }
  }

  static func write(
    _ node: CitationGraph.Node, first: Bool, as format: GraphFormat, to out: inout String
  ) {
    switch format {
    case .json:
      if !first { out += ",\n" }
      out += "    {\"id\": \(Escape.json(node.id.rawValue)), \"kind\": \(Escape.json(node.kind))"
      out +=
        ", \"title\": \(Escape.json(node.title)), \"status\": \(Escape.json(node.status.rawValue))"
      out += ", \"date\": \(Escape.json(node.date)), \"body\": \(Escape.json(node.body))"
      out += ", \"wahlperiode\": \(node.wahlperiode.map(String.init) ?? "null")}"
    case .graphml:
      out += "    <node id=\"\(Escape.xml(node.id.rawValue))\">\n"
      graphMLData("label", node.id.rawValue, to: &out)
      graphMLData("kind", node.kind, to: &out)
      graphMLData("title", node.title, to: &out)
      graphMLData("status", node.status.rawValue, to: &out)
      graphMLData("date", node.date, to: &out)
      graphMLData("body", node.body, to: &out)
      graphMLData("wahlperiode", node.wahlperiode.map(String.init), to: &out)
      out += "    </node>\n"
    case .gexf:
      out +=
        "      <node id=\"\(Escape.xml(node.id.rawValue))\" label=\"\(Escape.xml(node.id.rawValue))\">\n"
      attvalues(
        [
          ("kind", node.kind), ("title", node.title), ("status", node.status.rawValue),
          ("date", node.date), ("body", node.body),
          ("wahlperiode", node.wahlperiode.map(String.init)),
        ], to: &out)
      out += "      </node>\n"
    case .dot:
      out += "  \(Escape.dot(node.id.rawValue)) [label=\(Escape.dot(node.id.rawValue))"
      out += ", kind=\(Escape.dot(node.kind)), status=\(Escape.dot(node.status.rawValue))"
      if let title = node.title { out += ", title=\(Escape.dot(title))" }
      if let date = node.date { out += ", date=\(Escape.dot(date))" }
      if node.status == .dangling { out += ", style=dashed" }
      out += "];\n"
    case .csv:
      // Labels are `Paper`, `PressRelease` or `Law`, with `Dangling` added for targets not
      // stored (`Paper;Dangling`).
      var labels = [
        node.kind == "press-release" ? "PressRelease" : node.kind == "law" ? "Law" : "Paper"
      ]
      if node.status == .dangling { labels.append("Dangling") }
      out += [
        node.id.rawValue, node.kind, node.title ?? "", node.status.rawValue,
        labels.joined(separator: ";"),
      ].map(Escape.csv).joined(separator: ",")
      out += "\n"
    }
  }

  static func finishNodes(_ count: Int, as format: GraphFormat, to out: inout String) {
    switch format {
    case .json: out += (count > 0 ? "\n" : "") + "  ],\n  \"edges\": [\n"
    case .gexf: out += "    </nodes>\n    <edges>\n"
    case .graphml, .dot, .csv: break
    }
  }

  static func write(
    _ edge: CitationGraph.Edge, index: Int, as format: GraphFormat, to out: inout String
  ) {
    switch format {
    case .json:
      if index > 0 { out += ",\n" }
      out += "    {\"source\": \(Escape.json(edge.source.rawValue))"
      out += ", \"target\": \(Escape.json(edge.target.rawValue))"
      out += ", \"relation\": \(Escape.json(edge.relation)), \"count\": \(edge.count)}"
    case .graphml:
      out += "    <edge id=\"e\(index)\" source=\"\(Escape.xml(edge.source.rawValue))\""
      out += " target=\"\(Escape.xml(edge.target.rawValue))\">\n"
      graphMLData("relation", edge.relation, to: &out)
      graphMLData("count", String(edge.count), to: &out)
      graphMLData("weight", "\(edge.count).0", to: &out)
      out += "    </edge>\n"
    case .gexf:
      out += "      <edge id=\"\(index)\" source=\"\(Escape.xml(edge.source.rawValue))\""
      out += " target=\"\(Escape.xml(edge.target.rawValue))\""
      // `kind` lets Gephi keep parallel edges of different relations apart.
      out += " kind=\"\(Escape.xml(edge.relation))\" label=\"\(Escape.xml(edge.relation))\""
      out += " weight=\"\(edge.count)\">\n"
      attvalues([("relation", edge.relation), ("count", String(edge.count))], to: &out)
      out += "      </edge>\n"
    case .dot:
      out += "  \(Escape.dot(edge.source.rawValue)) -> \(Escape.dot(edge.target.rawValue))"
      out += " [label=\(Escape.dot(edge.relation)), relation=\(Escape.dot(edge.relation))"
      out += ", count=\(edge.count), weight=\(edge.count)];\n"
    case .csv:
      // The type is the relation in Neo4j's upper snake case (`ANSWERS`, `MENTIONS_LAW`).
      out += [
        edge.source.rawValue, edge.target.rawValue, relationshipType(edge.relation),
        String(edge.count),
      ].map(Escape.csv).joined(separator: ",")
      out += "\n"
    }
  }

  static func finishEdges(_ count: Int, as format: GraphFormat, to out: inout String) {
    switch format {
    case .json: out += (count > 0 ? "\n" : "") + "  ]\n}\n"
    case .graphml: out += "  </graph>\n</graphml>\n"
    case .gexf: out += "    </edges>\n  </graph>\n</gexf>\n"
    case .dot: out += "}\n"
    case .csv: break
    }
  }

  private static func graphMLData(_ key: String, _ value: String?, to out: inout String) {
    guard let value else { return }
    out += "      <data key=\"\(key)\">\(Escape.xml(value))</data>\n"
  }

  private static func attvalues(_ values: [(String, String?)], to out: inout String) {
    out += "        <attvalues>\n"
    for case (let name, let value?) in values {
      out += "          <attvalue for=\"\(name)\" value=\"\(Escape.xml(value))\"/>\n"
    }
    out += "        </attvalues>\n"
  }

  static func relationshipType(_ relation: String) -> String {
    String(relation.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
