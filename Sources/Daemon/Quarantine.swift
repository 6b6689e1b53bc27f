import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Moves papers that cannot be read out of the inbox into the failed folder, each with a
/// `<name>.reason` file holding the error message. Names are kept; a clash gets `-2`, `-3`…
/// before the extension.
struct Quarantine {
  var directory: URL

  /// Moves `path` into the failed folder and writes its reason; returns the new path.
  func move(_ path: String, reason: String) throws -> String {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let source = URL(fileURLWithPath: path)
    let target = freeName(for: source.lastPathComponent)
    if rename(path, target.path) != 0 {
      guard errno == EXDEV else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      // Another file system: copy, then remove the original (a crash between leaves the
      // paper in both places, never in neither).
      try FileManager.default.copyItem(at: source, to: target)
      try FileManager.default.removeItem(at: source)
    }
    let reasonURL = URL(fileURLWithPath: target.path + ".reason")
    try Data((reason + "\n").utf8).write(to: reasonURL, options: .atomic)
    return target.path
  }

  private func freeName(for name: String) -> URL {
    let manager = FileManager.default
    var candidate = directory.appendingPathComponent(name)
    let url = URL(fileURLWithPath: name)
    let ext = url.pathExtension
    let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    var number = 2
    while manager.fileExists(atPath: candidate.path)
      || manager.fileExists(atPath: candidate.path + ".reason")
    {
      let numbered = ext.isEmpty ? "\(stem)-\(number)" : "\(stem)-\(number).\(ext)"
      candidate = directory.appendingPathComponent(numbered)
      number += 1
    }
    return candidate
  }
}
