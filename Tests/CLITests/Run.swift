import Foundation
import TestSupport

/// What a run of the real `fundstelle` binary printed and how it ended.
struct RunResult {
  var status: Int32
  var bySignal: Bool
  var stdout: String
  var stderr: String
}

/// Runs the built `fundstelle` binary with `arguments` in `directory` and waits for it.
func fundstelle(
  _ arguments: [String], in directory: URL = Repository.root, environment: [String: String] = [:]
) throws -> RunResult {
  let process = Process()
  process.executableURL = try Repository.requireBinary()
  process.arguments = arguments
  process.currentDirectoryURL = directory
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  // Files, not pipes: a large output must not block the child.
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fundstelle-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let out = scratch.appendingPathComponent("out")
  let err = scratch.appendingPathComponent("err")
  FileManager.default.createFile(atPath: out.path, contents: nil)
  FileManager.default.createFile(atPath: err.path, contents: nil)
  process.standardOutput = try FileHandle(forWritingTo: out)
  process.standardError = try FileHandle(forWritingTo: err)
  try process.run()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, bySignal: process.terminationReason == .uncaughtSignal,
    stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
    stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
}

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "fundstelle-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
