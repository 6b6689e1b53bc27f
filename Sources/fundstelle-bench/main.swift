import Foundation

// fundstelle-bench: issue 7's benchmark. See `Options.usage`.

if CommandLine.arguments.dropFirst().first == "--measure-child" {
  Subprocess.measureChild(Array(CommandLine.arguments.dropFirst(2)))
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
  FileHandle.standardError.write(Data((Options.usage + "\n").utf8))
  exit(2)
}

let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let fundstelle =
  options.fundstelle
  ?? executable.deletingLastPathComponent().appendingPathComponent("fundstelle").path
guard FileManager.default.isExecutableFile(atPath: fundstelle) else {
  FileHandle.standardError.write(
    Data("fundstelle-bench: no fundstelle executable at \(fundstelle) (use --fundstelle)\n".utf8))
  exit(2)
}

let createdRoot = options.directory == nil
let root =
  options.directory
  ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
    "fundstelle-bench-\(getpid())")

var bench = Benchmark(options: options, root: root, fundstelle: fundstelle)
say(
  "fundstelle-bench: \(options.papers) papers, seed \(options.seed), fundstelle at \(fundstelle)")
say(
  "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Benchmark.loadAverage()) at start"
)
do {
  try bench.generate()
  let ingest = bench.ingest()
  if ingest != nil {
    bench.graphExport()
    try bench.corrections()
    bench.ingestAgain()
    try bench.versionChanges(limit: 40)
  }
  let large = try bench.largePapers()
  try bench.crossPaperDetector(limit: 200)
  let extraction = try bench.extraction()
  bench.versionDiff()
  let rg = bench.ripgrep(threads: nil)
  let rgOne = bench.ripgrep(threads: 1)
  let python = bench.python()
  bench.catastrophic()

  let f = Benchmark.f
  say("\nratios and targets (load average \(Benchmark.loadAverage()) at end):")
  if let ingest {
    let rate = Double(bench.corpusPapers) / ingest.seconds
    say(
      "  full ingest \(f(rate, 0)) papers/s wall (\(f(Double(bench.corpusPapers) / ingest.cpuSeconds, 0)) per CPU-second) — target ≥ 5000: \(rate >= 5000 ? "met" : "NOT met")"
    )
    if let python {
      say(
        "  full ingest / python regex pass: \(f(ingest.seconds / python.seconds, 2))× wall time, \(f(ingest.cpuSeconds / python.cpuSeconds, 2))× CPU time — target ≤ 1: \(ingest.seconds <= python.seconds ? "met" : "NOT met")"
      )
    }
    say(
      "  peak RSS of ingest \(f(Benchmark.mb(ingest.peakRSS), 1)) MB — target < 300 MB: \(ingest.peakRSS < 300_000_000 ? "met" : "NOT met")"
    )
  }
  if let large {
    say(
      "  peak RSS of ingest of large papers \(f(Benchmark.mb(large.peakRSS), 1)) MB — target < 300 MB: \(large.peakRSS < 300_000_000 ? "met" : "NOT met")"
    )
  }
  if let rgOne {
    let ratio = extraction.seconds / rgOne.seconds
    say(
      "  extraction (1 thread) / rg -j1: \(f(ratio, 1))× wall time, \(f(extraction.cpuSeconds / max(0.001, rgOne.cpuSeconds), 1))× CPU time — target ≤ 3: \(ratio <= 3 ? "met" : "NOT met")"
    )
  }
  if let rg {
    say(
      "  extraction (1 thread) / rg (all threads): \(f(extraction.seconds / rg.seconds, 1))× wall time"
    )
  }
  let scoreMet = bench.score.recall >= 0.99 && bench.score.precision >= 0.99
  say(
    "  references recall \(f(bench.score.recall, 4)), precision \(f(bench.score.precision, 4)) — target ≥ 0.99: \(scoreMet ? "met" : "NOT met")"
  )
  if ingest != nil {
    // Issue 5's evaluation targets, applied to the generated corpus.
    let all = bench.correctionScore.overall
    let met = all.precision >= 0.9 && all.recall >= 0.8
    let scopes = bench.correctionScore.byScope.map {
      "\($0.0) \(f($0.1.precision, 4))/\(f($0.1.recall, 4))"
    }
    say(
      "  corrections precision \(f(all.precision, 4)), recall \(f(all.recall, 4)) (precision/recall \(scopes.joined(separator: ", "))) — target precision ≥ 0.9, recall ≥ 0.8: \(met ? "met" : "NOT met")"
    )
  }
} catch {
  say("fundstelle-bench: \(error)")
  bench.failures.append("\(error)")
}

let fileManager = FileManager.default
if options.keep {
  say("kept: \(root)")
} else if createdRoot {
  try? fileManager.removeItem(atPath: root)
} else {
  for name in [
    "papers", "truth.jsonl", "bench.sqlite", "bench.sqlite-wal", "bench.sqlite-shm",
    "graph.graphml", "baseline.py", "ingest.out", "ingest-again.out", "graph.out", "rg.out",
    "py.out",
    "corrections.json", "corrections.out", "diff.json", "large", "large.sqlite",
    "large.sqlite-wal", "large.sqlite-shm", "large.out",
  ] {
    try? fileManager.removeItem(atPath: (root as NSString).appendingPathComponent(name))
  }
}
exit(bench.failures.isEmpty ? 0 : 1)
