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
    if format == .csv, output == nil {
      throw ValidationError("--format csv writes two files: give a folder with --output DIR")
    }
    // Streamed from the store to the files (or stdout) in pieces, so memory stays flat
    // however large the graph; a file appears under its name only once it is complete.
    var files: [String: ExportFile] = [:]
    defer { for file in files.values { file.discard() } }
    var writer = GraphWriter(format: format) { name, text in
      guard let output else {
        return try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
      }
      let path = format == .csv ? (output as NSString).appendingPathComponent(name) : output
      if files[name] == nil { files[name] = try ExportFile(creating: path) }
      try files[name]?.write(text)
    }
    if format == .csv, let output {
      do {
        try FileManager.default.createDirectory(
          atPath: output, withIntermediateDirectories: true)
      } catch {
        throw ValidationError("cannot create \(output): \(error.localizedDescription)")
      }
    }
    try store.graph(into: &writer)
    try writer.finish()
    for name in writer.fileNames { try files[name]?.complete() }
  }
}
