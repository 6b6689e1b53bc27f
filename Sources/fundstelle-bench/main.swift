import Foundation

// fundstelle-bench: issue 7's benchmark. See `Options.usage`.

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
  let ingestSeconds = bench.ingest()
  if ingestSeconds != nil { bench.graphExport() }
  let extractionSeconds = try bench.extraction()
  bench.versionDiff()
  let rgSeconds = bench.ripgrep(threads: nil)
  let rgOneSeconds = bench.ripgrep(threads: 1)
  let pythonSeconds = bench.python()
  bench.catastrophic()

  say("\nratios and targets (load average \(Benchmark.loadAverage()) at end):")
  if let ingestSeconds {
    let rate = Double(bench.corpusPapers) / ingestSeconds
    say(
      "  full ingest \(Benchmark.f(rate, 0)) papers/s — target ≥ 5000: \(rate >= 5000 ? "met" : "NOT met")"
    )
    if let pythonSeconds {
      say(
        "  full ingest / python regex pass time: \(Benchmark.f(ingestSeconds / pythonSeconds))× — target ≤ 1: \(ingestSeconds <= pythonSeconds ? "met" : "NOT met")"
      )
    }
    say(
      "  peak RSS of ingest \(Benchmark.f(Benchmark.mb(bench.peakRSS), 1)) MB — target < 300 MB: \(bench.peakRSS < 300_000_000 ? "met" : "NOT met")"
    )
  }
  if let rgOneSeconds {
    say(
      "  extraction (1 thread) / rg -j1 time: \(Benchmark.f(extractionSeconds / rgOneSeconds, 1))× — target ≤ 3: \(extractionSeconds <= 3 * rgOneSeconds ? "met" : "NOT met")"
    )
  }
  if let rgSeconds {
    say(
      "  extraction (1 thread) / rg (all threads) time: \(Benchmark.f(extractionSeconds / rgSeconds, 1))×"
    )
  }
  let scoreMet = bench.score.recall >= 0.99 && bench.score.precision >= 0.99
  say(
    "  recall \(Benchmark.f(bench.score.recall, 4)), precision \(Benchmark.f(bench.score.precision, 4)) — target ≥ 0.99: \(scoreMet ? "met" : "NOT met")"
  )
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
    "graph.graphml", "baseline.py", "ingest.out", "graph.out", "rg.out", "py.out",
  ] {
    try? fileManager.removeItem(atPath: (root as NSString).appendingPathComponent(name))
  }
}
exit(bench.failures.isEmpty ? 0 : 1)
