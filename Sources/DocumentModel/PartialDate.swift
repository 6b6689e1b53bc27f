/// A calendar date as precise as the paper gives it: `6. September 2012` (day),
/// `im Januar 2011` (month), `Ende 2011` (year, qualified `end`).
public struct PartialDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  public enum Granularity: String, Codable, Sendable {
    case day, month, quarter
    case halfYear = "half-year"
    case year
  }
  /// Where in the period: "Anfang 2011", "Mitte 2011", "Ende 2011".
  public enum Qualifier: String, Codable, Sendable { case start, middle, end }

  public var year: Int
  public var month: Int?
  public var day: Int?
  public var granularity: Granularity
  public var qualifier: Qualifier?

  public init(
    year: Int, month: Int? = nil, day: Int? = nil, granularity: Granularity? = nil,
    qualifier: Qualifier? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.granularity = granularity ?? (day != nil ? .day : month != nil ? .month : .year)
    self.qualifier = qualifier
  }

  /// ISO 8601 as far as known: `2012-09-06`, `2011-01`, `2011`.
  public var iso: String {
    var s = fourDigits(year)
    if let month { s += "-" + twoDigits(month) }
    if let day { s += "-" + twoDigits(day) }
    return s
  }

  public var description: String {
    qualifier.map { "\($0.rawValue) of \(iso)" } ?? iso
  }

  public static func < (a: PartialDate, b: PartialDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }

  /// Whether the two could name the same day: equal on every field both know.
  public func isCompatible(with other: PartialDate) -> Bool {
    guard year == other.year else { return false }
    if let m = month, let n = other.month, m != n { return false }
    if let d = day, let e = other.day, d != e { return false }
    return true
  }
}

private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

private func fourDigits(_ n: Int) -> String {
  let digits = "\(n)"
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
