import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import XMLIngest

@Suite struct SafetyTests {
  @Test func externalEntityBringsNothingIn() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/xxe.xml")
    #expect(throws: ReadError.self) { try XMLPaperReader.read(bytes, path: "xxe.xml") }
    do {
      _ = try XMLPaperReader.read(bytes, path: "xxe.xml")
    } catch {
      #expect(error.description.hasPrefix("xxe.xml: "))
      #expect(error.description.contains("entities"))
      #expect(!error.description.contains("root:"))
    }
    // Even without the DOCTYPE check, libxml2 with these options neither reads the file
    // nor substitutes the entity: nothing of /etc/passwd reaches the text.
    var collected = ""
    do {
      try LibXMLStream.run(bytes, path: "xxe.xml") { event, _ in
        if case .text(let run) = event {
          for piece in run.pieces {
            switch piece {
            case .raw(let r): collected += String(decoding: bytes[r], as: UTF8.self)
            case .decoded(let d, _): collected += String(decoding: d, as: UTF8.self)
            }
          }
        }
      }
    } catch {
      #expect(!error.description.contains("root:"))
    }
    #expect(!collected.contains("root:"))
    #expect(collected.contains("Inhalt:"))
  }

  @Test func externalDTDIsNotLoaded() throws {
    // A SYSTEM DTD pointing at /etc/passwd: never fetched (no DTDLOAD), the paper reads.
    let (_, documents) = try readFixture("../invalid/xml/xxe_parameter.xml")
    let d = try #require(documents.first)
    #expect(d.text.text == "Kein Zugriff auf Dateien.")
    #expect(!d.text.text.contains("root:"))
  }

  @Test func billionLaughsEndsWithAClearError() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/billion_laughs.xml")
    #expect {
      try XMLPaperReader.read(bytes, path: "billion_laughs.xml")
    } throws: { error in
      guard let e = error as? ReadError, case .unsupportedFormat(let why) = e.reason else {
        return false
      }
      return e.path == "billion_laughs.xml" && why.contains("entities")
    }
    // libxml2 alone, without the DOCTYPE check, does not expand it either.
    var textBytes = 0
    do {
      try LibXMLStream.run(bytes, path: "billion_laughs.xml") { event, _ in
        if case .text(let run) = event { textBytes += run.raw.count }
      }
    } catch {}
    #expect(textBytes < 1000)
  }

  @Test func truncatedXMLIsReportedAsTruncated() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/truncated.xml")
    do {
      _ = try XMLPaperReader.read(bytes, path: "truncated.xml")
      Issue.record("a truncated file was read")
    } catch {
      guard case .truncated(let detail) = error.reason else {
        Issue.record("not reported as truncated: \(error)")
        return
      }
      #expect(detail.hasPrefix("it ends inside <p> at line 19; libxml2: "))
      #expect(!detail.contains("Zusatzpunkte"))
    }
  }

  @Test func malformedXMLNamesLibxml2sMessageAndLine() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/malformed.xml")
    do {
      _ = try XMLPaperReader.read(bytes, path: "malformed.xml")
      Issue.record("a malformed file was read")
    } catch {
      guard case .malformedXML(let detail) = error.reason else {
        Issue.record("not reported as malformed: \(error)")
        return
      }
      #expect(detail.contains("mismatch"))
      #expect(detail.contains("(line 5)"))
      #expect(!detail.contains("Geheimer"))
      #expect(error.description.hasPrefix("malformed.xml: malformed XML: "))
    }
  }

  @Test func libxml2PrintsNothingToStderr() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/malformed.xml")
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-stderr-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: capture) }
    fflush(nil)
    let saved = dup(2)
    let fd = open(capture.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    dup2(fd, 2)
    _ = try? XMLPaperReader.read(bytes, path: "malformed.xml")
    _ = try? XMLPaperReader.read(Array("<a><b></a>".utf8), path: "x.xml")
    fflush(nil)
    dup2(saved, 2)
    close(fd)
    close(saved)
    let printed = try Data(contentsOf: capture)
    #expect(printed.isEmpty, "\(String(decoding: printed, as: UTF8.self))")
  }

  @Test func unknownXMLNamesItsRoot() throws {
    let bytes = try Repository.fixtureBytes("invalid/xml/unknown_root.xml")
    #expect(
      throws: ReadError(path: "unknown_root.xml", reason: .unsupportedXML(rootElement: "rss"))
    ) {
      try XMLPaperReader.read(bytes, path: "unknown_root.xml")
    }
  }

  @Test func emptyAndNonXMLInput() {
    #expect(throws: ReadError(path: "e.xml", reason: .empty)) {
      try XMLPaperReader.read(Array("  \n".utf8), path: "e.xml")
    }
    #expect(throws: ReadError.self) {
      try XMLPaperReader.read(Array("Antwort".utf8), path: "t.txt")
    }
    #expect(throws: ReadError.self) {
      try XMLPaperReader.read(Array("[{\"a\": ".utf8), path: "t.json")
    }
    #expect(throws: ReadError.self) {
      try XMLPaperReader.read(Array("[{\"a\": 1}]".utf8), path: "t.json")
    }
    #expect((try? XMLPaperReader.read(Array("[]".utf8), path: "empty.json"))?.isEmpty == true)
  }

  @Test func nonUTF8FileMapsNodeByNode() throws {
    let (bytes, documents) = try readFixture("latin1.xml")
    let d = try #require(documents.first)
    #expect(d.text.text == "Grüße aus Köln zu Drucksache 21/77 & mehr.")
    // Transcoded text nodes map onto their raw bytes as a whole.
    let r = try #require(d.text.text.range(of: "21/77"))
    let span = d.text.span(of: r)
    let raw = bytes[span.start..<span.end]
    #expect(raw.starts(with: Array("Gr".utf8)) && raw.last == UInt8(ascii: "."))
  }

  @Test(arguments: [
    "bt_plenarprotokoll_21-90_excerpt.xml", "sn_landtag_export_klanfr.xml",
    "nw_antwort_16-850_akn.xml", "bt_dip_vorgang.xml", "bt_dip_drucksache_list.json",
    "bt_dip_vorgangsposition_list.json",
  ])
  func recognizesStructuredFiles(name: String) throws {
    #expect(XMLPaperReader.recognizes(try Repository.fixtureBytes("xml/" + name)))
  }

  @Test func doesNotRecognizeText() throws {
    let text =
      " Antwort \n \nder Landesregierung \n\nauf die Kleine Anfrage 421 vom 6. September 2012 \n"
    let seed = Array(text.utf8)
    #expect(!XMLPaperReader.recognizes(seed))
    #expect(!XMLPaperReader.recognizes(Array("{\"name\": 1}".utf8)))
    #expect(!XMLPaperReader.recognizes([]))
    #expect(!XMLPaperReader.recognizes(Array("< 3 Drucksachen".utf8)))
  }

  @Test func readsOnSeveralThreadsAtOnce() async throws {
    let bytes = try Repository.fixtureBytes("xml/bt_plenarprotokoll_21-90_excerpt.xml")
    let expected = try XMLPaperReader.read(bytes, path: "p.xml")[0].text.text
    let results = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<8 {
        group.addTask { try? XMLPaperReader.read(bytes, path: "p.xml").first?.text.text }
      }
      var all: [String?] = []
      for await r in group { all.append(r) }
      return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func largeProtocolStreams() throws {
    // ~3 MB generated from the excerpt's agenda items, read in one pass.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-xml-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: path) }
    let items = try XMLBenchmark.generateProtocol(megabytes: 3, to: path)
    let bytes = [UInt8](try Data(contentsOf: path))
    let d = try #require(try XMLPaperReader.read(bytes, path: path.path).first)
    #expect(d.sections.filter { $0.kind == .agendaItem }.count == items)
    #expect(d.statedReferences.count == items * 6)
    #expect(
      d.sections.filter { $0.kind == .speech }.allSatisfy { $0.label == "Sepp Müller (CDU/CSU)" })
  }
}
