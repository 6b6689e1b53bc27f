/// Byte tests on eight bytes at once ("SIMD within a register"), for scans that would
/// otherwise look at every byte of a paper. All are exact: no false positives.
enum SWAR {
  /// `b` in each of the eight bytes.
  @inline(__always) static func repeated(_ b: UInt8) -> UInt64 {
    UInt64(b) &* 0x0101_0101_0101_0101
  }

  /// Whether any byte of `w` is below `n` (`n` at most 0x80).
  @inline(__always) static func hasByte(below n: UInt8, _ w: UInt64) -> Bool {
    // A borrow only runs upwards from a byte that is below `n`, so any set high bit marks a
    // real one; bytes of 0x80 and above are masked out by `~w`.
    (w &- repeated(n)) & ~w & repeated(0x80) != 0
  }

  /// Whether any byte of `w` is zero.
  @inline(__always) static func hasZeroByte(_ w: UInt64) -> Bool { hasByte(below: 1, w) }

  /// How many bytes of `w` are zero.
  @inline(__always) static func zeroBytes(_ w: UInt64) -> Int {
    // The high bit of each byte is set when its low seven bits are nonzero (no carry
    // between bytes) or its own high bit is set: exactly the nonzero bytes.
    let low = repeated(0x7F)
    let nonzero = ((w & low) &+ low) | w
    return (~nonzero & repeated(0x80)).nonzeroBitCount
  }

  /// 0x80 in each lane of `w` that equals `b`, 0 in the others (exact, no carries).
  @inline(__always) static func equal(_ w: UInt64, _ b: UInt8) -> UInt64 {
    let t = w ^ repeated(b)
    let low = repeated(0x7F)
    return ~(((t & low) &+ low) | t) & repeated(0x80)
  }
}
