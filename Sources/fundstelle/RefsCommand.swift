import ArgumentParser
import Citations
import DocumentModel
import Foundation
import Pipeline
import Store

/// `fundstelle refs FILE`: the references of one file, without touching the store.
struct RefsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refs",
    abstract: "Print the references found in a file.",
    discussion: """
      Needs no store. If a store exists (--store, $FUNDSTELLE_STORE or ./fundstelle.sqlite), \
      each reference's status says whether its target is stored there (resolved) or not yet \
      (dangling); without one, every reference to another paper is dangling. Offsets are UTF-8 \
      byte offsets into the file; lines are 1-based.
      """)

  @Option(help: "Output format.") var format: PaperFormat = .text
  @OptionGroup var storeOption: StoreOption
  @Argument(help: "A paper file.") var file: String

  func run() throws {
    let papers = try PaperAnalyzer().analyze(try PaperFiles.bytes(of: file), path: file)
    let store =
      FileManager.default.fileExists(atPath: storeOption.path)
      ? try PaperStore(path: storeOption.path) : nil
    var reports: [ReferenceReport] = []
    for paper in papers {
      let citations = CitationResolver.resolve(
        paper.references, citing: paper.document,
        known: { key in (try? store?.paper(key)) != nil },
        alias: { key in
          guard let store, let canonical = try? store.canonicalKey(key), canonical != key,
            (try? store.paper(canonical)) != nil
          else { return nil }
          return canonical
        })
      reports.append(ReferenceReport(document: paper.document, citations: citations))
      if let note = Self.unplacedNote(paper, file: file) { Terminal.note(note) }
    }
    switch format {
    case .json where reports.count == 1: print(reports[0].json(), terminator: "")
    case .json: print(ReferenceReport.jsonArray(reports), terminator: "")
    case .text: print(reports.map { $0.text() }.joined(separator: "\n"), terminator: "")
    }
  }

  /// Says which paper numbers were left out because neither they nor the paper name a
  /// parliament, so that a missing reference is not a silent one.
  static func unplacedNote(_ paper: AnalyzedPaper, file: String) -> String? {
    guard !paper.unplaced.isEmpty else { return nil }
    let n = paper.unplaced.count
    let examples = paper.unplaced.prefix(3).map { "„\($0)“" }.joined(separator: ", ")
    return
      "note: \(file): \(n) paper \(n == 1 ? "number names" : "numbers name") no parliament, and the paper's own is not known (its title block names none), so \(n == 1 ? "it is" : "they are") left out: \(examples)\(n > 3 ? ", …" : "")"
  }
}
