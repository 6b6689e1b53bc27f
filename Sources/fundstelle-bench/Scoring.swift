import CorpusGenerator

/// Recall and precision of extracted reference targets against the truth, compared per
/// paper as multisets.
struct Score {
  var truePositives = 0
  var falseNegatives = 0
  var falsePositives = 0
  var missingPapers = 0
  var keyMismatches = 0
  var misses: [String] = []
  var extras: [String] = []

  var recall: Double {
    Double(truePositives) / Double(max(1, truePositives + falseNegatives))
  }
  var precision: Double {
    Double(truePositives) / Double(max(1, truePositives + falsePositives))
  }

  /// Adds one paper: `found` is nil when the paper could not be read.
  mutating func add(_ truth: TruthRecord, found: (key: String, targets: [String])?) {
    guard let found else {
      missingPapers += 1
      falseNegatives += truth.references.count
      return
    }
    if found.key != truth.key { keyMismatches += 1 }
    var expected: [String: Int] = [:]
    for t in truth.references { expected[t, default: 0] += 1 }
    var got: [String: Int] = [:]
    for t in found.targets { got[t, default: 0] += 1 }
    for (target, count) in expected {
      let hit = min(count, got[target] ?? 0)
      truePositives += hit
      if count > hit {
        falseNegatives += count - hit
        if misses.count < 12 { misses.append("\(truth.file): \(target) (×\(count - hit))") }
      }
    }
    for (target, count) in got {
      let extra = count - min(count, expected[target] ?? 0)
      if extra > 0 {
        falsePositives += extra
        if extras.count < 12 { extras.append("\(truth.file): \(target) (×\(extra))") }
      }
    }
  }
}
