import CSHA256

/// SHA-256 (FIPS 180-4) of a byte buffer, for content-hash identity.
///
/// Written out here because Foundation on Linux has no CryptoKit and the content hash is
/// the only cryptographic need; swift-crypto would not earn its build time.
///
/// Every paper read is hashed, so this is on the extraction path. The 64 rounds are unrolled
/// with the eight working words renamed instead of shifted, and the message schedule is a
/// 16-word window kept in locals and extended inside the rounds; the constants are literals.
/// Together that runs about twice as fast as a loop over an array of 64 schedule words.
/// Where the CPU has the x86 SHA extensions, whole blocks go to `CSHA256` instead.
public enum SHA256 {
  /// The digest as 64 lower-case hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digest = hash(bytes)
    return String(unsafeUninitializedCapacity: 64) { out in
      var k = 0
      for word in digest {
        var shift: UInt32 = 28
        while true {
          let nibble = UInt8(truncatingIfNeeded: (word >> shift) & 0xF)
          out[k] = nibble < 10 ? 0x30 &+ nibble : 0x57 &+ nibble
          k += 1
          if shift == 0 { break }
          shift -= 4
        }
      }
      return 64
    }
  }

  /// Whether blocks are compressed with the CPU's SHA extensions (`CSHA256`): about three
  /// times the Swift rounds' speed where the CPU has them (880 against 275 MB/s in this VM,
  /// from `perf` on an ingest of 66 MB of stored papers).
  public static let isAccelerated = csha256_accelerated() != 0

  /// The digest as eight big-endian words.
  public static func hash(_ bytes: [UInt8]) -> [UInt32] {
    hash(bytes, accelerated: isAccelerated)
  }

  /// `hash(_:)` with or without the SHA extensions (tests compare the two).
  static func hash(_ bytes: [UInt8], accelerated: Bool) -> [UInt32] {
    var state = State(accelerated: accelerated)
    let whole = bytes.count / 64 * 64
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress, whole > 0 else { return }
      state.compress(base, blocks: whole / 64)
    }
    // The last partial block, the 0x80 marker, zeros and the bit length: one or two blocks.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
      guard let base = tail.baseAddress else { return }
      let rest = bytes.count - whole
      tail.initialize(repeating: 0)
      for i in 0..<rest { tail[i] = bytes[whole + i] }
      tail[rest] = 0x80
      let blocks = rest + 9 <= 64 ? 1 : 2
      let bitLength = UInt64(bytes.count) &* 8
      for i in 0..<8 {
        tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8))
      }
      state.compress(UnsafeRawPointer(base), blocks: blocks)
    }
    return [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h]
  }

  /// The eight chaining words, updated block by block without allocating.
  private struct State {
    var a: UInt32 = 0x6a09_e667
    var b: UInt32 = 0xbb67_ae85
    var c: UInt32 = 0x3c6e_f372
    var d: UInt32 = 0xa54f_f53a
    var e: UInt32 = 0x510e_527f
    var f: UInt32 = 0x9b05_688c
    var g: UInt32 = 0x1f83_d9ab
    var h: UInt32 = 0x5be0_cd19
    let accelerated: Bool

    init(accelerated: Bool) { self.accelerated = accelerated }

    /// Compresses `blocks` 64-byte blocks from `p`.
    mutating func compress(_ p: UnsafeRawPointer, blocks: Int) {
      guard accelerated else {
        for k in 0..<blocks { compress(p + k &* 64) }
        return
      }
      var words = (a, b, c, d, e, f, g, h)
      withUnsafeMutableBytes(of: &words) { raw in
        csha256_compress(
          raw.baseAddress!.assumingMemoryBound(to: UInt32.self),
          p.assumingMemoryBound(to: UInt8.self), blocks)
      }
      (a, b, c, d, e, f, g, h) = words
    }

    // swift-format-ignore
    mutating func compress(_ p: UnsafeRawPointer) {
      @inline(__always) func load(_ i: Int) -> UInt32 {
        UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
      }
      var w0 = load(0), w1 = load(1), w2 = load(2), w3 = load(3)
      var w4 = load(4), w5 = load(5), w6 = load(6), w7 = load(7)
      var w8 = load(8), w9 = load(9), w10 = load(10), w11 = load(11)
      var w12 = load(12), w13 = load(13), w14 = load(14), w15 = load(15)
      var a = self.a, b = self.b, c = self.c, d = self.d
      var e = self.e, f = self.f, g = self.g, h = self.h

      // Rounds 0...15 use the block's words as they are.
      round(a, b, c, &d, e, f, g, &h, 0x428a_2f98, w0)
      round(h, a, b, &c, d, e, f, &g, 0x7137_4491, w1)
      round(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf, w2)
      round(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5, w3)
      round(e, f, g, &h, a, b, c, &d, 0x3956_c25b, w4)
      round(d, e, f, &g, h, a, b, &c, 0x59f1_11f1, w5)
      round(c, d, e, &f, g, h, a, &b, 0x923f_82a4, w6)
      round(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5, w7)
      round(a, b, c, &d, e, f, g, &h, 0xd807_aa98, w8)
      round(h, a, b, &c, d, e, f, &g, 0x1283_5b01, w9)
      round(g, h, a, &b, c, d, e, &f, 0x2431_85be, w10)
      round(f, g, h, &a, b, c, d, &e, 0x550c_7dc3, w11)
      round(e, f, g, &h, a, b, c, &d, 0x72be_5d74, w12)
      round(d, e, f, &g, h, a, b, &c, 0x80de_b1fe, w13)
      round(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7, w14)
      round(b, c, d, &e, f, g, h, &a, 0xc19b_f174, w15)

      // Rounds 16...63: each extends the window by one word in place.
      @inline(__always) func next(
        _ w: inout UInt32, _ w1: UInt32, _ w9: UInt32, _ w14: UInt32
      ) -> UInt32 {
        w = w &+ sigma0(w1) &+ w9 &+ sigma1(w14)
        return w
      }
      for k in Self.laterRounds {
        round(a, b, c, &d, e, f, g, &h, k.0, next(&w0, w1, w9, w14))
        round(h, a, b, &c, d, e, f, &g, k.1, next(&w1, w2, w10, w15))
        round(g, h, a, &b, c, d, e, &f, k.2, next(&w2, w3, w11, w0))
        round(f, g, h, &a, b, c, d, &e, k.3, next(&w3, w4, w12, w1))
        round(e, f, g, &h, a, b, c, &d, k.4, next(&w4, w5, w13, w2))
        round(d, e, f, &g, h, a, b, &c, k.5, next(&w5, w6, w14, w3))
        round(c, d, e, &f, g, h, a, &b, k.6, next(&w6, w7, w15, w4))
        round(b, c, d, &e, f, g, h, &a, k.7, next(&w7, w8, w0, w5))
        round(a, b, c, &d, e, f, g, &h, k.8, next(&w8, w9, w1, w6))
        round(h, a, b, &c, d, e, f, &g, k.9, next(&w9, w10, w2, w7))
        round(g, h, a, &b, c, d, e, &f, k.10, next(&w10, w11, w3, w8))
        round(f, g, h, &a, b, c, d, &e, k.11, next(&w11, w12, w4, w9))
        round(e, f, g, &h, a, b, c, &d, k.12, next(&w12, w13, w5, w10))
        round(d, e, f, &g, h, a, b, &c, k.13, next(&w13, w14, w6, w11))
        round(c, d, e, &f, g, h, a, &b, k.14, next(&w14, w15, w7, w12))
        round(b, c, d, &e, f, g, h, &a, k.15, next(&w15, w0, w8, w13))
      }

      self.a &+= a
      self.b &+= b
      self.c &+= c
      self.d &+= d
      self.e &+= e
      self.f &+= f
      self.g &+= g
      self.h &+= h
    }

    /// The round constants of rounds 16...63, sixteen to a tuple.
    typealias Sixteen = (
      UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32,
      UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32
    )
    static let laterRounds: [Sixteen] = [
      (
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa,
        0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
        0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967
      ),
      (
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb,
        0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3,
        0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070
      ),
      (
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a,
        0x5b9c_ca4f, 0x682e_6ff3, 0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208,
        0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2
      ),
    ]
  }
}

/// One round with the working words passed in their rotated order: only `d` and `h` change,
/// which saves the six moves of shifting all eight along.
@inline(__always) private func round(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
  _ g: UInt32, _ h: inout UInt32, _ k: UInt32, _ w: UInt32
) {
  let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ k &+ w
  let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
  d = d &+ t1
  h = t1 &+ t2
}

@inline(__always) private func sigma0(_ x: UInt32) -> UInt32 {
  rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
}

@inline(__always) private func sigma1(_ x: UInt32) -> UInt32 {
  rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10)
}

@inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x >> n) | (x << (32 &- n))
}
