import Testing

@testable import TextIngest

/// The eight-bytes-at-once tests agree with a byte-by-byte look on every word tried.
@Suite struct SWARTests {
  /// Words built from bytes around the edges the tests care about.
  static let words: [[UInt8]] = {
    let edges: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
    var result: [[UInt8]] = []
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4000 {
      var word: [UInt8] = []
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        word.append(edges[Int(state >> 33) % edges.count])
      }
      result.append(word)
    }
    result.append([UInt8](repeating: 0x20, count: 8))
    result.append([UInt8](repeating: 0x00, count: 8))
    result.append(Array("Drucksac".utf8))
    return result
  }()

  static func load(_ bytes: [UInt8]) -> UInt64 {
    bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }

  @Test func agreesWithBytes() {
    for word in Self.words {
      let w = Self.load(word)
      #expect(SWAR.hasByte(below: 0x20, w) == word.contains { $0 < 0x20 }, "\(word)")
      #expect(SWAR.hasZeroByte(w) == word.contains(0), "\(word)")
      #expect(SWAR.hasZeroByte(w ^ SWAR.repeated(0x7F)) == word.contains(0x7F), "\(word)")
      #expect(SWAR.zeroBytes(w ^ SWAR.repeated(0x20)) == word.count { $0 == 0x20 }, "\(word)")
      for b: UInt8 in [0x00, 0x0A, 0x20, 0x7F, 0x80, 0xC3, 0xFF] {
        let lanes = Self.load(word.map { $0 == b ? 0x80 : 0 })
        #expect(SWAR.equal(w, b) == lanes, "\(word) \(b)")
      }
    }
  }

  /// `Fold` lower-cases ASCII capitals and the Latin-1 capitals À…Þ except ×, as `lowercased`
  /// does on those letters, whether a word of eight bytes holds an umlaut or not.
  @Test func foldAgreesWithLowercasedOnLatin1() {
    let alphabet = Array("ABCXYZabcxyz09 .,;-/@[`{ÄÖÜäöüßÀÞ×÷ÿéÉ")
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for length in 0..<40 {
      for _ in 0..<50 {
        var s = ""
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          s.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        #expect(Fold.fold(Array(s.utf8)) == Array(s.lowercased().utf8), "\(s)")
      }
    }
  }
}
