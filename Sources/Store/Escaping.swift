/// Escaping for the export formats. Titles come from papers, so they may hold anything:
/// quotes, ampersands, commas, umlauts, and control characters such as a form feed that
/// pdftotext left behind.
enum Escape {
  /// XML 1.0 character data or an attribute value in double quotes. Characters XML 1.0
  /// cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become spaces; tab and line
  /// ends are written as character references so attribute values keep them.
  static func xml(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          out += " "
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A JSON string literal, quotes included. Non-ASCII stays literal (the file is UTF-8).
  static func json(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A JSON value for an optional string: the literal or `null`.
  static func json(_ s: String?) -> String { s.map { json($0) } ?? "null" }

  /// A DOT double-quoted string, quotes included.
  static func dot(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if scalar.value < 0x20 {
          out += " "
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// An RFC 4180 field: quoted when it holds a comma, quote or line break, or starts or ends
  /// with a space; quotes doubled. Line breaks become spaces first, since Neo4j's importer
  /// refuses multi-line fields unless told otherwise.
  static func csv(_ s: String) -> String {
    var field = ""
    var needsQuotes = false
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\r", "\n":
        field += " "
      case "\"":
        field += "\"\""
        needsQuotes = true
      case ",":
        field += ","
        needsQuotes = true
      default:
        field.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
      }
    }
    if field.first == " " || field.last == " " { needsQuotes = true }
    return needsQuotes ? "\"" + field + "\"" : field
  }
}
