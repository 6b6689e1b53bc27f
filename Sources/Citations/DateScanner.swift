/// A calendar day found in the text: `21. Dezember 2010`, `21.12.2010`.
struct DayDate: Equatable {
  var year: Int
  var month: Int
  var day: Int

  /// `2010-12-21`.
  var iso: String {
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(m)-\(d)"
  }
}

extension ByteText {
  private static let months: [(name: [UInt8], month: Int)] = [
    ("Januar", 1), ("Jänner", 1), ("Jan.", 1), ("Februar", 2), ("Feb.", 2), ("März", 3),
    ("April", 4), ("Apr.", 4), ("Mai", 5), ("Juni", 6), ("Juli", 7), ("August", 8),
    ("Aug.", 8), ("September", 9), ("Sept.", 9), ("Sep.", 9), ("Oktober", 10), ("Okt.", 10),
    ("November", 11), ("Nov.", 11), ("Dezember", 12), ("Dez.", 12),
  ].map { (Array($0.0.utf8), $0.1) }

  /// A day date starting at `i`, and where it ends.
  func date(at i: Int) -> (date: DayDate, end: Int)? {
    guard let d = digits(at: i, maxDigits: 2), d.value >= 1, d.value <= 31,
      self[d.end] == 0x2E
    else { return nil }
    var j = skipSpaces(d.end + 1, limit: 2)
    var month: Int?
    if let m = digits(at: j, maxDigits: 2), self[m.end] == 0x2E {
      month = m.value
      j = m.end + 1
    } else {
      for (name, number) in Self.months where has(name, at: j) {
        let end = j + name.count
        if name.last == 0x2E || isWordEnd(end) {
          month = number
          j = end
          break
        }
      }
      j = skipSpaces(j, limit: 2)
    }
    guard let month, month >= 1, month <= 12,
      let y = digits(at: j, maxDigits: 4), y.count == 4 || y.count == 2
    else { return nil }
    let year = y.count == 2 ? (y.value < 50 ? 2000 + y.value : 1900 + y.value) : y.value
    return (DayDate(year: year, month: month, day: d.value), y.end)
  }

  /// The last date that starts in `range` (at a word start).
  func lastDate(in range: Range<Int>) -> DayDate? {
    var found: DayDate?
    var i = range.lowerBound
    while i < range.upperBound {
      if Self.isDigit(self[i]), isWordStart(i), let (d, end) = date(at: i) {
        found = d
        i = end
      } else {
        i += 1
      }
    }
    return found
  }
}
