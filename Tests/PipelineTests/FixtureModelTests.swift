import DocumentModel
import Foundation
import Pipeline
import TestSupport
import Testing

/// Every paper fixture has its whole expected model beside it (`X.expected.json`), and every
/// span in the model must cut the right bytes out of the original file.
@Suite struct FixtureModelTests {
  /// The paper fixtures, relative to the repository root (the path is part of the model).
  static let papers: [String] = {
    let folders = ["Fixtures/text", "Fixtures/real"]
    return folders.flatMap { folder -> [String] in
      let url = Repository.root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { InboxFilter.isCandidate(name: $0) }.sorted().map { "\(folder)/\($0)" }
    }
  }()

  static func read(_ relative: String) throws -> Document {
    let bytes = try [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(relative)))
    let documents = try PaperReader.read(bytes, path: relative)
    #expect(documents.count == 1)
    return try #require(documents.first)
  }

  @Test func thereAreEnoughFixtures() {
    #expect(Self.papers.count >= 10)
  }

  @Test(arguments: papers)
  func modelMatchesExpectation(_ relative: String) throws {
    let document = try Self.read(relative)
    let actual = DocumentReport(document).json()
    let expectedURL = Repository.root.appendingPathComponent(
      expectedPath(for: relative))
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(actual == expected, "model of \(relative) differs from \(expectedPath(for: relative))")
  }

  @Test(arguments: papers)
  func everySpanCutsItsOwnText(_ relative: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(relative)))
    let document = try Self.read(relative)
    #expect(!document.sections.isEmpty)
    let text = document.text
    for section in document.sections {
      let normalized = String(text.substring(section.textRange))
      let sectionHolds = cuts(bytes, section.span, encoding: document.source.encoding, normalized)
      #expect(
        sectionHolds,
        "section \(section.kind.rawValue) \(section.numbers) of \(relative) at \(section.span)")
      // And word by word: each word's span holds that word.
      var offset = section.textRange.lowerBound
      for word in normalized.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "\n" })
      {
        let length = word.utf8.count
        let span = text.span(of: offset..<offset + length)
        let wordHolds = cuts(bytes, span, encoding: document.source.encoding, String(word))
        #expect(
          wordHolds,
          "word \"\(word)\" of \(relative) at \(span)")
        offset += length + 1
      }
    }
  }
}

/// Whether the original bytes at `span` hold `normalized`: the same letters and digits at
/// both ends, and all of them in order (the bytes may also hold a removed page header or
/// the hyphen of a joined line break).
func cuts(_ bytes: [UInt8], _ span: Span, encoding: String, _ normalized: String) -> Bool {
  guard span.start >= 0, span.end <= bytes.count,
    let original = decode(Array(bytes[span.start..<span.end]), as: encoding)
  else { return false }
  let want = Array(letters(of: normalized))
  let have = Array(letters(of: original))
  guard want.first == have.first, want.last == have.last else { return false }
  var i = 0
  for c in have where i < want.count && c == want[i] { i += 1 }
  return i == want.count
}

/// Where a paper's expected model lives: beside it, `name.expected.json`.
func expectedPath(for relative: String) -> String {
  (relative as NSString).deletingPathExtension + ".expected.json"
}

/// The letters and digits of a text, in order: what must survive normalisation.
func letters(of text: String) -> String {
  let kept = text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
  return String(String.UnicodeScalarView(kept))
}

func decode(_ bytes: [UInt8], as encoding: String) -> String? {
  switch encoding {
  case "windows-1252": return String(data: Data(bytes), encoding: .windowsCP1252)
  default: return String(decoding: bytes, as: UTF8.self)
  }
}
