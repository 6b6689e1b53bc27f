import ArgumentParser
import DocumentModel
import Foundation
import Pipeline

/// `fundstelle show FILE|KEY`: one paper's model, read from a file or from the store.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a paper's document model (from a file) or a stored paper with its references.",
    discussion: """
      A FILE (or folder) is read and its model printed: metadata and sections with their byte \
      spans. Anything else is taken as a canonical KEY (nw/drs/16/850) and looked up in the \
      store, printed with the references it makes and receives. With --format json, one paper \
      prints as an object and several as an array.
      """)

  @Option(help: "Output format.") var format: PaperFormat = .text
  @OptionGroup var storeOption: StoreOption
  @Argument(help: "Files, folders or canonical keys.") var items: [String]

  func run() throws {
    var reports: [DocumentReport] = []
    var failures = 0
    for item in items {
      if FileManager.default.fileExists(atPath: item) {
        do {
          for path in try PaperFiles.collect([item]) {
            do {
              let documents = try PaperReader.read(try PaperFiles.bytes(of: path), path: path)
              reports += documents.map(DocumentReport.init)
            } catch {
              Terminal.error(error)
              failures += 1
            }
          }
        } catch {
          Terminal.error(error)
          failures += 1
        }
      } else {
        try StoredPaperView.show(
          key: DocumentKey(item), storePath: storeOption.path, format: format)
      }
    }
    switch format {
    case .json where reports.count == 1: print(reports[0].json(), terminator: "")
    case .json where !reports.isEmpty: print(DocumentReport.jsonArray(reports), terminator: "")
    case .json: break
    case .text: print(reports.map { $0.text() }.joined(separator: "\n"), terminator: "")
    }
    if failures > 0 { throw ExitCode(1) }
  }
}
