import DocumentModel
import Foundation

/// Finding paper files in folders (by `InboxFilter`'s rule) and reading them.
public enum PaperFiles {
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
        // A file removed while the folder is walked is simply not there any more.
        guard manager.fileExists(atPath: full, isDirectory: &childIsDirectory) else { continue }
        if childIsDirectory.boolValue {
          if !InboxFilter.isWatchedDirectory(name: name) { walker.skipDescendants() }
          continue
        }
        if InboxFilter.isCandidate(name: name) { found.append(full) }
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
