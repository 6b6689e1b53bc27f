/// Watches by scanning: a file whose stat stamp is new or changed since the last scan has
/// `appeared`; the quiet time then decides when it is complete.
final class PollingWatcher: ChangeSource {
  let root: String
  var scanner: InboxScanner
  private var snapshot: [String: FileStamp] = [:]

  init(root: String, scanner: InboxScanner) {
    self.root = root
    self.scanner = scanner
  }

  var pollDescriptor: Int32? { nil }
  var name: String { "polling" }

  func readChanges() -> [Change] {
    let files = scanner.scan(root).files
    var changes: [Change] = []
    for (path, stamp) in files where snapshot[path] != stamp {
      changes.append(.appeared(path))
    }
    for path in snapshot.keys where files[path] == nil {
      changes.append(.removed(path))
    }
    snapshot = files
    return changes.sorted { $0.sortKey < $1.sortKey }
  }

  /// A full scan done elsewhere becomes the baseline, so its files are not reported twice.
  func refresh(with scan: InboxScanner.Result) {
    snapshot = scan.files
  }
}

extension Change {
  var sortKey: String {
    switch self {
    case .completed(let path), .writing(let path), .appeared(let path), .removed(let path):
      return path
    case .unwatched(let directory, _): return directory
    case .rescan: return ""
    }
  }
}
