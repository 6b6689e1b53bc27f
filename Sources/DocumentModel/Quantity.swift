/// A number as a paper states it: `1.256 Personen`, `rund 4,4 Mrd. Euro`, `89 Stellen`.
public struct Quantity: Hashable, Codable, Sendable {
  /// How exact the paper says it is; the tolerance of a comparison follows from it.
  public enum Hedge: String, Codable, Sendable {
    case exact
    /// "rund", "etwa", "ca.", "ungefähr"
    case approximately
    /// "knapp", "fast", "beinahe": a little below
    case justBelow = "just-below"
    /// "über", "mehr als": above
    case above
    /// "unter", "weniger als": below
    case below
    /// "bis zu", "höchstens"
    case atMost = "at-most"
    /// "mindestens"
    case atLeast = "at-least"
  }

  public var value: Double
  /// The unit or counted noun as written after the number: `Personen`, `Euro`, `Prozent`.
  public var unit: String?
  public var hedge: Hedge
  /// The surface text, e.g. `4,4 Mrd. Euro`.
  public var text: String

  public init(value: Double, unit: String? = nil, hedge: Hedge = .exact, text: String) {
    self.value = value
    self.unit = unit
    self.hedge = hedge
    self.text = text
  }
}
