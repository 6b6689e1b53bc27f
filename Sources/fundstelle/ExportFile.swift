import ArgumentParser
import Foundation

/// A file written in pieces under a temporary name beside its path, and renamed to its path
/// when complete: readers never see half an export, and a failed one leaves nothing behind.
final class ExportFile {
  let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var done = false

  init(creating path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    temporaryPath =
      url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
      ).path
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporaryPath)
    else {
      throw ValidationError(
        "cannot write \(path): cannot create a file in \(url.deletingLastPathComponent().path)")
    }
    self.handle = handle
  }

  func write(_ text: String) throws {
    do {
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      throw ValidationError("cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Closes the file and gives it its name.
  func complete() throws {
    try? handle.close()
    guard rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      throw ValidationError("cannot write \(path): \(reason)")
    }
    done = true
  }

  /// Removes the temporary file of an export that did not complete.
  func discard() {
    guard !done else { return }
    try? handle.close()
    unlink(temporaryPath)
  }
}
