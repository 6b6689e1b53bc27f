/// The inbox's scan rule: which paths are never entered or reported. Walks follow it
/// (`walk(_:files:)`); see `InboxWalk` for what counts as a paper and a folder.
struct InboxScanner {
  /// Paths never entered or reported (the failed folder and the outbox when configured
  /// inside the inbox).
  var excluded: Set<String>

  /// A walk of `root` and everything below it, taken one entry at a time.
  func walk(_ root: String, files: Bool = true) -> InboxWalk {
    InboxWalk(root: root, excluded: excluded, files: files)
  }

  /// `root` and every directory below it that a walk enters.
  func directories(_ root: String) -> [String] {
    var walk = walk(root, files: false)
    return walk.remainingDirectories()
  }
}
