import DocumentModel

/// A plain-text paper decoded to Unicode, before any layout repair.
///
/// `text.text` is the file's content with the byte order mark dropped, Windows-1252
/// transcoded and every line end (`\r\n`, lone `\r`) turned into `\n`; `text.map` leads back
/// to the original bytes. Form feeds (pdftotext's page breaks) are kept.
public struct DecodedText: Sendable {
  public var text: NormalizedText
  /// `"utf-8"`, `"utf-8-bom"` or `"windows-1252"`.
  public var encoding: String

  public init(text: NormalizedText, encoding: String) {
    self.text = text
    self.encoding = encoding
  }
}

/// `DecodedText` before its string is made: the decoded UTF-8, validated, and the way back.
/// The reader's own path normalizes these bytes directly; making a `String` of them first
/// cost a second validating pass over the file, only to be turned back into bytes.
struct DecodedBytes {
  var bytes: [UInt8]
  var map: OffsetMap
  var originalLineStarts: [Int]
  var encoding: String
}

/// Turns the bytes of a plain-text paper into text: UTF-8 (with or without BOM), else
/// Windows-1252 (which covers Latin-1's printable range).
public enum TextDecoder {
  /// Decodes `bytes`, read from `path` (used in error messages only).
  ///
  /// Throws `.empty` for an empty or whitespace-only file, `.binary` for NUL bytes or many
  /// control characters, `.truncated` for UTF-8 that breaks off inside its last character,
  /// `.undecodable` for UTF-16 or bytes that Windows-1252 leaves undefined.
  public static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> DecodedText {
    let decoded = try decodeBytes(bytes, path: path)
    return DecodedText(
      text: NormalizedText(
        text: String(decoding: decoded.bytes, as: UTF8.self), map: decoded.map,
        originalLineStarts: decoded.originalLineStarts),
      encoding: decoded.encoding)
  }

  /// `decode` without making the string: the same checks, errors and bytes.
  static func decodeBytes(_ bytes: [UInt8], path: String) throws(ReadError) -> DecodedBytes {
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let start = hasBOM ? 3 : 0
    if bytes.count >= 2
      && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      throw ReadError(
        path: path, reason: .undecodable("UTF-16 byte order mark; only UTF-8 and Windows-1252"))
    }
    let hasCR = try checkContent(bytes, from: start, path: path)

