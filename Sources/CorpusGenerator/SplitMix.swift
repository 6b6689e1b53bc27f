/// A small deterministic random number generator (SplitMix64): the same seed gives the same
/// corpus on every machine and Swift version, which `SystemRandomNumberGenerator` would not.
public struct SplitMix: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `range`, without the platform-dependent paths of `Int.random(in:using:)`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}
