import DocumentModel

/// The body, series, Wahlperiode and number of a canonical key, read in one pass over its
/// UTF-8.
///
/// `DocumentKey.body`, `.series` and `.wahlperiode` each split the key into `[Substring]`
/// and search it for `@` character by character; the resolver asked them several times per
/// reference, which made resolution cost more than extraction (issue 7). `KeyParts` gives
/// the same answers as those accessors and `.number`: the key before its `@version`, split
/// at `/` with empty parts dropped. Those split at characters, this at bytes; the two agree
/// unless a combining mark follows a `/` or `@`, so keys with anything but ASCII and
/// two-byte Latin-1 letters (`§`, `ü`) are left to the accessors.
struct KeyParts {
  var body: Parliament?
  var series: Series?
  var wahlperiode: Int?
  var number: String?

  init(_ key: DocumentKey) {
    let raw = key.rawValue
    guard Self.isLatin1(raw.utf8) else {
      (body, series, wahlperiode, number) = (key.body, key.series, key.wahlperiode, key.number)
      return
    }
    let utf8 = raw.utf8
    var found = 0
    var start = utf8.startIndex
    var i = start
    // Takes the component `raw[start..<i]` as part number `found`.
    func take() {
      let part = raw[start..<i]
      switch found {
      case 0: body = Parliament(rawValue: String(part))
      case 1: series = Series(rawValue: String(part))
      case 2: wahlperiode = Int(part)
      default: number = String(part)
      }
      found += 1
    }
    while i != utf8.endIndex && found < 4 {
      let b = utf8[i]
      if b == 0x40 { break }  // "@": the version is not a component
      if b == 0x2F {
        if i != start { take() }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if found < 4 && i != start { take() }
  }

  /// `key.unversioned`, without building a new key when there is no `@version`.
  static func unversioned(_ key: DocumentKey) -> DocumentKey {
    let utf8 = key.rawValue.utf8
    return utf8.contains(0x40) || !isLatin1(utf8) ? key.unversioned : key
  }

  /// ASCII and two-byte sequences led by C2 or C3 only: no combining marks.
  private static func isLatin1(_ utf8: String.UTF8View) -> Bool {
    var afterLead = false
    for b in utf8 {
      if afterLead {
        afterLead = false
      } else if b >= 0x80 {
        guard b == 0xC2 || b == 0xC3 else { return false }
        afterLead = true
      }
    }
    return true
  }
}
