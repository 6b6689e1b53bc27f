import ArgumentParser
import Foundation
import Store

extension GraphFormat: ExpressibleByArgument {}

/// `fundstelle graph --format F [--output PATH]`: the citation graph for other tools.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Export the citation graph (GraphML, GEXF, DOT, JSON or Neo4j CSV).",
    discussion: """
      Nodes are papers, press releases and laws, by canonical key; targets that are not \
      ingested yet are nodes with status "dangling". Edges are aggregated per source, target \
      and relation, with a count. GraphML and GEXF open in Gephi, yEd and networkx; CSV is \
      Neo4j admin-import style and needs --output DIR (it writes nodes.csv and \
      relationships.csv there).
      """)

  @OptionGroup var storeOption: StoreOption
  @Option(help: "graphml, gexf, dot, json or csv.") var format: GraphFormat
  @Option(name: .shortAndLong, help: "Write to this file (a folder for csv) instead of stdout.")
  var output: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: storeOption.path) else {
      throw ValidationError(
        "no store at \(storeOption.path): ingest papers first (fundstelle ingest PATH...)")
    }
    let store = try PaperStore(path: storeOption.path)
    let files = GraphExporter.export(try store.graph(), as: format)
    if format == .csv {
      guard let output else {
        throw ValidationError("--format csv writes two files: give a folder with --output DIR")
      }
      try FileManager.default.createDirectory(
        atPath: output, withIntermediateDirectories: true)
      for (name, content) in files.sorted(by: { $0.key < $1.key }) {
        try write(content, to: (output as NSString).appendingPathComponent(name))
      }
      return
    }
    guard let content = files.values.first else { return }
    if let output {
      try write(content, to: output)
    } else {
      print(content, terminator: content.hasSuffix("\n") ? "" : "\n")
    }
  }

  private func write(_ content: String, to path: String) throws {
    do {
      try content.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw ValidationError("cannot write \(path): \(error.localizedDescription)")
    }
  }
}
