import DocumentModel
import Testing

@Test func identityMapsByteForByte() {
  let map = OffsetMap.identity(length: 10, originalStart: 3)
  #expect(map.originalSpan(ofNormalized: 2..<5) == Span(start: 5, end: 8))
}

@Test func deletionsAndTranscodingCompose() {
  // Original "ab\xE4-\ncd" in Windows-1252: a b ä - \n c d (7 bytes).
  // Decoded UTF-8 "abä-\ncd" (8 bytes): ä is 2 bytes for 1 original byte.
  var decode = OffsetMapBuilder()
  decode.append(normalizedLength: 2, originalStart: 0, originalLength: 2)
  decode.append(normalizedLength: 2, originalStart: 2, originalLength: 1)
  decode.append(normalizedLength: 4, originalStart: 3, originalLength: 4)
  // Dehyphenated "abäcd" (6 bytes): drop "-\n" at decoded 4..<6.
  var join = OffsetMapBuilder()
  join.append(normalizedLength: 4, originalStart: 0, originalLength: 4)
  join.append(normalizedLength: 2, originalStart: 6, originalLength: 2)
  let map = join.map.composed(with: decode.map)
  #expect(map.originalSpan(ofNormalized: 0..<6) == Span(start: 0, end: 7))
  #expect(map.originalSpan(ofNormalized: 2..<4) == Span(start: 2, end: 3))
  #expect(map.originalSpan(ofNormalized: 4..<6) == Span(start: 5, end: 7))
}

@Test func sha256KnownAnswers() {
  #expect(
    SHA256.hex(Array("abc".utf8))
      == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  #expect(
    SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  let long = [UInt8](repeating: 0x61, count: 1_000)
  #expect(
    SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}

@Test func keysAreLowerCaseAndSplitIntoParts() {
  let key = DocumentKey("NW/DRS/17/2345@Neudruck")
  #expect(key.rawValue == "nw/drs/17/2345@neudruck")
  #expect(key.unversioned == "nw/drs/17/2345")
  #expect(key.version == "neudruck")
  #expect(key.body == .nw)
  #expect(key.series == .drucksache)
  #expect(key.wahlperiode == 17)
}
