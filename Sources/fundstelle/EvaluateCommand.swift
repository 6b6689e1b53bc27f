import ArgumentParser
import Claims
import Foundation

/// `fundstelle evaluate [DIR]`: precision and recall on the annotated evaluation set.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Print precision and recall of corrections and version diffs on an annotated set.",
    discussion: """
      DIR holds qa/ (question.txt, answer.txt, truth.json), pairs/ (earlier.txt, later.txt, \
      truth.json) and versions/ (old.txt, new.txt, truth.json); see Fixtures/eval/README.md.
      """)

  @Argument(help: "The evaluation set.") var directory = "Fixtures/eval"

  func run() throws {
    let base = URL(fileURLWithPath: directory)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw ValidationError("\(directory): no such folder")
    }
    do {
      print("corrections:")
      print(try Evaluation.run(directory: base))
      let versions = base.appendingPathComponent("versions")
      if FileManager.default.fileExists(atPath: versions.path) {
        print("")
        print(try VersionDiffEvaluation.run(directory: versions).summary, terminator: "")
      }
    } catch {
      throw ValidationError("\(error)")
    }
  }
}
