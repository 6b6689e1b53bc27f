import DocumentModel
import Testing

@testable import Citations

/// `KeyParts` must answer exactly what `DocumentKey`'s own accessors answer: the resolver
/// and the extractor switched to it for speed only.
@Suite struct KeyPartsAgreeWithDocumentKey {
  @Test(arguments: [
    "nw/drs/16/850", "nw/ka/16/421", "bt/plpr/19/32", "nw/drs/17/2345@neudruck",
    "nw/drs/17/2345@2.neudruck", "br/drs/19/123", "nw/noeapr/16/177", "nw/antwort/16/850",
    "press/mais/2010-12-21", "law/bund/bho/§88/abs2", "law/nw/go-lt/§96",
    "nw/antwort/16/850#frage-3", "nw//drs/16/1", "/nw/drs/16/1", "nw/drs//16/", "nw", "",
    "nw/drs", "nw/drs/x16/3", "nw/drs/+16/3", "nw/drs/-16/3", "nw/drs/+/3", "nw/drs/-/3",
    "nw/drs/16x/3", "nw/drs/9223372036854775807/1", "nw/drs/9223372036854775808/1",
    "nw/drs/-9223372036854775808/1", "nw/drs/-9223372036854775809/1", "xx/yy/16/3", "nw@v/drs/16/1",
    "sha256/abc",
    "NW/Drs/16/850", "nw/drs/16/850/x", "nw/drs/16/850/", "a/b/c/d/e@f/g",
    "law/bund/gg/art3", "law/nw/lho/§7/abs1", "law/unknown/schülerfahrkosten/§2",
    "nw/drs/\u{301}16/850", "nw/\u{301}/drs/16/1@\u{301}neudruck", "nw/drs/16/1\u{301}",
  ])
  func sameParts(_ raw: String) {
    let key = DocumentKey(raw)
    let parts = KeyParts(key)
    #expect(parts.body == key.body)
    #expect(parts.series == key.series)
    #expect(parts.wahlperiode == key.wahlperiode)
    #expect(parts.number == key.number)
    #expect(KeyParts.unversioned(key) == key.unversioned)
  }

  @Test func everyBodyAndSeries() {
    for body in Parliament.allCases {
      for series in Series.allCases {
        let key = DocumentKey(body: body, series: series, wahlperiode: 18, number: "7")
        let parts = KeyParts(key)
        #expect(parts.body == body)
        #expect(parts.series == series)
      }
    }
  }
}
