import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import TextIngest

/// Decoding plain-text papers: encodings, line ends, and the files that must be refused.
@Suite struct DecodingTests {
  @Test func plainUTF8IsKeptByteForByte() throws {
    let bytes = Array("Grüße aus Düsseldorf\nZeile 2".utf8)
    let decoded = try TextDecoder.decode(bytes, path: "a.txt")
    #expect(decoded.encoding == "utf-8")
    #expect(decoded.text.text == "Grüße aus Düsseldorf\nZeile 2")
    #expect(decoded.text.span(of: 0..<bytes.count) == Span(start: 0, end: bytes.count))
    #expect(decoded.text.originalLineStarts == [0, 24])
  }

  @Test func byteOrderMarkIsDroppedAndOffsetsStillPointIntoTheFile() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Antwort der Landesregierung".utf8)
    let decoded = try TextDecoder.decode(bytes, path: "bom.txt")
    #expect(decoded.encoding == "utf-8-bom")
    #expect(decoded.text.text == "Antwort der Landesregierung")
    // "der" is at 8..<11 in the text and 11..<14 in the file.
    #expect(decoded.text.span(of: 8..<11) == Span(start: 11, end: 14))
  }

  @Test func crlfAndLoneCRBecomeNewlines() throws {
    let bytes = Array("Erste Zeile\r\nzweite Zeile\rdritte Zeile\r\n".utf8)
    let decoded = try TextDecoder.decode(bytes, path: "crlf.txt")
    #expect(decoded.text.text == "Erste Zeile\nzweite Zeile\ndritte Zeile\n")
    let text = decoded.text.text
    let range = try #require(text.range(of: "dritte"))
    let span = decoded.text.span(of: range)
    #expect(Array(bytes[span.start..<span.end]) == Array("dritte".utf8))
    // The newline after "Erste Zeile" stands for both bytes of CRLF.
    #expect(decoded.text.span(of: 11..<12) == Span(start: 11, end: 13))
    #expect(decoded.text.originalLineStarts == [0, 13, 26, 40])
  }

  @Test func windows1252IsRecognisedAndTranscoded() throws {
    // „Grüße“ – 5 € ‚ok‘ in Windows-1252.
    let bytes: [UInt8] =
      [0x84] + Array("Gr".utf8) + [0xFC, 0xDF] + Array("e".utf8) + [0x93, 0x20, 0x96, 0x20]
      + Array("5 ".utf8) + [0x80, 0x20, 0x82] + Array("ok".utf8) + [0x91, 0x0D, 0x0A]
      + Array("Stra".utf8) + [0xDF, 0x65]
    let decoded = try TextDecoder.decode(bytes, path: "cp1252.txt")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.text.text == "„Grüße“ – 5 € ‚ok‘\nStraße")
    let text = decoded.text.text
    let range = try #require(text.range(of: "Straße"))
    let span = decoded.text.span(of: range)
    #expect(span == Span(start: bytes.count - 6, end: bytes.count))
    let grusse = try #require(text.range(of: "Grüße"))
    #expect(decoded.text.span(of: grusse) == Span(start: 1, end: 6))
  }

  @Test func windows1252FixtureDecodesWithItsUmlautsAndQuotes() throws {
    let bytes = try Repository.fixtureBytes("text/nw_16_1500_antwort_cp1252.txt")
    let decoded = try TextDecoder.decode(bytes, path: "nw_16_1500_antwort_cp1252.txt")
    #expect(decoded.encoding == "windows-1252")
    let reference = try #require(String(data: Data(bytes), encoding: .windowsCP1252))
    #expect(decoded.text.text == reference.replacingOccurrences(of: "\r\n", with: "\n"))
    for needle in ["Rößler", "„kurze Beine, kurze Wege“", "Märkischen Kreis – gilt"] {
      #expect(decoded.text.text.contains(needle), "\(needle)")
    }
    LayoutInvariant.checkWords(of: decoded.text, original: bytes, encoding: decoded.encoding)
  }

  @Test func crlfFixtureMapsEveryWordBack() throws {
    let bytes = try Repository.fixtureBytes("text/nw_16_1720_antwort_crlf.txt")
    #expect(bytes.contains(0x0D))
    let decoded = try TextDecoder.decode(bytes, path: "nw_16_1720_antwort_crlf.txt")
    #expect(!decoded.text.text.contains("\r"))
    LayoutInvariant.checkWords(of: decoded.text, original: bytes, encoding: decoded.encoding)
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var reason: ReadError.Reason
    var testDescription: String { name }
  }

  static let refusals: [Refusal] = [
    Refusal(name: "empty", bytes: [], reason: .empty),
    Refusal(name: "whitespace only", bytes: Array(" \n\t\r\n\u{0C}\n".utf8), reason: .empty),
    Refusal(name: "BOM only", bytes: [0xEF, 0xBB, 0xBF, 0x0A], reason: .empty),
    Refusal(
      name: "NUL byte", bytes: Array("Antwort".utf8) + [0x00] + Array("x".utf8), reason: .binary),
    Refusal(
      name: "control characters",
      bytes: (0..<200).map { i in i % 3 == 0 ? UInt8(1 + i % 7) : 0x41 }, reason: .binary),
    Refusal(
      name: "PNG header",
      bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], reason: .binary),
  ]

  @Test(arguments: refusals) func refusesWithTheFileNamed(_ refusal: Refusal) {
    let path = "inbox/\(refusal.name).txt"
    #expect(throws: ReadError(path: path, reason: refusal.reason)) {
      try TextDecoder.decode(refusal.bytes, path: path)
    }
  }

  @Test func truncatedUTF8AtTheEndIsATruncationError() throws {
    // "Grüße aus Köln" with the last character "n" replaced by half of an "ü".
    let bytes = Array("Grüße aus Kö".utf8) + [0xC3]
    let error = try #require(throws: ReadError.self) {
      try TextDecoder.decode(bytes, path: "cut.txt")
    }
    guard case .truncated = error.reason else {
      Issue.record("expected .truncated, got \(error.reason)")
      return
    }
    #expect(error.description.hasPrefix("cut.txt: "))
    #expect(!error.description.contains("Grüße"))
    // Three bytes of a four-byte character missing their last one.
    let emoji = Array("Text ".utf8) + [0xF0, 0x9F, 0x98]
    #expect(throws: ReadError.self) { try TextDecoder.decode(emoji, path: "e.txt") }
  }

  @Test func undecodableFilesSayWhy() throws {
    let cases: [[UInt8]] = [
      // UTF-16 (little endian, with BOM): not supported.
      [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00],
      // A UTF-8 BOM followed by bytes that are not UTF-8.
      [0xEF, 0xBB, 0xBF] + Array("Gr".utf8) + [0xFC, 0x65],
      // Not UTF-8, and 0x81 is undefined in Windows-1252.
      Array("Gr".utf8) + [0xFC, 0x81] + Array("e".utf8),
    ]
    for bytes in cases {
      let error = try #require(throws: ReadError.self) {
        try TextDecoder.decode(bytes, path: "odd.txt")
      }
      if case .binary = error.reason { continue }  // UTF-16 has NULs: binary is fine too
      guard case .undecodable(let detail) = error.reason else {
        Issue.record("expected .undecodable, got \(error.reason)")
        continue
      }
      #expect(!detail.isEmpty)
      #expect(error.description.hasPrefix("odd.txt: "))
    }
  }

  @Test func aWindows1252FileEndingInAnUmlautIsNotTruncatedUTF8() throws {
    // The invalid byte 0xFC comes before the end: Windows-1252, not truncation.
    let bytes = Array("Gr".utf8) + [0xFC] + Array("n und ".utf8) + [0xE4]
    let decoded = try TextDecoder.decode(bytes, path: "w.txt")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.text.text == "Grün und ä")
  }
}
