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

/// Renders a `CitationGraph` in the export formats. Output follows the graph's order (sorted
/// by key), so two exports of the same store are byte-identical and diff cleanly. Node labels
/// (GraphML `label`, GEXF `label`, DOT `label`) are the keys, short and unique; titles are
/// attributes of their own.
public enum GraphExporter {
  /// File name → content. CSV gives `nodes.csv` and `relationships.csv`; every other format
  /// one file `graph.<format>`.
  public static func export(_ graph: CitationGraph, as format: GraphFormat) -> [String: String] {
    switch format {
    case .graphml: ["graph.graphml": graphML(graph)]
    case .gexf: ["graph.gexf": gexf(graph)]
    case .dot: ["graph.dot": dot(graph)]
    case .json: ["graph.json": json(graph)]
    case .csv: ["nodes.csv": csvNodes(graph), "relationships.csv": csvRelationships(graph)]
    }
  }

  // MARK: JSON

  public static func json(_ graph: CitationGraph) -> String {
    var out = "{\n  \"nodes\": [\n"
    for (i, node) in graph.nodes.enumerated() {
      out += "    {\"id\": \(Escape.json(node.id.rawValue)), \"kind\": \(Escape.json(node.kind))"
      out +=
        ", \"title\": \(Escape.json(node.title)), \"status\": \(Escape.json(node.status.rawValue))"
      out += ", \"date\": \(Escape.json(node.date)), \"body\": \(Escape.json(node.body))"
      out += ", \"wahlperiode\": \(node.wahlperiode.map(String.init) ?? "null")}"
      out += i + 1 < graph.nodes.count ? ",\n" : "\n"
    }
    out += "  ],\n  \"edges\": [\n"
    for (i, edge) in graph.edges.enumerated() {
      out += "    {\"source\": \(Escape.json(edge.source.rawValue))"
      out += ", \"target\": \(Escape.json(edge.target.rawValue))"
      out += ", \"relation\": \(Escape.json(edge.relation)), \"count\": \(edge.count)}"
      out += i + 1 < graph.edges.count ? ",\n" : "\n"
    }
    return out + "  ]\n}\n"
  }

  // MARK: GraphML

  public static func graphML(_ graph: CitationGraph) -> String {
    var out = """
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
    func data(_ key: String, _ value: String?) {
      guard let value else { return }
      out += "      <data key=\"\(key)\">\(Escape.xml(value))</data>\n"
    }
    for node in graph.nodes {
      out += "    <node id=\"\(Escape.xml(node.id.rawValue))\">\n"
      data("label", node.id.rawValue)
      data("kind", node.kind)
      data("title", node.title)
      data("status", node.status.rawValue)
      data("date", node.date)
      data("body", node.body)
      data("wahlperiode", node.wahlperiode.map(String.init))
      out += "    </node>\n"
    }
    for (i, edge) in graph.edges.enumerated() {
      out += "    <edge id=\"e\(i)\" source=\"\(Escape.xml(edge.source.rawValue))\""
      out += " target=\"\(Escape.xml(edge.target.rawValue))\">\n"
      data("relation", edge.relation)
      data("count", String(edge.count))
      data("weight", "\(edge.count).0")
      out += "    </edge>\n"
    }
    return out + "  </graph>\n</graphml>\n"
  }

  // MARK: GEXF

  public static func gexf(_ graph: CitationGraph) -> String {
    var out = """
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
    func attvalues(_ values: [(String, String?)]) {
      out += "        <attvalues>\n"
      for case (let name, let value?) in values {
        out += "          <attvalue for=\"\(name)\" value=\"\(Escape.xml(value))\"/>\n"
      }
      out += "        </attvalues>\n"
    }
    for node in graph.nodes {
      out +=
        "      <node id=\"\(Escape.xml(node.id.rawValue))\" label=\"\(Escape.xml(node.id.rawValue))\">\n"
      attvalues([
        ("kind", node.kind), ("title", node.title), ("status", node.status.rawValue),
        ("date", node.date), ("body", node.body),
        ("wahlperiode", node.wahlperiode.map(String.init)),
      ])
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, edge) in graph.edges.enumerated() {
      out += "      <edge id=\"\(i)\" source=\"\(Escape.xml(edge.source.rawValue))\""
      out += " target=\"\(Escape.xml(edge.target.rawValue))\""
      // `kind` lets Gephi keep parallel edges of different relations apart.
      out += " kind=\"\(Escape.xml(edge.relation))\" label=\"\(Escape.xml(edge.relation))\""
      out += " weight=\"\(edge.count)\">\n"
      attvalues([("relation", edge.relation), ("count", String(edge.count))])
      out += "      </edge>\n"
    }
    return out + "    </edges>\n  </graph>\n</gexf>\n"
  }

  // MARK: DOT

  public static func dot(_ graph: CitationGraph) -> String {
    var out = "digraph \"fundstelle\" {\n  node [shape=box];\n"
    for node in graph.nodes {
      out += "  \(Escape.dot(node.id.rawValue)) [label=\(Escape.dot(node.id.rawValue))"
      out += ", kind=\(Escape.dot(node.kind)), status=\(Escape.dot(node.status.rawValue))"
      if let title = node.title { out += ", title=\(Escape.dot(title))" }
      if let date = node.date { out += ", date=\(Escape.dot(date))" }
      if node.status == .dangling { out += ", style=dashed" }
      out += "];\n"
    }
    for edge in graph.edges {
      out += "  \(Escape.dot(edge.source.rawValue)) -> \(Escape.dot(edge.target.rawValue))"
      out += " [label=\(Escape.dot(edge.relation)), relation=\(Escape.dot(edge.relation))"
      out += ", count=\(edge.count), weight=\(edge.count)];\n"
    }
    return out + "}\n"
  }

  // MARK: CSV (Neo4j admin import)

  /// `id:ID,kind,title,status,:LABEL`; labels are `Paper`, `PressRelease` or `Law`, with
  /// `Dangling` added for targets not stored (`Paper;Dangling`).
  public static func csvNodes(_ graph: CitationGraph) -> String {
    var out = "id:ID,kind,title,status,:LABEL\n"
    for node in graph.nodes {
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
    return out
  }

  /// `:START_ID,:END_ID,:TYPE,count:int`; the type is the relation in Neo4j's upper snake
  /// case (`ANSWERS`, `MENTIONS_LAW`).
  public static func csvRelationships(_ graph: CitationGraph) -> String {
    var out = ":START_ID,:END_ID,:TYPE,count:int\n"
    for edge in graph.edges {
      out += [
        edge.source.rawValue, edge.target.rawValue, relationshipType(edge.relation),
        String(edge.count),
      ].map(Escape.csv).joined(separator: ",")
      out += "\n"
    }
    return out
  }

  static func relationshipType(_ relation: String) -> String {
    String(relation.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
