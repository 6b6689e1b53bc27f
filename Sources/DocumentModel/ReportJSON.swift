import Foundation

/// The one JSON formatting of every report and export users read or commit: pretty-printed,
/// keys sorted (so output diffs cleanly), slashes unescaped (keys are `nw/drs/16/850`).
public enum ReportJSON {
  /// An encoder with the report formatting.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as report JSON, without a trailing newline; `fallback` if it cannot be encoded.
  public static func string(_ value: some Encodable, fallback: String) -> String {
    guard let data = try? encoder().encode(value) else { return fallback }
    return String(decoding: data, as: UTF8.self)
  }

  /// `value` as an element of a report JSON array, indented as `string` indents the
  /// elements of an array, so that an array written element by element (`[\n`, elements
  /// joined by `,\n`, `\n]`) reads byte for byte as the array encoded whole; `fallback` if
  /// it cannot be encoded. Pass one `encoder()` for many elements: making one is dearer
  /// than encoding a small value.
  public static func arrayElement(
    _ value: some Encodable, fallback: String, encoder: JSONEncoder = encoder()
  ) -> String {
    guard let data = try? encoder.encode(value) else { return "  " + fallback }
    var indented: [UInt8] = [0x20, 0x20]
    indented.reserveCapacity(data.count + data.count / 8)
    for byte in data {
      indented.append(byte)
      // A line break in JSON output is always between tokens: strings escape theirs.
      if byte == 0x0A { indented.append(contentsOf: [0x20, 0x20]) }
    }
    return String(decoding: indented, as: UTF8.self)
  }
}
