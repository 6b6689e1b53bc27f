import Testing

@testable import DocumentModel

/// The content hash is every paper's identity: the SHA extensions' path and the Swift
/// rounds must give the same digest for every length, and both the published ones.
@Suite struct SHA256Tests {
  /// FIPS 180-4 examples and the NIST one-million-"a" vector, by both paths (the SHA
  /// extensions' only where the CPU has them).
  @Test(arguments: SHA256.isAccelerated ? [false, true] : [false])
  func knownAnswers(accelerated: Bool) {
    func hex(_ bytes: [UInt8]) -> String {
      SHA256.hash(bytes, accelerated: accelerated).map {
        let s = String($0, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
      }.joined()
    }
    #expect(
      hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Every length from 0 to 300 bytes (one to six blocks, each padding case) and some
  /// paper-sized ones, of varied bytes: the two paths agree.
  @Test func bothPathsAgreeOnEveryLength() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt8 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 33)
    }
    let lengths = Array(0...300) + [1_023, 1_024, 3_300, 65_537]
    for length in lengths {
      let bytes = (0..<length).map { _ in next() }
      #expect(
        SHA256.hash(bytes, accelerated: false) == SHA256.hash(bytes),
        "length \(length)")
      if SHA256.isAccelerated {
        #expect(
          SHA256.hash(bytes, accelerated: true) == SHA256.hash(bytes, accelerated: false),
          "length \(length)")
      }
    }
  }
}