    let lineStarts = NormalizedText.lineStarts(of: bytes)
    switch validateUTF8(bytes, from: start) {
    case .valid:
      // The usual file: valid UTF-8 without carriage returns, the bytes as they are.
      let (text, map) = copyNormalizingLineEnds(bytes, from: start, hasCR: hasCR)
      return DecodedBytes(
        bytes: text, map: map, originalLineStarts: lineStarts,
        encoding: hasBOM ? "utf-8-bom" : "utf-8")
    case .truncatedAtEnd(let offset):
      throw ReadError(
        path: path,
        reason: .truncated("UTF-8 breaks off inside a character at byte \(offset)"))
    case .invalid(let offset):
      if hasBOM {
        throw ReadError(
          path: path,
          reason: .undecodable("invalid UTF-8 at byte \(offset) after a UTF-8 byte order mark"))
      }
      let (text, map) = try transcodeWindows1252(bytes, path: path)
      return DecodedBytes(
        bytes: text, map: map, originalLineStarts: lineStarts, encoding: "windows-1252")
    }
  }

  // MARK: Content checks

  /// Empty, whitespace-only and binary files are refused before decoding. Returns whether
  /// the file has a carriage return.
  private static func checkContent(_ bytes: [UInt8], from start: Int, path: String)
    throws(ReadError) -> Bool
  {
    var nonSpace = 0
    var controls = 0
    var carriageReturns = 0
    var nul = false
    bytes.withUnsafeBytes { raw in
      let n = raw.count
      var i = start
      while i < n {
        // Eight bytes at a time while they hold no control byte but `\n` (below 0x20, or
        // 0x7F): then every byte but a space or `\n` is a non-space. `\n` lanes are turned
        // into spaces (0x0A ^ 0x2A) first, so line ends do not leave the fast path.
        if i + 8 <= n {
          let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          let w = word ^ ((SWAR.equal(word, 0x0A) >> 7) &* 0x2A)
          if !SWAR.hasByte(below: 0x20, w) && !SWAR.hasZeroByte(w ^ SWAR.repeated(0x7F)) {
            nonSpace += 8 - SWAR.zeroBytes(w ^ SWAR.repeated(0x20))
            i += 8
            continue
          }
        }
        let b = raw[i]
        i += 1
        if b > 0x20 {
          if b == 0x7F { controls += 1 }
          nonSpace += 1
          continue
        }
        switch b {
        case 0x00: nul = true
        case 0x0D: carriageReturns += 1
        case 0x09, 0x0A, 0x0B, 0x0C, 0x20: break
        default:
          controls += 1
          nonSpace += 1
        }
      }
    }
    if nul { throw ReadError(path: path, reason: .binary) }
    if nonSpace == 0 { throw ReadError(path: path, reason: .empty) }
    // A stray control byte happens in real extractions; text has almost none.
    if controls > 8 && controls * 100 > nonSpace {
      throw ReadError(path: path, reason: .binary)
    }
    return carriageReturns > 0
  }

  // MARK: UTF-8

  private enum UTF8Check {
    case valid
    case invalid(Int)
    case truncatedAtEnd(Int)
  }

  /// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
  private static func validateUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Check {
    bytes.withUnsafeBytes { raw in
      let n = raw.count
      var i = start
      while i < n {
        // Eight ASCII bytes at a time.
        if i + 8 <= n
          && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          i += 8
          continue
        }
        let b = raw[i]
        if b < 0x80 {
          i += 1
          continue
        }
        let need: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0:
          need = 2
          low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED:
          need = 2
          high = 0x9F
        case 0xF0:
          need = 3
          low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4:
          need = 3
          high = 0x8F
        default: return .invalid(i)
        }
        // Check the continuation bytes that are there; the first has the tighter range.
        var k = 1
        while k <= need {
          guard i + k < n else { return .truncatedAtEnd(i) }
          let c = raw[i + k]
          let ok = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF)
          if !ok { return .invalid(i) }
          k += 1
        }
        i += need + 1
      }
      return .valid
    }
  }

  /// Copies valid UTF-8, turning `\r\n` and lone `\r` into `\n`.
  private static func copyNormalizingLineEnds(_ bytes: [UInt8], from start: Int, hasCR: Bool)
    -> ([UInt8], OffsetMap)
  {
    guard hasCR else {
      let text = start == 0 ? bytes : Array(bytes[start...])
      return (text, .identity(length: bytes.count - start, originalStart: start))
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count - start)
    var builder = OffsetMapBuilder()
    var runStart = start
    var i = start
    while i < bytes.count {
      guard bytes[i] == 0x0D else {
        i += 1
        continue
      }
      out.append(contentsOf: bytes[runStart..<i])
      builder.append(
        normalizedLength: i - runStart, originalStart: runStart, originalLength: i - runStart)
      let crlf = i + 1 < bytes.count && bytes[i + 1] == 0x0A
      out.append(0x0A)
      builder.append(normalizedLength: 1, originalStart: i, originalLength: crlf ? 2 : 1)
      i += crlf ? 2 : 1
      runStart = i
    }
    out.append(contentsOf: bytes[runStart..<bytes.count])
    builder.append(
      normalizedLength: bytes.count - runStart, originalStart: runStart,
      originalLength: bytes.count - runStart)
    return (out, builder.map)
  }

  // MARK: Windows-1252

  /// Code points of the bytes 0x80...0x9F; 0 marks the five bytes Windows-1252 leaves undefined.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  private static func transcodeWindows1252(_ bytes: [UInt8], path: String) throws(ReadError)
    -> ([UInt8], OffsetMap)
  {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var builder = OffsetMapBuilder()
    var runStart = 0
    var i = 0
    func flushRun(to end: Int) {
      guard end > runStart else { return }
      out.append(contentsOf: bytes[runStart..<end])
      builder.append(
        normalizedLength: end - runStart, originalStart: runStart, originalLength: end - runStart)
    }
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 && b != 0x0D {
        i += 1
        continue
      }
      flushRun(to: i)
      if b == 0x0D {
        let crlf = i + 1 < bytes.count && bytes[i + 1] == 0x0A
        out.append(0x0A)
        builder.append(normalizedLength: 1, originalStart: i, originalLength: crlf ? 2 : 1)
        i += crlf ? 2 : 1
        runStart = i
        continue
      }
      let scalar: UInt32 = b >= 0xA0 ? UInt32(b) : windows1252High[Int(b - 0x80)]
      guard scalar != 0 else {
        throw ReadError(
          path: path,
          reason: .undecodable(
            "neither UTF-8 nor Windows-1252: undefined byte 0x\(String(b, radix: 16, uppercase: true)) at byte \(i)"
          ))
      }
      let before = out.count
      if scalar < 0x800 {
        out.append(UInt8(0xC0 | (scalar >> 6)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
      } else {
        out.append(UInt8(0xE0 | (scalar >> 12)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
      }
      builder.append(normalizedLength: out.count - before, originalStart: i, originalLength: 1)
      i += 1
      runStart = i
    }
    flushRun(to: bytes.count)
    return (out, builder.map)
  }
}
