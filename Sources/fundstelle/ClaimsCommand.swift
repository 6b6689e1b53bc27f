import ArgumentParser
import Claims
import DocumentModel
import Foundation
import Pipeline

/// `fundstelle claims FILE…`: the checkable claims of papers, as the detector reads them.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "Print what papers assert that can be checked: statements, quotations, premises.",
    discussion: """
      Each claim is a sentence with its paper key, section and byte span in the file, who it \
      is attributed to (a press release or paper the text cites, a person), its figures with \
      unit and hedge (rund, knapp, mehr als) and its dates with their granularity. Questions \
      give what they presuppose ("seit der Einführung der …"). These are what `fundstelle \
      ingest` compares with answers and later papers to find corrections.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format.") var format: Format = .text
  @Argument(help: "Files or folders of papers.") var paths: [String]

  func run() throws {
    var claims: [Claim] = []
    var failures = 0
    let analyzer = PaperAnalyzer()
    for path in try PaperFiles.collect(paths) {
      do {
        for paper in try analyzer.analyze(try PaperFiles.bytes(of: path), path: path) {
          claims += ClaimExtractor.claims(in: paper.document, references: paper.references)
        }
      } catch {
        Terminal.error(error)
        failures += 1
      }
    }
    switch format {
    case .json: print(ClaimReport.json(claims))
    case .text: print(ClaimReport.text(claims), terminator: "")
    }
    if failures > 0 { throw ExitCode(1) }
  }
}
