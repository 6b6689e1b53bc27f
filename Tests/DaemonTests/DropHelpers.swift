import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Ways papers arrive in an inbox, for the daemon's unit tests and the end-to-end tests that
/// run the real binary. Every helper returns the final URL of the paper.
enum Drop {
  /// Writes `contents` to a `.part` name beside the target and renames it into place (the
  /// way browsers, rsync and `curl -o x.part && mv` deliver files): one IN_MOVED_TO.
  @discardableResult
  static func atomically(_ contents: String, as name: String, into directory: URL) throws -> URL {
    let target = directory.appendingPathComponent(name)
    let temporary = directory.appendingPathComponent(name + ".part")
    try Data(contents.utf8).write(to: temporary)
    guard rename(temporary.path, target.path) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    return target
  }

  /// Writes `contents` under its final name in `pieces` chunks with a pause after each, the
  /// file held open throughout (a slow copy or download): it is half-written for a while.
  /// `afterFirstPiece` runs once the first chunk is on disk.
  @discardableResult
  static func slowly(
    _ contents: String, as name: String, into directory: URL, pieces: Int = 4,
    pause: Double = 0.3, afterFirstPiece: () -> Void = {}
  ) throws -> URL {
    let target = directory.appendingPathComponent(name)
    guard FileManager.default.createFile(atPath: target.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: target.path)
    else { throw POSIXError(.EIO) }
    defer { try? handle.close() }
    let bytes = Array(contents.utf8)
    let size = max(1, (bytes.count + pieces - 1) / pieces)
    var start = 0
    var first = true
    while start < bytes.count {
      let end = min(bytes.count, start + size)
      try handle.write(contentsOf: Data(bytes[start..<end]))
      try handle.synchronize()
      if first {
        afterFirstPiece()
        first = false
      }
      start = end
      if start < bytes.count { Thread.sleep(forTimeInterval: pause) }
    }
    return target
  }

  /// `count` distinct papers dropped atomically, named `<prefix>-001.txt`…
  @discardableResult
  static func burst(
    _ count: Int, into directory: URL, prefix: String = "paper",
    contents: (Int) -> String = Paper.text(number:)
  ) throws -> [URL] {
    try (0..<count).map { offset in
      let number = offset + 1
      let name = prefix + "-" + String(1000 + number).dropFirst() + ".txt"
      return try atomically(contents(number), as: name, into: directory)
    }
  }
}

/// Realistic paper texts (a Kleine Anfrage answer head) that differ by number.
enum Paper {
  static func text(number: Int) -> String {
    """
    LANDTAG NORDRHEIN-WESTFALEN
    16. Wahlperiode                                                   Drucksache 16/\(1000 + number)

    Antwort
    der Landesregierung
    auf die Kleine Anfrage \(400 + number) vom 10. September 2012
    Drucksache 16/\(800 + number)

    Vorbemerkung der Landesregierung
    Die Angaben beruhen auf den Meldungen der Kreispolizeibehörden.
    """
  }
}

/// Waits (without blocking a thread of the cooperative pool) until `predicate` holds or
/// `timeout` seconds have passed; returns whether it held. Generous timeouts, never asserted.
func waitUntil(timeout: Double = 30, _ predicate: () -> Bool) async -> Bool {
  let deadline = Date(timeIntervalSinceNow: timeout)
  while !predicate() {
    if Date() > deadline { return false }
    try? await Task.sleep(nanoseconds: 20_000_000)
  }
  return true
}

/// A scratch directory with an `inbox/` inside; removed by `remove()`.
struct Scratch {
  let root: URL
  var inbox: URL { root.appendingPathComponent("inbox") }
  var failed: URL { root.appendingPathComponent("failed") }
  var outbox: URL { root.appendingPathComponent("outbox.jsonl") }

  init() throws {
    // Short paths: unix socket addresses are limited to 108 bytes.
    root = URL(fileURLWithPath: "/tmp").appendingPathComponent(
      "fs-d-" + String(UUID().uuidString.prefix(8)))
    try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Names of the regular files directly in a directory, sorted.
  static func names(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }
}
