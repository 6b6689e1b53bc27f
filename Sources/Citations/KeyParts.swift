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
    // Native strings are contiguous: read the bytes straight from the buffer.
    if let parsed = raw.utf8.withContiguousStorageIfAvailable({ Self.parse($0) }) {
      guard let parsed else {
        (body, series, wahlperiode, number) = (key.body, key.series, key.wahlperiode, key.number)
        return
      }
      self = parsed
      return
    }
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
      case 0: body = Self.parliament(part.utf8)
      case 1: series = Self.series(part.utf8)
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

  private init() {}

  /// The same reading on a contiguous UTF-8 buffer; nil when the key is not Latin-1.
  private static func parse(_ p: UnsafeBufferPointer<UInt8>) -> KeyParts? {
    guard isLatin1(p) else { return nil }
    var parts = KeyParts()
    var found = 0
    var start = 0
    var i = 0
    func take() {
      let part = UnsafeBufferPointer(rebasing: p[start..<i])
      switch found {
      case 0: parts.body = parliament(part)
      case 1: parts.series = series(part)
      case 2: parts.wahlperiode = integer(part)
      default: parts.number = String(decoding: part, as: UTF8.self)
      }
      found += 1
    }
    while i < p.count && found < 4 {
      let b = p[i]
      if b == 0x40 { break }
      if b == 0x2F {
        if i != start { take() }
        start = i + 1
      }
      i += 1
    }
    if found < 4 && i != start { take() }
    return parts
  }

  /// `Int(_: Substring)` on bytes: an optional sign, then decimal digits only, nil on overflow.
  private static func integer(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    var negative = false
    if i < p.count && (p[i] == 0x2B || p[i] == 0x2D) {
      negative = p[i] == 0x2D
      i += 1
    }
    guard i < p.count else { return nil }
    var value = 0
    while i < p.count {
      let d = p[i] &- 0x30
      guard d < 10 else { return nil }
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) =
        negative
        ? times.subtractingReportingOverflow(Int(d)) : times.addingReportingOverflow(Int(d))
      guard !o1 && !o2 else { return nil }
      value = next
      i += 1
    }
    return value
  }

  /// `key.unversioned`, without building a new key when there is no `@version`.
  static func unversioned(_ key: DocumentKey) -> DocumentKey {
    let utf8 = key.rawValue.utf8
    if let plain = utf8.withContiguousStorageIfAvailable({ !$0.contains(0x40) && isLatin1($0) }) {
      return plain ? key : key.unversioned
    }
    return utf8.contains(0x40) || !isLatin1(utf8) ? key.unversioned : key
  }

  /// Parliament codes are two lower-case letters: a table by those two letters answers what
  /// `Parliament(rawValue:)` does without building a string.
  private static let parliamentsByLetters: [Parliament?] = {
    var table = [Parliament?](repeating: nil, count: 26 * 26)
    for p in Parliament.allCases {
      let b = Array(p.rawValue.utf8)
      table[Int(b[0] - 0x61) * 26 + Int(b[1] - 0x61)] = p
    }
    return table
  }()

  private static func parliament(_ p: UnsafeBufferPointer<UInt8>) -> Parliament? {
    guard p.count == 2 else { return nil }
    let a = p[0] &- 0x61
    let b = p[1] &- 0x61
    guard a < 26, b < 26 else { return nil }
    return parliamentsByLetters[Int(a) * 26 + Int(b)]
  }

  private static func parliament(_ utf8: Substring.UTF8View) -> Parliament? {
    guard utf8.count == 2 else { return nil }
    let a = utf8[utf8.startIndex] &- 0x61
    let b = utf8[utf8.index(after: utf8.startIndex)] &- 0x61
    guard a < 26, b < 26 else { return nil }
    return parliamentsByLetters[Int(a) * 26 + Int(b)]
  }

  private static let seriesBytes: [([UInt8], Series)] = Series.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// `Series(rawValue:)` by comparing bytes.
  private static func series(_ utf8: Substring.UTF8View) -> Series? {
    seriesBytes.first { $0.0.elementsEqual(utf8) }?.1
  }

  private static func series(_ p: UnsafeBufferPointer<UInt8>) -> Series? {
    seriesBytes.first { $0.0.elementsEqual(p) }?.1
  }

  /// ASCII and two-byte sequences led by C2 or C3 only: no combining marks.
  private static func isLatin1<C: Collection<UInt8>>(_ utf8: C) -> Bool {
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
