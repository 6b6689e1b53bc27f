import ArgumentParser
import Claims
import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store

/// `fundstelle diff OLD NEW`: what changed between two versions of a paper.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed between two versions of a paper (files or stored keys).",
    discussion: """
      OLD and NEW are files, or keys of stored papers: nw/drs/17/3125@neudruck names that \
      version, nw/drs/17/3125 the original print (the current version when there is none). \
      Sentences are aligned first, then words are compared inside changed sentences; changes \
      are typed number, date, name, negation, wording, move, added or removed. Layout (line \
      breaks, hyphenation, page headers) is never a change. JSON: {"old", "new", "changes": \
      [{"kind", "old", "new", "context", "oldStart", "oldEnd", "newStart", "newEnd"}]}.
      """)

  @Option(help: "json or text.") var format: PaperFormat = .text
  @OptionGroup var storeOption: StoreOption
  @Argument(help: "The older version: a file or a stored key.") var old: String
  @Argument(help: "The newer version: a file or a stored key.") var new: String

  func run() throws {
    let report = DiffReport(old: try document(old), new: try document(new))
    switch format {
    case .json: print(report.json())
    case .text: print(report.text(), terminator: "")
    }
  }

  /// The paper in a file (its only or first paper), or a stored version read again.
  private func document(_ item: String) throws -> Document {
    if FileManager.default.fileExists(atPath: item) {
      do {
        let documents = try PaperReader.read(try PaperFiles.bytes(of: item), path: item)
        guard let first = documents.first else {
          throw ValidationError("\(item): the file holds no paper")
        }
        return first
      } catch let error as ReadError {
        throw ValidationError(error.description)
      }
    }
    let key = DocumentKey(item)
    guard FileManager.default.fileExists(atPath: storeOption.path) else {
      throw ValidationError("\(item) is no file, and there is no store at \(storeOption.path)")
    }
    let store = try PaperStore(path: storeOption.path)
    guard let paper = try store.paper(key) else {
      throw ValidationError("\(item) is no file and no stored paper")
    }
    // The version stored under exactly this key (the original print for a key without
    // suffix); an unversioned key of no such version names the current one.
    let sha: String
    if let version = paper.versions.last(where: { $0.key == key }) {
      sha = version.sha256
    } else if key.version == nil {
      sha = paper.currentSHA256
    } else {
      throw ValidationError("\(paper.key.rawValue) has no stored version \(item)")
    }
    do {
      guard let document = try PaperCommitter.document(ofVersion: sha, in: store) else {
        throw ValidationError(
          "the store keeps no text of \(item) (ingested before texts were kept: ingest it again)")
      }
      return document
    } catch let error as ReadError {
      throw ValidationError(error.description)
    }
  }
}
