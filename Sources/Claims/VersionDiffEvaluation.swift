import DocumentModel
import Foundation
import TextIngest

/// Precision and recall of `VersionDiff` on annotated version pairs.
///
/// Each pair is a folder with `old.txt`, `new.txt` and `truth.json` =
/// `{"changes": [{"kind", "old", "new"}]}` (an empty list for a pair that differs only in
/// layout). A found change counts as right when a truth change of the same kind has the
/// same old and new words, one side's words containing the other's (whitespace collapsed),
/// so `30. September 2018` in the truth matches a found `30. September`; a found insertion may
/// leave out the words the truth repeats around it. Each truth change is matched at most once.
public enum VersionDiffEvaluation {
  public struct Result: Sendable {
    public var pairs: Int
    public var expected: Int
    public var found: Int
    public var correct: Int
    /// `pair: kind „old“ → „new“` for every truth change not found.
    public var missed: [String]
    /// The same for every found change that is not in the truth.
    public var spurious: [String]

    public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
    public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }

    /// A few lines for a terminal or a README.
    public var summary: String {
      var out = "version diff evaluation: \(pairs) pairs, \(expected) expected changes, "
      out += "\(found) found, \(correct) correct\n"
      out +=
        "precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))\n"
      for m in missed { out += "  missed:   \(m)\n" }
      for s in spurious { out += "  spurious: \(s)\n" }
      return out
    }
  }

  struct Truth: Decodable {
    struct Item: Decodable {
      var kind: String
      var old: String
      var new: String
    }
    var changes: [Item]
  }

  /// Runs the diff on every pair folder below `directory` (sorted by name).
  public static func run(directory: URL) throws(ReadError) -> Result {
    let fm = FileManager.default
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: directory.path).sorted()
    } catch {
      throw ReadError(path: directory.path, reason: .io("cannot list the folder"))
    }
    var result = Result(pairs: 0, expected: 0, found: 0, correct: 0, missed: [], spurious: [])
    for name in names {
      let folder = directory.appendingPathComponent(name)
      let truthURL = folder.appendingPathComponent("truth.json")
      guard fm.fileExists(atPath: truthURL.path) else { continue }
      let old = try read(folder.appendingPathComponent("old.txt"))
      let new = try read(folder.appendingPathComponent("new.txt"))
      let truth: Truth
      do {
        truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: truthURL))
      } catch {
        throw ReadError(path: truthURL.path, reason: .unsupportedFormat("not a truth.json"))
      }
      let changes = VersionDiff().changes(old: old, new: new)
      score(name: name, truth: truth.changes, found: changes, into: &result)
    }
    return result
  }

  static func score(name: String, truth: [Truth.Item], found: [Change], into result: inout Result) {
    result.pairs += 1
    result.expected += truth.count
    result.found += found.count
    var used = [Bool](repeating: false, count: truth.count)
    for c in found {
      if let k = truth.indices.first(where: {
        !used[$0] && truth[$0].kind == c.kind.rawValue
          && agrees(truth: truth[$0].old, found: c.old)
          && agrees(truth: truth[$0].new, found: c.new)
          && (collapse(truth[$0].old).isEmpty == collapse(c.old).isEmpty
            || collapse(truth[$0].new).isEmpty == collapse(c.new).isEmpty)
      }) {
        used[k] = true
        result.correct += 1
      } else {
        result.spurious.append("\(name): \(c.kind.rawValue) „\(c.old)“ → „\(c.new)“")
      }
    }
    for (k, t) in truth.enumerated() where !used[k] {
      result.missed.append("\(name): \(t.kind) „\(t.old)“ → „\(t.new)“")
    }
  }

  /// The found words agree with the truth's: both empty, or one containing the other. A found
  /// side may also be empty where the truth names the words around an insertion
  /// (`Streifendienst` → `Wach- und Streifendienst` found as `` → `Wach- und`).
  static func agrees(truth: String, found: String) -> Bool {
    let x = collapse(truth)
    let y = collapse(found)
    if y.isEmpty { return true }
    if x.isEmpty { return false }
    return x.contains(y) || y.contains(x)
  }

  static func collapse(_ s: String) -> String {
    s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func read(_ url: URL) throws(ReadError) -> Document {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw ReadError(path: url.path, reason: .io(error.localizedDescription))
    }
    return try TextPaperReader.read([UInt8](data), path: url.path)
  }
}
