import Citations
import Claims
import CorpusGenerator
import DocumentModel
import Foundation
import Pipeline

/// The measurements of one run, printed as they come.
struct Benchmark {
  let options: Options
  let root: String
  let fundstelle: String
  var papersDir: String { root + "/papers" }
  var truthPath: String { root + "/truth.jsonl" }
  var storePath: String { root + "/bench.sqlite" }

  var corpusBytes = 0
  var corpusPapers = 0
  var failures: [String] = []
  var correctionScore = CorrectionScore(truth: [])

  static func seconds(_ start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

  static func f(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
  }

  static func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
      .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "unknown"
  }

  mutating func generate() throws {
    let start = DispatchTime.now().uptimeNanoseconds
    let summary = try CorpusWriter.write(
      count: options.papers, to: papersDir, truthPath: truthPath,
      generator: CorpusGenerator(seed: options.seed))
    corpusBytes = summary.bytes
    corpusPapers = summary.papers
    let c = summary.corrections
    let injected = c.values.reduce(0, +)
    let negatives = summary.negatives.sorted { $0.key < $1.key }
    say(
      "corpus: \(summary.papers) papers, \(Self.f(Self.mb(summary.bytes), 1)) MB, \(summary.references) true references, \(injected) injected corrections (\(c["question-answer"] ?? 0) question/answer, \(c["cross-paper"] ?? 0) cross-paper, \(c["version"] ?? 0) Neudrucke), \(summary.negatives.values.reduce(0, +)) cross-paper hard negatives (\(negatives.map { "\($0.value) \($0.key)" }.joined(separator: ", "))) (generated in \(Self.f(Self.seconds(start), 1)) s) in \(papersDir)"
    )
  }

  /// The same folder ingested again into the full store: every file is known by its hash
  /// and none is analysed again (what the daemon's catch-up scan does at every start).
  mutating func ingestAgain() {
    guard let result = runIngest("ingest again", output: "ingest-again.out") else { return }
    let read = result.output.split(separator: "\n").first { $0.hasPrefix("read ") } ?? ""
    say(
      "ingest again, every paper stored: \(Self.f(result.seconds)) s = \(Self.f(Double(corpusPapers) / result.seconds, 0)) papers/s; \(Self.f(result.cpuSeconds, 1)) CPU s; peak RSS \(Self.f(Self.mb(result.peakRSS), 1)) MB (\(read))"
    )
  }

  /// `fundstelle ingest --quiet` of the corpus into the bench store; nil (and a failure
  /// noted) when it fails.
  private mutating func runIngest(_ label: String, output: String) -> ChildResult? {
    let result = Subprocess.run(
      fundstelle, ["ingest", "--quiet", "--store", storePath, papersDir],
      outputPath: root + "/" + output)
    guard result.status == 0 else {
      failures.append("\(label) exited with \(result.status)")
      say("\(label): FAILED (exit \(result.status)):\n\(result.output.suffix(2000))")
      return nil
    }
    return result
  }

