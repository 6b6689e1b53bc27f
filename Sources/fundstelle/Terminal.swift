import Foundation

/// Messages for people: errors to stderr, progress only when stderr is a terminal.
enum Terminal {
  static let isInteractive = isatty(STDERR_FILENO) == 1

  static func error(_ error: any Error) {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
  }
}

/// A one-line progress display on a terminal; silent when stderr is piped or a file.
final class Progress {
  private let total: Int
  private let label: String
  private var done = 0
  private var lastDraw = Date.distantPast
  private let started = Date()

  init(total: Int, label: String) {
    self.total = total
    self.label = label
  }

  func advance(_ note: @autoclosure () -> String = "") {
    done += 1
    guard Terminal.isInteractive else { return }
    let now = Date()
    guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    let rate = Double(done) / max(now.timeIntervalSince(started), 0.001)
    let line = "\(label) \(done)/\(total)  \(Int(rate)) papers/s  \(note())"
    FileHandle.standardError.write(Data("\r\u{1B}[K\(line.prefix(120))".utf8))
  }

  /// Clears the progress line so that a message can be printed, then lets it redraw.
  func pause(_ print: () -> Void) {
    if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    print()
    lastDraw = .distantPast
  }

  func finish() {
    guard Terminal.isInteractive else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
