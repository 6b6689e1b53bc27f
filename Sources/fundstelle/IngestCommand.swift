import ArgumentParser
import DocumentModel
import Foundation
import Ingestion
import Pipeline
import Store

/// `fundstelle ingest PATH...`: read papers into the store, idempotent by content hash.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Read papers (files or folders, recursively) into the store.",
    discussion: """
      Each file is read, its references extracted and the result stored in one transaction. \
      The same bytes again are skipped (content hash); a paper with a known key and new bytes \
      (a Neudruck, a final version replacing a Vorabfassung) is stored as a new version and \
      diffed against the version it follows; a paper that answers a stored question, or is \
      answered by a stored answer, or cites a stored paper where it may correct it (or is so \
      cited), is checked for corrections (see `fundstelle corrections`). \
      Files that cannot be read are reported with the reason; the others are stored anyway, \
      and the exit status is 1. Progress shows on a terminal; one line per paper goes to \
      standard output unless --quiet.
      """)

  @OptionGroup var storeOption: StoreOption
  @Flag(name: .shortAndLong, help: "Print only the summary, not one line per paper.")
  var quiet = false
  @Argument(help: "Files or folders of papers.") var paths: [String]

  func run() throws {
    // Walked as it is ingested, so that millions of files are never held as a list; the
    // count for the progress line is one more walk, taken only when it shows.
    let files = try PaperFiles.Walk(paths)
    let store = try PaperStore(path: storeOption.path)
    let ingester = BatchIngester(store: store, analyzer: PaperAnalyzer())
    let total = Terminal.isInteractive ? files.reduce(0) { count, _ in count + 1 } : 0
    let progress = Progress(total: total, label: "ingest")
    var summary = IngestSummary()
    try ingester.ingest(files) { event in
      switch event {
      case .stored(let paper, let outcome):
        summary.count(outcome, of: paper)
        if !quiet { print(IngestSummary.line(paper, outcome)) }
      case .known(let path, let known):
        summary.duplicates += 1
        if !quiet { print(IngestSummary.line(known, path: path)) }
      case .linkedLeftOver(let versions):
        progress.pause {
          print("linked \(versions) version(s) an earlier run stored but did not link")
        }
      case .linked(let links):
        summary.corrections += links.corrections.count
        summary.changes += links.changeCount
        for error in links.unreadable { progress.pause { Terminal.error(error) } }
      case .failed(let error):
        summary.failures += 1
        progress.pause { Terminal.error(error) }
      case .fileDone(let path):
        progress.advance(path)
      }
    }
    progress.finish()
    print(summary.text(size: try store.size(), storePath: store.path))
    if summary.failures > 0 { throw ExitCode(1) }
  }
}

/// What `ingest` counts and how it says it.
struct IngestSummary {
  var inserted = 0
  var versions = 0
  var duplicates = 0
  var failures = 0
  /// New corrections and version changes that linking found.
  var corrections = 0
  var changes = 0
  var referencesByKind: [String: Int] = [:]
  /// Paper numbers left out for want of a parliament, and the papers they stand in.
  var unplaced = 0
  var unplacedPapers = 0

  mutating func count(_ outcome: IngestOutcome, of paper: AnalyzedPaper) {
    switch outcome {
    case .inserted: inserted += 1
    case .newVersion: versions += 1
    case .duplicate:
      duplicates += 1
      return
    }
    for reference in paper.references {
      referencesByKind[reference.kind.rawValue, default: 0] += 1
    }
    if !paper.unplaced.isEmpty {
      unplaced += paper.unplaced.count
      unplacedPapers += 1
    }
  }

  static func line(_ paper: AnalyzedPaper, _ outcome: IngestOutcome) -> String {
    let what: String
    switch outcome {
    case .inserted: what = "new"
    case .duplicate: what = "duplicate"
    case .newVersion: what = "new version"
    }
    return line(
      key: outcome.key.rawValue, kind: paper.document.kind.rawValue,
      references: String(paper.references.count), what: what, path: paper.document.source.path)
  }

  /// A file known by its bytes, not read again: its references are not counted.
  static func line(_ known: KnownFile, path: String) -> String {
    line(
      key: known.paper.rawValue, kind: known.kind, references: "-", what: "duplicate", path: path)
  }

  private static func line(
    key: String, kind: String, references: String, what: String, path: String
  ) -> String {
    "\(key.padding(toLength: 28, withPad: " ", startingAt: 0)) \(kind.padding(toLength: 16, withPad: " ", startingAt: 0)) \(references.leftPadded(4)) refs  \(what.padding(toLength: 11, withPad: " ", startingAt: 0)) \(path)"
  }

  func text(size: StoreSize, storePath: String) -> String {
    var out =
      "\nread \(inserted + versions + duplicates) papers: \(inserted) new, \(versions) new versions, \(duplicates) already stored"
    if failures > 0 { out += ", \(failures) failed" }
    out += "\n"
    out += "found \(corrections) new \(corrections == 1 ? "correction" : "corrections"), "
    out += "\(changes) version \(changes == 1 ? "change" : "changes")\n"
    if !referencesByKind.isEmpty {
      out += "references found: "
      out += referencesByKind.sorted {
        $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key)
      }
      .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      out += "\n"
    }
    if unplaced > 0 {
      out += "left out: \(unplaced) paper \(unplaced == 1 ? "number" : "numbers") naming no "
      out += "parliament, in \(unplacedPapers) \(unplacedPapers == 1 ? "paper" : "papers") "
      out += "whose own is not known (fundstelle refs FILE names them)\n"
    }
    // The graph's figures (`fundstelle stats`) read the whole store: after one new paper in
    // a store of 100,000 they took 3 s.
    out += "store \(storePath): \(size.papers) papers, \(size.versions) versions, "
    out += "\(size.references) references (fundstelle stats for the graph)\n"
    return out
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
