import DocumentModel

/// The body, series and Wahlperiode of a canonical key, read in one pass over its UTF-8.
///
/// `DocumentKey.body`, `.series` and `.wahlperiode` each split the key into `[Substring]`
/// and search it for `@` character by character; the resolver asked them several times per
/// reference, which made resolution cost more than extraction (issue 7). `KeyParts` gives
/// the same answers: the key before its `@version`, split at `/` with empty parts dropped.
struct KeyParts {
  var body: Parliament?
  var series: Series?
  var wahlperiode: Int?

  init(_ key: DocumentKey) {
    let raw = key.rawValue
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
      default: wahlperiode = Int(part)
      }
      found += 1
    }
    while i != utf8.endIndex && found < 3 {
      let b = utf8[i]
      if b == 0x40 { break }  // "@": the version is not a component
      if b == 0x2F {
        if i != start { take() }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if found < 3 && i != start { take() }
  }

  /// `key.unversioned`, without building a new key when there is no `@version`.
  static func unversioned(_ key: DocumentKey) -> DocumentKey {
    key.rawValue.utf8.contains(0x40) ? key.unversioned : key
  }
}
