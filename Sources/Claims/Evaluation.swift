import DocumentModel
import Foundation
import TextIngest

/// Precision and recall of the correction detector on an annotated set.
public struct EvaluationResult: Sendable, CustomStringConvertible {
  /// Counts for one kind (or all kinds).
  public struct Score: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double {
      truePositives + falsePositives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
      truePositives + falseNegatives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
  }

  /// A truth entry not found, or a detection not in the truth.
  public struct Item: Sendable, CustomStringConvertible {
    public var caseName: String
    public var kind: String
    public var claim: String
    public var correction: String
    public var description: String {
      "\(caseName) [\(kind)] claim: \(claim.prefix(90)) | correction: \(correction.prefix(90))"
    }
  }

  public var byKind: [String: Score]
  public var overall: Score
  public var cases: Int
  public var misses: [Item]
  public var falseAlarms: [Item]

  public var description: String {
    func pct(_ x: Double) -> String {
      let scaled = Int((x * 1000).rounded())
      return
        "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
    }
    func pad(_ s: String, _ n: Int) -> String {
      s + String(repeating: " ", count: max(0, n - s.count))
    }
    var lines = [
      "\(pad("kind", 16)) \(pad("TP", 4)) \(pad("FP", 4)) \(pad("FN", 4)) precision recall"
    ]
    let kinds = Correction.Kind.allCases.map(\.rawValue).filter { byKind[$0] != nil }
    for kind in kinds {
      let s = byKind[kind] ?? Score()
      lines.append(
        "\(pad(kind, 16)) \(pad("\(s.truePositives)", 4)) \(pad("\(s.falsePositives)", 4)) "
          + "\(pad("\(s.falseNegatives)", 4)) \(pad(pct(s.precision), 9)) \(pct(s.recall))")
    }
    let o = overall
    lines.append(
      "\(pad("overall", 16)) \(pad("\(o.truePositives)", 4)) \(pad("\(o.falsePositives)", 4)) "
        + "\(pad("\(o.falseNegatives)", 4)) \(pad(pct(o.precision), 9)) \(pct(o.recall))")
    lines.append("cases: \(cases)")
    for m in misses { lines.append("miss: \(m)") }
    for f in falseAlarms { lines.append("false alarm: \(f)") }
    return lines.joined(separator: "\n")
  }
}

/// Runs the correction detector over an annotated evaluation set.
///
/// Layout: `qa/<case>/question.txt`, `answer.txt`, `truth.json` and `pairs/<case>/earlier.txt`,
/// `later.txt`, `truth.json`, where `truth.json` is
/// `{"corrections": [{"kind", "claim", "correction"}], "negatives": [...]}`. A detection
/// matches a truth entry when the kinds agree and each passage contains the truth's text or
/// lies within it (after collapsing whitespace and joining line-end hyphens).
public enum Evaluation {
  struct Truth: Decodable {
    struct Entry: Decodable {
      var kind: String
      var claim: String
      var correction: String
    }
    var corrections: [Entry]
    var negatives: [String]?
  }

  public static func run(directory: URL) throws -> EvaluationResult {
    var result = EvaluationResult(
      byKind: [:], overall: .init(), cases: 0, misses: [], falseAlarms: [])
    let detector = CorrectionDetector()
    for (group, first, second) in [
      ("qa", "question.txt", "answer.txt"), ("pairs", "earlier.txt", "later.txt"),
    ] {
      let base = directory.appendingPathComponent(group)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else {
        continue
      }
      for name in names.sorted() {
        let dir = base.appendingPathComponent(name)
        let truthURL = dir.appendingPathComponent("truth.json")
        guard FileManager.default.fileExists(atPath: truthURL.path) else { continue }
        let truth = try readTruth(truthURL)
        let a = try read(dir.appendingPathComponent(first))
        let b = try read(dir.appendingPathComponent(second))
        let found =
          group == "qa"
          ? detector.corrections(question: a, answer: b)
          : detector.corrections(between: a, and: b)
        score(found, truth, caseName: "\(group)/\(name)", into: &result)
        result.cases += 1
      }
    }
    return result
  }

  static func read(_ url: URL) throws -> Document {
    guard let data = try? Data(contentsOf: url) else {
      throw ReadError(path: url.path, reason: .io("missing or unreadable"))
    }
    return try TextPaperReader.read([UInt8](data), path: url.path)
  }

  /// The truth file, or a `ReadError` naming it (never quoting it).
  static func readTruth(_ url: URL) throws -> Truth {
    guard let data = try? Data(contentsOf: url) else {
      throw ReadError(path: url.path, reason: .io("missing or unreadable"))
    }
    do {
      return try JSONDecoder().decode(Truth.self, from: data)
    } catch {
      throw ReadError(
        path: url.path,
        reason: .unsupportedFormat(
          "not an evaluation truth file ({\"corrections\": [{\"kind\", \"claim\", \"correction\"}]})"
        ))
    }
  }

  static func score(
    _ found: [Correction], _ truth: Truth, caseName: String, into result: inout EvaluationResult
  ) {
    var used = Set<Int>()
    for entry in truth.corrections {
      let match = found.indices.first { i in
        !used.contains(i) && found[i].kind.rawValue == entry.kind
          && matches(found[i].claim.text, entry.claim)
          && matches(found[i].correction.text, entry.correction)
      }
      if let match {
        used.insert(match)
        result.byKind[entry.kind, default: .init()].truePositives += 1
        result.overall.truePositives += 1
      } else {
        result.byKind[entry.kind, default: .init()].falseNegatives += 1
        result.overall.falseNegatives += 1
        result.misses.append(
          .init(
            caseName: caseName, kind: entry.kind, claim: entry.claim, correction: entry.correction))
      }
    }
    for (i, c) in found.enumerated() where !used.contains(i) {
      result.byKind[c.kind.rawValue, default: .init()].falsePositives += 1
      result.overall.falsePositives += 1
      result.falseAlarms.append(
        .init(
          caseName: caseName, kind: c.kind.rawValue, claim: c.claim.text,
          correction: c.correction.text))
    }
  }

  /// Whether one passage contains the other, compared without layout.
  static func matches(_ passage: String, _ truth: String) -> Bool {
    let a = normalize(passage)
    let b = normalize(truth)
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a.contains(b) || b.contains(a)
  }

  /// Whitespace collapsed, line-end hyphens joined.
  static func normalize(_ s: String) -> String {
    var out = ""
    var pendingSpace = false
    var sawNewline = false
    for ch in s {
      if ch == "\n" || ch == "\r" {
        sawNewline = true
        pendingSpace = true
        continue
      }
      if ch.isWhitespace {
        pendingSpace = true
        continue
      }
      if pendingSpace {
        if sawNewline, out.last == "-", ch.isLowercase {
          out.removeLast()
        } else if !out.isEmpty {
          out.append(" ")
        }
      }
      pendingSpace = false
      sawNewline = false
      out.append(ch)
    }
    return out
  }
}
