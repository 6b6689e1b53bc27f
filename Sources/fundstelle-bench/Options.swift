import Foundation

/// Command-line options of `fundstelle-bench`.
struct Options {
  var papers = 20_000
  var directory: String?
  var keep = false
  var fundstelle: String?
  var seed: UInt64 = 7

  static let usage = """
    usage: fundstelle-bench [--papers N] [--dir DIR] [--keep] [--fundstelle PATH] [--seed N]

    Generates a corpus of N papers (default 20000) into DIR/papers (default: a new folder in
    the temp dir) with its truth in DIR/truth.jsonl, then measures the release `fundstelle`
    (default: the one next to this executable) against rg and a Python regex pass.
    Without --keep the generated files are removed at the end.
    """

  static func parse(_ arguments: [String]) -> Options? {
    var options = Options()
    var i = 0
    func value() -> String? {
      i += 1
      return i < arguments.count ? arguments[i] : nil
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--papers":
        guard let v = value(), let n = Int(v), n > 0 else { return nil }
        options.papers = n
      case "--dir":
        guard let v = value() else { return nil }
        options.directory = v
      case "--keep": options.keep = true
      case "--fundstelle":
        guard let v = value() else { return nil }
        options.fundstelle = v
      case "--seed":
        guard let v = value(), let n = UInt64(v) else { return nil }
        options.seed = n
      default: return nil
      }
      i += 1
    }
    return options
  }
}
