import Foundation

/// Writes a generated corpus: one `.txt` file per paper into a folder, and a truth file (one
/// `TruthRecord` per line, JSON lines, in paper order) outside it, since `ingest` would take
/// any other file in the folder for a paper.
public enum CorpusWriter {
  /// What was written.
  public struct Summary: Sendable {
    public var papers: Int
    public var bytes: Int
    public var references: Int
    /// Distinct injected corrections (a Neudruck's reprint of its Antrag's counts once), by
    /// scope: `question-answer`, `cross-paper`, `version`.
    public var corrections: [String: Int]
    /// Distinct hard negatives, by kind.
    public var negatives: [String: Int]
  }

  /// Writes papers `0..<count` of `generator` into `directory` (created if missing), their
  /// truth to `truthPath`, and returns the counts.
  public static func write(
    count: Int, to directory: String, truthPath: String,
    generator: CorpusGenerator = CorpusGenerator()
  ) throws -> Summary {
    let manager = FileManager.default
    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let truthURL = URL(fileURLWithPath: truthPath)
    _ = manager.createFile(atPath: truthURL.path, contents: nil)
    let truth = try FileHandle(forWritingTo: truthURL)
    defer { try? truth.close() }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var summary = Summary(papers: 0, bytes: 0, references: 0, corrections: [:], negatives: [:])
    // The entries a Neudruck repeats from its Antrag (the paper before it) count once.
    var previous = Set<InjectedCorrection>()
    var buffer = Data()
    for index in 0..<count {
      let paper = generator.paper(index)
      let data = Data(paper.text.utf8)
      try data.write(to: URL(fileURLWithPath: directory + "/" + paper.fileName))
      buffer.append(try encoder.encode(paper.truth))
      buffer.append(0x0A)
      if buffer.count > 1 << 20 {
        try truth.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
      }
      summary.papers += 1
      summary.bytes += data.count
      summary.references += paper.truth.references.count
      for c in paper.truth.corrections where !previous.contains(c) {
        summary.corrections[c.scope, default: 0] += 1
      }
      for n in paper.truth.negatives where !previous.contains(n) {
        summary.negatives[n.kind, default: 0] += 1
      }
      previous = Set(paper.truth.corrections + paper.truth.negatives)
    }
    try truth.write(contentsOf: buffer)
    return summary
  }

  /// Reads a truth file back, one record per line.
  public static func readTruth(_ path: String) throws -> [TruthRecord] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let decoder = JSONDecoder()
    return try data.split(separator: 0x0A).map { try decoder.decode(TruthRecord.self, from: $0) }
  }
}
