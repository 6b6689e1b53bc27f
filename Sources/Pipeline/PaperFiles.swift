import DocumentModel
import Foundation

/// Which files are papers, and reading them. The one place that decides what in a folder
/// counts, for `ingest`, `show` and the watcher alike.
public enum PaperFiles {
  /// Whether a file name can be a paper: not hidden, not a partial download or editor
  /// backup, not OS clutter, and not one of the project's own companion files
  /// (`*.md` notes, `*.expected.json` models, `*.reason` quarantine notes).
  public static func isCandidate(name: String) -> Bool {
    if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("~$") { return false }
    let lower = name.lowercased()
    let skippedSuffixes = [
      ".part", ".partial", ".tmp", ".crdownload", ".swp", ".md", ".expected.json", ".reason",
      ".dtd", ".py", ".sqlite", ".sqlite-wal", ".sqlite-shm",
    ]
    if skippedSuffixes.contains(where: { lower.hasSuffix($0) }) { return false }
    return !["thumbs.db", "desktop.ini"].contains(lower)
  }

  /// The candidate files below the given paths (files are taken as they are, folders
  /// recursively), sorted, each once.
  public static func collect(_ paths: [String]) throws(ReadError) -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ReadError(path: path, reason: .io("no such file or folder"))
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      guard let walker = manager.enumerator(atPath: path) else {
        throw ReadError(path: path, reason: .io("cannot list the folder"))
      }
      var found: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        let full = (path as NSString).appendingPathComponent(relative)
        var childIsDirectory: ObjCBool = false
        manager.fileExists(atPath: full, isDirectory: &childIsDirectory)
        if childIsDirectory.boolValue {
          if name.hasPrefix(".") || name == "failed" { walker.skipDescendants() }
          continue
        }
        if isCandidate(name: name) { found.append(full) }
      }
      result += found.sorted()
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }

  /// The bytes of a file, or a `ReadError` naming it.
  public static func bytes(of path: String) throws(ReadError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadError(path: path, reason: .io("cannot open the file"))
    }
    return [UInt8](data)
  }
}
