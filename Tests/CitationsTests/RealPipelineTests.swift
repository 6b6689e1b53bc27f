import Citations
import DocumentModel
import Foundation
import Pipeline
import TestSupport
import Testing

/// Extraction on papers as the real readers deliver them, not on hand-built documents.
@Suite struct RealPipelineTests {
  static func references(of relativePath: String) throws -> [Reference] {
    let bytes = try [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(relativePath)))
    let papers = try PaperAnalyzer().analyze(bytes, path: relativePath)
    #expect(papers.count == 1)
    return try #require(papers.first).references
  }

  /// Issue 3's acceptance: the seed yields these references and nothing else.
  @Test func theSeedYieldsExactlyItsReferences() throws {
    let references = try Self.references(of: "seeds/000_65a9724eb37073ec.txt")
    let targets = Set(references.map(\.target.rawValue))
    let aliases = Set(references.flatMap(\.aliases).map(\.rawValue))
    #expect(
      targets.union(aliases) == [
        "nw/drs/16/850", "nw/ka/16/421", "nw/vorlage/15/1144", "press/mais/2010-12-21",
        "press/mais/2012-08-23", "law/nw/tintg/§1/nr7", "law/nw/tintg/§6/abs1",
        "nw/antwort/16/850#frage-3",
      ])
    // The question it answers, by Drucksache and by its Kleine Anfrage number.
    let answered = references.filter { $0.relation == .answers }
    #expect(!answered.isEmpty)
    #expect(answered.allSatisfy { ["nw/drs/16/850", "nw/ka/16/421"].contains($0.target.rawValue) })
    #expect(
      answered.contains { $0.target == "nw/ka/16/421" || $0.aliases.contains("nw/ka/16/421") })
    // Two references to the Teilhabe- und Integrationsgesetz, from one „§§ 1 Nr. 7 und 6 Abs.1“.
    #expect(references.filter { $0.kind == .law }.count == 2)
    // "unter 3. genannten" points to question 3 of the same paper.
    let internalReferences = references.filter { $0.kind == .internal }
    #expect(internalReferences.map(\.target.rawValue) == ["nw/antwort/16/850#frage-3"])
    #expect(internalReferences.first?.text == "unter 3. genannten")
    // Vorlage 15/1144 from WP 16: a reference into the previous Wahlperiode.
    #expect(references.contains { $0.target == "nw/vorlage/15/1144" && $0.relation == .cites })
  }

  /// Every reference's span cuts its text out of the original file.
  @Test(arguments: [
    "seeds/000_65a9724eb37073ec.txt", "Fixtures/text/nw_16_2350_antwort.txt",
    "Fixtures/text/nw_16_1500_antwort_cp1252.txt", "Fixtures/text/nw_16_1720_antwort_crlf.txt",
    "Fixtures/text/bt_19_4711_antwort.txt", "Fixtures/xml/nw_antwort_16-850_akn.xml",
  ])
  func referenceSpansPointAtTheirText(_ relativePath: String) throws {
    let url = Repository.root.appendingPathComponent(relativePath)
    let bytes = try [UInt8](Data(contentsOf: url))
    let cp1252 = relativePath.contains("cp1252")
    for reference in try Self.references(of: relativePath) {
      let slice = Data(bytes[reference.span.start..<reference.span.end])
      let original =
        (cp1252
          ? String(data: slice, encoding: .windowsCP1252) : String(data: slice, encoding: .utf8))
        ?? ""
      // In XML a stated reference may span its whole element, `<ref href=…>…</ref>`.
      let holds =
        relativePath.hasSuffix(".xml")
        ? squeeze(original).contains(squeeze(reference.text))
        : squeeze(original) == squeeze(reference.text)
      #expect(
        holds,
        "\(relativePath): \(reference.text) at \(reference.span)")
    }
  }

  /// Issue 4's acceptance: the Akoma Ntoso version of the seed yields the same references
  /// as the text version.
  @Test func akomaNtosoAndTextYieldTheSameReferences() throws {
    let text = try Self.references(of: "seeds/000_65a9724eb37073ec.txt")
    let xml = try Self.references(of: "Fixtures/xml/nw_antwort_16-850_akn.xml")
    func summary(_ references: [Reference]) -> [String] {
      references.map { "\($0.kind.rawValue) \($0.target) \($0.relation.rawValue)" }.sorted()
    }
    #expect(summary(text) == summary(xml))
  }
}

/// Letters and digits only: a reference's text may span a joined line break or hyphen.
private func squeeze(_ text: String) -> String {
  String(
    text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
      Character.init))
}
