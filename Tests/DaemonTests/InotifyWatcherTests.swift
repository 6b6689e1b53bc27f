import Foundation
import Testing

@testable import Daemon

#if canImport(Glibc)
  import Glibc
#endif

/// The inotify event mapping on a real directory. The kernel queues events when the system
/// call returns, so reading right after the file operations is deterministic.
@Suite struct InotifyWatcherTests {
  func write(_ text: String, to path: String) {
    let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
    _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
    close(fd)
  }

  @Test func writesCloseRenamesAndDeletes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = scratch.inbox.path
    let watcher = try InotifyWatcher(root: inbox, scanner: InboxScanner(excluded: []))

    write(Paper.text(number: 1), to: inbox + "/a.txt")
    #expect(
      watcher.readChanges() == [
        .writing(inbox + "/a.txt"), .writing(inbox + "/a.txt"), .completed(inbox + "/a.txt"),
      ])

    write("x", to: inbox + "/b.txt.part")
    write("x", to: inbox + "/.hidden")
    #expect(rename(inbox + "/b.txt.part", inbox + "/b.txt") == 0)
    #expect(watcher.readChanges() == [.completed(inbox + "/b.txt")])

    #expect(unlink(inbox + "/a.txt") == 0)
    #expect(watcher.readChanges() == [.removed(inbox + "/a.txt")])
    #expect(watcher.readChanges().isEmpty)
  }

  @Test func newSubdirectoriesAreWatchedAndHandedOnToBeWalked() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = scratch.inbox.path
    let watcher = try InotifyWatcher(root: inbox, scanner: InboxScanner(excluded: []))

    // Created before the watcher has seen the directory: the loop walks it for its files
    // (`early.txt`), and the watcher watches it and the directory inside.
    #expect(mkdir(inbox + "/wp16", 0o755) == 0)
    #expect(mkdir(inbox + "/wp16/nested", 0o755) == 0)
    write("x", to: inbox + "/wp16/nested/early.txt")
    #expect(watcher.readChanges() == [.newDirectory(inbox + "/wp16")])

    // Now watched directly. Under load the close event was seen to come a read later
    // (on CI), so the events are gathered until it has come, or for at most two seconds.
    write("x", to: inbox + "/wp16/nested/late.txt")
    var late = watcher.readChanges()
    for _ in 0..<100 where late.last != .completed(inbox + "/wp16/nested/late.txt") {
      usleep(20_000)
      late += watcher.readChanges()
    }
    #expect(late.last == .completed(inbox + "/wp16/nested/late.txt"))

    // Hidden directories are not entered.
    #expect(mkdir(inbox + "/.git", 0o755) == 0)
    write("x", to: inbox + "/.git/HEAD")
    #expect(watcher.readChanges().isEmpty)
  }

  @Test func removingTheInboxAsksForARescan() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let inbox = scratch.inbox.path
    let watcher = try InotifyWatcher(root: inbox, scanner: InboxScanner(excluded: []))
    #expect(rmdir(inbox) == 0)
    #expect(watcher.readChanges().contains { if case .rescan = $0 { true } else { false } })
  }

  @Test func aMissingInboxCannotBeWatched() {
    #expect(throws: InotifyWatcher.Unavailable.self) {
      try InotifyWatcher(
        root: "/tmp/fundstelle-missing-\(UUID().uuidString)", scanner: InboxScanner(excluded: []))
    }
  }
}