  /// Papers of about a megabyte, as Plenarprotokolle are: one for every 500 papers of the
  /// corpus (2 to 40), each 300 of the corpus's papers joined. `fundstelle ingest` of them
  /// into a store of their own, for the peak RSS a corpus of large papers takes.
  mutating func largePapers() throws -> ChildResult? {
    let papers = try PaperFiles.collect([papersDir])
    guard !papers.isEmpty else { return nil }
    let count = min(40, max(2, papers.count / 500))
    try? FileManager.default.removeItem(atPath: largeDir)
    try FileManager.default.createDirectory(atPath: largeDir, withIntermediateDirectories: true)
    var bytes = 0
    for i in 0..<count {
      var joined: [UInt8] = []
      for k in 0..<300 { joined += try PaperFiles.bytes(of: papers[(i * 100 + k) % papers.count]) }
      bytes += joined.count
      try Data(joined).write(to: URL(fileURLWithPath: largeDir + "/large_\(i).txt"))
    }
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: largeStore + suffix)
    }
    let result = Subprocess.run(
      fundstelle, ["ingest", "--quiet", "--store", largeStore, largeDir],
      outputPath: root + "/large.out")
    guard result.status == 0 else {
      failures.append("large papers exited with \(result.status)")
      say("large papers: FAILED (exit \(result.status)):\n\(result.output.suffix(2000))")
      return nil
    }
    say(
      "large papers (\(count) × \(Self.f(Self.mb(bytes / count), 1)) MB, each 300 corpus papers joined), fundstelle ingest --quiet: \(Self.f(result.seconds)) s, peak RSS \(Self.f(Self.mb(result.peakRSS), 1)) MB"
    )
    return result
  }
  var largeDir: String { root + "/large" }
  var largeStore: String { root + "/large.sqlite" }

  /// Full ingest by the real executable.
  mutating func ingest() -> ChildResult? {
    try? FileManager.default.removeItem(atPath: storePath)
    guard let result = runIngest("full ingest", output: "ingest.out") else { return nil }
    say(
      "full ingest (fundstelle ingest --quiet): \(corpusPapers) papers in \(Self.f(result.seconds)) s = \(Self.f(Double(corpusPapers) / result.seconds, 0)) papers/s, \(Self.f(Self.mb(corpusBytes) / result.seconds, 1)) MB/s; peak RSS \(Self.f(Self.mb(result.peakRSS), 1)) MB; \(Self.f(result.cpuSeconds, 1)) CPU s = \(Self.f(Double(corpusPapers) / result.cpuSeconds, 0)) papers per CPU-second"
    )
    for line in result.output.split(separator: "\n") where !line.isEmpty {
      say("  | \(line)")
    }
    var storeBytes = 0
    for suffix in ["", "-wal", "-shm"] {
      let attributes = try? FileManager.default.attributesOfItem(atPath: storePath + suffix)
      storeBytes += (attributes?[.size] as? Int) ?? 0
    }
    say(
      "store size: \(Self.f(Self.mb(storeBytes), 1)) MB (\(Self.f(Double(storeBytes) / Double(max(1, corpusBytes)), 2))× the corpus)"
    )
    return result
  }

  func graphExport() {
    let output = root + "/graph.graphml"
    let result = Subprocess.run(
      fundstelle, ["graph", "--store", storePath, "--format", "graphml", "--output", output],
      outputPath: root + "/graph.out")
    guard result.status == 0 else {
      say("graph export: FAILED (exit \(result.status)): \(result.output.suffix(500))")
      return
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int ?? 0
    say(
      "graph export (graphml): \(Self.f(result.seconds)) s, \(Self.f(Self.mb(size), 1)) MB written, peak RSS \(Self.f(Self.mb(result.peakRSS), 1)) MB"
    )
  }

  /// read + normalize + structure + extract on this one thread, no store; then scores the
  /// references against the truth. Returns the wall and CPU seconds taken. Only reading and
  /// analysing are timed: resolving targets for the scoring is not part of extraction.
  mutating func extraction() throws -> (seconds: Double, cpuSeconds: Double) {
    let files = try PaperFiles.collect([papersDir])
    let analyzer = PaperAnalyzer()
    var found: [String: (key: String, targets: [String])] = [:]
    found.reserveCapacity(files.count)
    var bytes = 0
    var readErrors = 0
    var elapsed = 0.0
    var cpu = 0.0
    for path in files {
      let start = DispatchTime.now().uptimeNanoseconds
      let cpuStart = threadCPUSeconds()
      let papers: [AnalyzedPaper]
      do {
        let data = try PaperFiles.bytes(of: path)
        bytes += data.count
        papers = try analyzer.analyze(data, path: path)
      } catch {
        readErrors += 1
        papers = []
      }
      elapsed += Self.seconds(start)
      cpu += threadCPUSeconds() - cpuStart
      for paper in papers {
        found[(path as NSString).lastPathComponent] = (
          paper.document.key.unversioned.rawValue, Self.targets(paper)
        )
      }
    }
    say(
      "extraction alone (read+normalize+structure+extract, 1 thread, no store): \(Self.f(Self.mb(bytes) / elapsed, 1)) MB/s per core, \(Self.f(Double(files.count) / elapsed, 0)) papers/s per core (\(Self.f(elapsed)) s wall; \(Self.f(cpu)) CPU s = \(Self.f(Self.mb(bytes) / cpu, 1)) MB per CPU-second)"
    )
    if readErrors > 0 { say("  \(readErrors) files could not be read") }
    var score = Score()
    for record in try CorpusWriter.readTruth(truthPath) {
      score.add(record, found: found[record.file])
    }
    say(
      "references vs truth: recall \(Self.f(score.recall, 4)), precision \(Self.f(score.precision, 4)) (\(score.truePositives) found, \(score.falseNegatives) missed, \(score.falsePositives) extra; \(score.keyMismatches) papers with another key, \(score.missingPapers) unread)"
    )
    for miss in score.misses { say("  missed: \(miss)") }
    for extra in score.extras { say("  extra:  \(extra)") }
    self.score = score
    return (elapsed, cpu)
  }
  var score = Score()

  /// The canonical targets of a paper's references as `refs` reports them without a store:
  /// resolved by the text alone (a Kleine Anfrage paired with its Drucksache is the
  /// Drucksache; references into a later Wahlperiode are dropped).
  static func targets(_ paper: AnalyzedPaper) -> [String] {
    CitationResolver.resolve(
      paper.references, citing: paper.document, known: { _ in false }, alias: { _ in nil }
    ).map(\.resolvedTarget.rawValue)
  }

  /// Two 1 MB versions of a paper with a few dozen edits and a moved paragraph.
  func versionDiff() {
    say(DiffBenchmark.run(megabytes: 1))
  }

  /// rg over the same folder (nil when rg is missing).
  func ripgrep(threads: Int?) -> ChildResult? {
    guard Subprocess.onPath("rg") else {
      say("rg: not installed (apt-get install ripgrep)")
      return nil
    }
    var arguments = ["-c", #"Drucksache\s*\d+/\d+"#, papersDir]
    if let threads { arguments.insert(contentsOf: ["-j", String(threads)], at: 0) }
    let result = Subprocess.run("rg", arguments, outputPath: root + "/rg.out")
    let label = threads.map { "-j\($0)" } ?? "default threads"
    say(
      "baseline rg -c 'Drucksache\\s*\\d+/\\d+' (\(label)): \(Self.f(result.seconds)) s = \(Self.f(Self.mb(corpusBytes) / result.seconds, 1)) MB/s; \(Self.f(result.cpuSeconds, 2)) CPU s"
    )
    return result
  }

  /// The plain Python regex pass (nil when python3 is missing).
  func python() -> ChildResult? {
    guard Subprocess.onPath("python3") else {
      say("python3: not installed")
      return nil
    }
    let script = root + "/baseline.py"
    try? Baseline.python.write(toFile: script, atomically: true, encoding: .utf8)
    let result = Subprocess.run("python3", [script, papersDir], outputPath: root + "/py.out")
    guard result.status == 0 else {
      say("python baseline: FAILED: \(result.output.suffix(500))")
      return nil
    }
    say(
      "baseline python3 regex pass: \(Self.f(result.seconds)) s = \(Self.f(Double(corpusPapers) / result.seconds, 0)) papers/s, \(Self.f(Self.mb(corpusBytes) / result.seconds, 1)) MB/s; \(Self.f(result.cpuSeconds, 2)) CPU s (\(result.output.trimmingCharacters(in: .whitespacesAndNewlines)))"
    )
    return result
  }

  /// The catastrophic-backtracking inputs of issue 3, read and extracted in-process. Each
  /// has a short NRW title block (without one, a paper has no parliament and its bare
  /// numbers name nothing), then the hostile text.
  func catastrophic() {
    let header = "LANDTAG NORDRHEIN-WESTFALEN\n16. Wahlperiode\n\nDrucksache 16/999\n\n"
    let sentence = "Die Landesregierung verweist auf die Drucksache 16/1234 und auf Vorlage 16/77. "
    let repetitions = 5_000_000 / sentence.utf8.count
    let cases: [(String, String)] = [
      (
        "5 MB single-line paper (\(repetitions) × 2 references)",
        header + String(repeating: sentence, count: repetitions) + "\n"
      ),
      (
        "10,000 × \"Drucksache\"",
        header + String(repeating: "Drucksache ", count: 10_000) + "\n"
      ),
      (
        "10,000 × \"Drucksache 16/\"",
        header + String(repeating: "Drucksache 16/", count: 10_000) + "\n"
      ),
    ]
    let analyzer = PaperAnalyzer()
    for (name, text) in cases {
      let bytes = Array(text.utf8)
      let start = DispatchTime.now().uptimeNanoseconds
      let outcome: String
      do {
        let papers = try analyzer.analyze(bytes, path: "catastrophic.txt")
        outcome = "\(papers.reduce(0) { $0 + $1.references.count }) references"
      } catch {
        outcome = "read error: \(error)"
      }
      say(
        "catastrophic input, \(name) (\(Self.f(Self.mb(bytes.count), 2)) MB): \(Self.f(Self.seconds(start), 3)) s, \(outcome)"
      )
    }
  }
}
