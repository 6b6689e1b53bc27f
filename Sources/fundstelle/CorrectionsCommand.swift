import ArgumentParser
import Claims
import DocumentModel
import Foundation
import Store

/// Formats of the corrections report.
enum CorrectionFormat: String, ExpressibleByArgument, CaseIterable {
  case json, markdown, html
}

/// `fundstelle corrections [--format F] [--output PATH]`: the corrections found so far.
struct CorrectionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corrections",
    abstract: "Report the corrections found between stored papers (JSON, Markdown or HTML).",
    discussion: """
      Corrections are found at ingest, in whichever order the papers came: between an answer \
      and the question it answers; between a paper and one it cites where it may correct it \
      (a figure, a date or a cue at the citation); and between a Neudruck and the print it \
      replaces (self-corrections). Each quotes the claim and the correcting \
      statement with paper key and byte span, and gives kind, cue, confidence and a \
      one-sentence explanation. JSON: [{"kind", "claim": {"document", "text", "start", \
      "end"}, "correction": {...}, "subject", "cue", "confidence", "explanation"}]. HTML is \
      one self-contained page.
      """)

  @OptionGroup var storeOption: StoreOption
  @Option(help: "json, markdown or html.") var format: CorrectionFormat = .json
  @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: storeOption.path) else {
      throw ValidationError(
        "no store at \(storeOption.path): ingest papers first (fundstelle ingest PATH...)")
    }
    let store = try PaperStore(path: storeOption.path)
    let corrections = try store.corrections()
    let report: String
    switch format {
    case .json: report = CorrectionReport.json(corrections)
    case .markdown:
      report = CorrectionReport.markdown(corrections, titles: try Self.titles(corrections, store))
    case .html:
      report = CorrectionReport.html(corrections, titles: try Self.titles(corrections, store))
    }
    let text = report.hasSuffix("\n") ? report : report + "\n"
    if let output {
      do {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
      } catch {
        throw ValidationError("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      print(text, terminator: "")
    }
  }

  /// The stored title of every paper the corrections quote, by the key they quote it under.
  static func titles(_ corrections: [Correction], _ store: PaperStore) throws
    -> [DocumentKey: String]
  {
    var titles: [DocumentKey: String] = [:]
    for key in Set(corrections.flatMap { [$0.claim.document, $0.correction.document] }) {
      if let title = try store.paper(key)?.title { titles[key] = title }
    }
    return titles
  }
}
