/// The config file: `key = value` lines, `#` comments, blank lines; values may be quoted.
enum ConfigFileParser {
  static func parse(_ text: String) throws -> [String: (value: String, line: Int)] {
    var result: [String: (value: String, line: Int)] = [:]
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.trimmingSpaces()
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let equals = line.firstIndex(of: "=") else {
        throw DaemonConfigurationError(
          source: "config file:\(lineNumber)", message: "expected `key = value`")
      }
      let key = line[..<equals].trimmingSpaces()
      var value = line[line.index(after: equals)...].trimmingSpaces()
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
      }
      guard let known = DaemonConfiguration.Key(rawValue: key), known != .config else {
        throw DaemonConfigurationError(
          source: "config file:\(lineNumber)", message: "unknown key '\(key)'")
      }
      result[key] = (value, lineNumber)
    }
    return result
  }
}

/// Durations as plain seconds (`0.5`) or with a unit (`500ms`, `30s`, `5m`, `1h`).
enum DurationParser {
  static func seconds(_ text: String) -> Double? {
    let trimmed = text.trimmingSpaces().lowercased()
    let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
    var number = trimmed
    var factor = 1.0
    for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
      number = String(trimmed.dropLast(suffix.count)).trimmingSpaces()
      factor = scale
      break
    }
    guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
    return value * factor
  }
}

extension StringProtocol {
  func trimmingSpaces() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" || first == "\r" {
      slice = slice.dropFirst()
    }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" {
      slice = slice.dropLast()
    }
    return String(slice)
  }
}
