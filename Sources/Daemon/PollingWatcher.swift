/// Watches by walking: every poll asks for a walk of the whole inbox, which hands on each
/// file that is new or changed since it was handled; the quiet time then decides when it
/// is complete. It keeps no list of files: the loop's walk compares with what was handled.
final class PollingWatcher: ChangeSource {
  let root: String
  var scanner: InboxScanner

  init(root: String, scanner: InboxScanner) {
    self.root = root
    self.scanner = scanner
  }

  var pollDescriptor: Int32? { nil }
  var name: String { "polling" }

  func readChanges() -> [Change] { [.rescan(reason: "poll")] }

  func refresh(directories: [String]) {}
}
