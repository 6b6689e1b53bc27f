import Foundation

/// The one JSON formatting of every report and export users read or commit: pretty-printed,
/// keys sorted (so output diffs cleanly), slashes unescaped (keys are `nw/drs/16/850`).
public enum ReportJSON {
  /// `value` as report JSON, without a trailing newline; `fallback` if it cannot be encoded.
  public static func string(_ value: some Encodable, fallback: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return fallback }
    return String(decoding: data, as: UTF8.self)
  }
}
