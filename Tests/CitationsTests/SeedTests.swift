import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import Citations

/// The seed: NRW answer to Kleine Anfrage 421 (Drucksache 16/850), as pdftotext wrote it,
/// roughly normalized here (the text stage does this properly in the pipeline).
@Suite struct Seed {
  static func document() throws -> Document {
    let raw = try String(contentsOf: Repository.seed, encoding: .utf8)
    return Citing.nwAntwort.document(roughlyNormalized(raw))
  }

  @Test func yieldsExactlyTheExpectedTargets() throws {
    let refs = extractor.extract(from: try Self.document())
    let expected: Set<DocumentKey> = [
      "nw/ka/16/421", "nw/drs/16/850", "nw/vorlage/15/1144", "press/mais/2010-12-21",
      "press/mais/2012-08-23", "law/nw/tintg/§1/nr7", "law/nw/tintg/§6/abs1",
      "nw/antwort/16/850#frage-3",
    ]
    #expect(Set(refs.map(\.target)) == expected)
  }

  @Test func theQuestionIsAnsweredAndEverythingElseCited() throws {
    let refs = extractor.extract(from: try Self.document())
    for r in refs where r.target == "nw/drs/16/850" || r.target == "nw/ka/16/421" {
      #expect(r.relation == .answers)
    }
    #expect(refs.filter { $0.target == "nw/drs/16/850" }.count == 1)
    #expect(refs.filter { $0.target == "nw/ka/16/421" }.count == 2)
    #expect(refs.filter { $0.kind == .law }.count == 2)
    #expect(refs.filter { $0.kind == .internal }.map(\.text) == ["unter 3. genannten"])
  }

  @Test func theDecember2010ReleaseIsCitedSeveralTimes() throws {
    let refs = extractor.extract(from: try Self.document())
    let december = refs.filter { $0.target == "press/mais/2010-12-21" }
    let august = refs.filter { $0.target == "press/mais/2012-08-23" }
    // Vorbemerkung, "in derselben Mitteilung", "des MAIS vom 21. Dezember 2010", "in der
    // Presseerklärung", question 3 and "in der genannten Pressemitteilung".
    #expect(december.count == 6)
    #expect(december.contains { $0.text == "Mitteilung" })
    // "eine weitere Pressemitteilung" and "in der Mitteilung".
    #expect(august.count == 2)
    #expect(december.first?.relation == .quotes)
  }

  @Test func resolvesTheQuestionNumberToItsDrucksache() throws {
    let doc = try Self.document()
    let citations = CitationResolver.resolve(
      extractor.extract(from: doc), citing: doc, known: { $0 == "nw/drs/16/850" },
      alias: { _ in nil })
    let ka = citations.filter { $0.reference.target == "nw/ka/16/421" }
    #expect(!ka.isEmpty)
    for c in ka {
      #expect(c.resolvedTarget == "nw/drs/16/850")
      #expect(c.status == .resolved)
    }
    let vorlage = citations.first { $0.reference.target == "nw/vorlage/15/1144" }
    #expect(vorlage?.status == .dangling)
  }
}
