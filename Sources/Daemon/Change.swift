/// What a watcher saw happen in the inbox.
enum Change: Equatable, Sendable {
  /// A file was closed after writing or moved in: complete once it stays quiet.
  case completed(String)
  /// A file was created or written to and is still open: not a candidate until `completed`.
  case writing(String)
  /// A file left the inbox.
  case removed(String)
  /// A directory appeared (created or moved in), already watched: walk it for its files.
  case newDirectory(String)
  /// A directory could not be watched (e.g. the inotify watch limit): only rescans see it.
  case unwatched(directory: String, reason: String)
  /// Walk the whole inbox: events were lost (queue overflow, the inbox itself moved), or
  /// the source has no events (polling). The reason is logged.
  case rescan(reason: String)
}

/// A source of `Change`s: inotify or polling.
protocol ChangeSource: AnyObject {
  /// A descriptor to `poll()` for readability, or `nil` if the source must be asked on a timer.
  var pollDescriptor: Int32? { get }
  /// The scan rule (exclusions change on SIGHUP).
  var scanner: InboxScanner { get set }
  /// The name shown in logs and STATUS.
  var name: String { get }
  /// Changes since the last call (non-blocking).
  func readChanges() -> [Change]
  /// After a full walk: watch the `directories` it entered that are not yet watched, and
  /// forget the ones it did not find.
  func refresh(directories: [String])
}
