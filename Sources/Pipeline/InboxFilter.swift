/// Which names in a folder are papers. One pure rule, shared by `ingest`'s folder walk and
/// the watcher's scans and events.
public enum InboxFilter {
  /// Suffixes that browsers, downloaders, rsync and editors give files while writing them.
  static let temporarySuffixes = [".part", ".partial", ".tmp", ".crdownload", ".download", "~"]

  /// Companion files that stand beside papers but are none: notes (`*.md`), expected models
  /// (`*.expected.json`), quarantine reasons (`*.reason`), DTDs, and the store itself.
  static let companionSuffixes = [
    ".md", ".expected.json", ".reason", ".dtd", ".sqlite", ".sqlite-wal", ".sqlite-shm",
  ]

  /// Files that operating systems drop into folders on their own.
  static let clutter: Set<String> = ["thumbs.db", ".ds_store", "desktop.ini", "ehthumbs.db"]

  /// Whether a file with this name (last path component) may be a paper.
  ///
  /// Not candidates: dotfiles (this covers `.DS_Store`, rsync's `.name.XXXX` and the usual
  /// `.name.tmp` of an atomic write), Office lock files `~$…`, names ending in a temporary
  /// suffix (`.part`, `.partial`, `.tmp`, `.crdownload`, `.download`, `~`, any case), and OS
  /// clutter (`Thumbs.db`, `desktop.ini`), and companion files (`README.md`,
  /// `x.expected.json`, `x.reason`, `fundstelle.sqlite`).
  public static func isCandidate(name: String) -> Bool {
    if name.isEmpty || name.hasPrefix(".") || name.hasPrefix("~$") { return false }
    let lower = name.lowercased()
    if clutter.contains(lower) { return false }
    for suffix in temporarySuffixes where lower.hasSuffix(suffix) { return false }
    for suffix in companionSuffixes where lower.hasSuffix(suffix) { return false }
    return true
  }

  /// Whether the watcher descends into a subdirectory of this name (hidden ones are skipped).
  public static func isWatchedDirectory(name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".")
  }
}
