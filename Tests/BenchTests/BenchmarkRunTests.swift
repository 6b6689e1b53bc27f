import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `fundstelle-bench` end to end on a small corpus, with the built `fundstelle` beside it.
@Suite struct BenchmarkRunTests {
  /// The built `fundstelle-bench`, in the build folder with the test runner.
  static var bench: URL? {
    let here = Bundle.main.bundleURL
    return [here, here.deletingLastPathComponent(), Repository.binary.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("fundstelle-bench") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// A child's peak RSS is its own, not that of the process that started it: spawned
  /// straight from a process holding 256 MB, `true` reads 256 MB (Linux folds the spawning
  /// process's high-water mark in at exec); measured through `--measure-child`, a few MB.
  @Test func aChildsPeakRSSIsItsOwn() throws {
    let bench = try #require(Self.bench, "build the package first: swift build --build-tests")
    let held = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 << 20, alignment: 4096)
    defer { held.deallocate() }
    for page in stride(from: 0, to: held.count, by: 4096) { held[page] = 1 }

    let direct = try #require(Self.spawnAndWait(["/bin/true"]))
    #expect(direct >= 256 << 20)
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("rusage-\(UUID().uuidString)").path
    defer { unlink(report) }
    #expect(Self.spawnAndWait([bench.path, "--measure-child", report, "/bin/true"]) != nil)
    let fields = try String(contentsOfFile: report, encoding: .utf8).split(separator: " ")
    #expect(fields.count == 4 && fields[0] == "0", "\(fields)")
    let peak = try #require(fields.count == 4 ? Int(fields[2]) : nil)
    #expect(peak > 0 && peak < 64 << 20, "\(peak) bytes")
  }

  /// `ru_maxrss` in bytes of `argv` run to its end with `posix_spawn` and `wait4`.
  static func spawnAndWait(_ argv: [String]) -> Int? {
    let arguments = argv.map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], nil, nil, arguments, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    return status == 0 ? Int(usage.ru_maxrss) * 1024 : nil
  }

  @Test func runsOnFiftyPapers() throws {
    let bench = try #require(Self.bench, "build the package first: swift build --build-tests")
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("bench-test-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let process = Process()
    process.executableURL = bench
    process.arguments = ["--papers", "50", "--dir", dir.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    for expected in [
      "corpus: 50 papers", "full ingest (fundstelle ingest --quiet): 50 papers",
      "extraction alone", "store size:", "graph export (graphml):", "references vs truth: recall",
      "baseline python3 regex pass", "catastrophic input, 5 MB single-line paper",
      "corrections vs truth (fundstelle corrections --format json",
      "ingest again, every paper stored:",
      "(read 50 papers: 0 new, 0 new versions, 50 already stored)",
      "  question-answer: precision", "  cross-paper: precision", "  kind numeric: precision",
      "  hard negatives (cross-paper): agreement",
      "version changes (Neudrucke) vs truth, fundstelle diff on 3 of 3 stored pairs",
      "  corrections precision", "cross-paper detector alone (CorrectionDetector",
      "  hard negatives: agreement", "large papers (2 × ", "peak RSS of ingest of large papers",
    ] {
      #expect(output.contains(expected), "missing \(expected) in:\n\(output)")
    }
    // The corpus line counts what the truth holds: 50 papers are five groups of ten, each
    // with two cross-paper corrections and two hard negatives.
    #expect(
      output.contains(
        "57 injected corrections (44 question/answer, 10 cross-paper, 3 Neudrucke), 10 cross-paper hard negatives"
      ), "\(output)")
    // Every question/answer pair is linked at ingest, so some of their corrections are found.
    let scoring = output.split(separator: "\n").first { $0.hasPrefix("  question-answer:") }
    let found = scoring.flatMap { line in
      line.split(separator: "(").last?.split(separator: " ").first.flatMap { Int($0) }
    }
    #expect((found ?? 0) > 0, "\(scoring ?? "no question-answer line")")
    // Without --keep, the files it made are gone; the folder itself was given, so it stays.
    let left = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    #expect(left.isEmpty, "\(left)")
  }
}
