import ArgumentParser
import Claims
import DocumentModel
import Foundation
import Store

extension CorrectionReport.Format: ExpressibleByArgument {}

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
  @Option(help: "json, markdown or html.") var format: CorrectionReport.Format = .json
  @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: storeOption.path) else {
      throw ValidationError(
        "no store at \(storeOption.path): ingest papers first (fundstelle ingest PATH...)")
    }
    let store = try PaperStore(path: storeOption.path)
    // Streamed from the store in pieces, so memory stays flat however many corrections
    // there are; a file appears under its name only once it is complete.
    let file = try output.map { try ExportFile(creating: $0) }
    defer { file?.discard() }
    let write: (String) throws -> Void = { text in
      if let file {
        try file.write(text)
      } else {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
      }
    }
    var writer: CorrectionReportWriter?
    try store.corrections(
      tally: { tally in
        writer = CorrectionReportWriter(format: format, tally: tally, flush: write)
        try writer?.start()
      },
      each: { try writer?.add($0, title: $1) })
    try writer?.finish()
    // JSON ends without a line break of its own.
    if format == .json { try write("\n") }
    try file?.complete()
  }
}
