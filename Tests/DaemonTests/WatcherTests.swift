import Daemon
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The daemon's loop with the work injected: temp inboxes, a fake store, a notify socket.
/// "Exactly once" is checked with a barrier: with one worker the loop is first come first
/// served, so once a later sentinel file is stored, any second pass over an earlier file
/// would have happened already.
@Suite struct WatcherTests {
  @Test func atomicDropIsProcessedOnceWhenComplete() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store, flags: ["workers": "1"])
    #expect(await watcher.ready())

    try Drop.atomically(Paper.text(number: 1), as: "antwort.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("antwort.txt") != nil })
    try Drop.atomically(Paper.text(number: 2), as: "sentinel.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("sentinel.txt") != nil })

    #expect(watcher.stop())
    #expect(watcher.error == nil)
    #expect(store.stored("antwort.txt") == Paper.text(number: 1))
    #expect(store.analyzeCount("antwort.txt") == 1)
    #expect(!store.analyzedNames.contains("antwort.txt.part"))
    // The stored paper stays where it was dropped.
    #expect(FileManager.default.fileExists(atPath: scratch.inbox.path + "/antwort.txt"))
    #expect(watcher.log.contains("stored nw/drs/16/antwort.txt kind=drucksache references=2"))
  }

  @Test func slowHalfWrittenDropIsProcessedOnlyWhenDone() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    // Pauses between the pieces are longer than the quiet time: only the close counts.
    let watcher = try RunningWatcher(
      scratch, store: store, flags: ["workers": "1", "quiet-time": "0.1"])
    #expect(await watcher.ready())

    let full = String(repeating: Paper.text(number: 3) + "\n", count: 20)
    try Drop.slowly(full, as: "langsam.txt", into: scratch.inbox, pieces: 4, pause: 0.4)
    #expect(await waitUntil { store.stored("langsam.txt") != nil })
    try Drop.atomically(Paper.text(number: 4), as: "sentinel.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("sentinel.txt") != nil })

    #expect(watcher.stop())
    #expect(store.stored("langsam.txt") == full)
    #expect(store.analyzeCount("langsam.txt") == 1, "\(watcher.log.all)")
  }

  @Test func temporaryNamesAreIgnoredUntilRenamed() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store, flags: ["workers": "1"])
    #expect(await watcher.ready())

    let clutter = [
      "download.pdf.crdownload", "bericht.txt.part", ".hidden.txt", "~$entwurf.txt",
      "Thumbs.db", ".DS_Store", "desktop.ini", "notiz.txt~", "copy.tmp",
    ]
    for name in clutter {
      try Data(Paper.text(number: 5).utf8).write(
        to: scratch.inbox.appendingPathComponent(name))
    }
    // The usual browser ending: the .part file is renamed when the download is complete.
    #expect(
      rename(
        scratch.inbox.path + "/bericht.txt.part", scratch.inbox.path + "/bericht.txt") == 0)
    #expect(await waitUntil { store.stored("bericht.txt") != nil })
    try Drop.atomically(Paper.text(number: 6), as: "sentinel.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("sentinel.txt") != nil })

    #expect(watcher.stop())
    #expect(Set(store.analyzedNames) == ["bericht.txt", "sentinel.txt"])
  }

  @Test func unreadablePaperGoesToFailedWithReasonAndTheLoopGoesOn() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store)
    #expect(await watcher.ready())

    try Drop.atomically("%BINARY\u{0}\u{1}\u{2}", as: "kaputt.txt", into: scratch.inbox)
    let moved = scratch.failed.appendingPathComponent("kaputt.txt")
    #expect(await waitUntil { FileManager.default.fileExists(atPath: moved.path + ".reason") })
    try Drop.atomically(Paper.text(number: 7), as: "gut.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("gut.txt") != nil })

    #expect(watcher.stop())
    #expect(FileManager.default.fileExists(atPath: moved.path))
    #expect(!FileManager.default.fileExists(atPath: scratch.inbox.path + "/kaputt.txt"))
    let reason = try String(contentsOfFile: moved.path + ".reason", encoding: .utf8)
    #expect(reason.contains("the file is binary"))
    #expect(reason.contains("kaputt.txt"))
    #expect(watcher.log.contains("kaputt.txt: read failed"))
  }

  @Test func sameNameFailingTwiceKeepsBothInFailed() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store)
    #expect(await watcher.ready())

    try Drop.atomically("%BINARY one", as: "scan.txt", into: scratch.inbox)
    #expect(
      await waitUntil {
        FileManager.default.fileExists(atPath: scratch.failed.path + "/scan.txt.reason")
      })
    try Drop.atomically("%BINARY two", as: "scan.txt", into: scratch.inbox)
    #expect(
      await waitUntil {
        FileManager.default.fileExists(atPath: scratch.failed.path + "/scan-2.txt.reason")
      })
    #expect(watcher.stop())
    #expect(
      try String(contentsOfFile: scratch.failed.path + "/scan-2.txt", encoding: .utf8)
        == "%BINARY two")
  }

  @Test func failedFolderAndOutboxInsideTheInboxAreNotPapers() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    store.corrections = { _ in [#"{"kind":"date"}"#] }
    let failed = scratch.inbox.appendingPathComponent("failed")
    let outbox = scratch.inbox.appendingPathComponent("corrections.jsonl")
    let watcher = try RunningWatcher(
      scratch, store: store,
      flags: ["workers": "1", "failed-dir": failed.path, "outbox": outbox.path])
    #expect(await watcher.ready())

    try Drop.atomically("%BINARY", as: "defekt.txt", into: scratch.inbox)
    #expect(
      await waitUntil { FileManager.default.fileExists(atPath: failed.path + "/defekt.txt.reason") }
    )
    try Drop.atomically(Paper.text(number: 8), as: "gut.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("gut.txt") != nil })
    try Drop.atomically(Paper.text(number: 9), as: "sentinel.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("sentinel.txt") != nil })
    #expect(watcher.stop())
    #expect(store.analyzedNames.sorted() == ["defekt.txt", "gut.txt", "sentinel.txt"])
    #expect(FileManager.default.fileExists(atPath: outbox.path))
  }

  @Test func papersDroppedWhileStoppedAreCaughtUpAtStart() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try Drop.burst(12, into: scratch.inbox, prefix: "vorher")
    let sub = scratch.inbox.appendingPathComponent("2012")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try Drop.atomically(Paper.text(number: 99), as: "unten.txt", into: sub)
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store)
    #expect(await watcher.ready())
    #expect(await waitUntil { store.storedNames.count == 13 })
    #expect(watcher.stop())
    #expect(store.storedNames.contains("unten.txt"))
    #expect(store.storeCounts.values.allSatisfy { $0 == 1 })
  }

  @Test func aBacklogBeyondTheInHandLimitIsWalkedInTurns() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try Drop.burst(30, into: scratch.inbox, prefix: "stapel")
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store, inHandLimit: 4)
    #expect(await watcher.ready())
    #expect(await waitUntil { store.storedNames.count == 30 })
    #expect(await waitUntil { watcher.log.contains("catch-up: 30 file(s), 30 to check") })
    #expect(watcher.stop())
    #expect(store.storeCounts.values.allSatisfy { $0 == 1 })
    let line = watcher.log.all.first { $0.hasPrefix("catch-up:") } ?? ""
    let most = line.split(separator: " ").reversed().dropFirst(2).first.flatMap { Int($0) }
    #expect(most != nil && most! <= 4, "\(line)")
  }

  @Test func pollingModeFindsNewAndChangedPapers() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try Drop.atomically(Paper.text(number: 20), as: "alt.txt", into: scratch.inbox)
    let store = FakeStore()
    let watcher = try RunningWatcher(
      scratch, store: store, flags: ["polling": "on", "poll-interval": "0.1"])
    #expect(await watcher.ready())
    #expect(watcher.log.contains("via polling"))
    #expect(await waitUntil { store.stored("alt.txt") != nil })

    try Drop.atomically(Paper.text(number: 21), as: "neu.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("neu.txt") != nil })
    // A Neudruck under the same name is a new version.
    try Drop.atomically(Paper.text(number: 22), as: "alt.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("alt.txt") == Paper.text(number: 22) })
    #expect(watcher.stop())
    #expect(store.dispositions("alt.txt") == [.stored, .newVersion])
  }

  @Test func newSubdirectoriesAreWatched() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(scratch, store: store)
    #expect(await watcher.ready())

    let sub = scratch.inbox.appendingPathComponent("wp16")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    // The new directory's watch may not be there yet: the scan of it catches this one.
    try Drop.atomically(Paper.text(number: 30), as: "a.txt", into: sub)
    #expect(await waitUntil { store.stored("a.txt") != nil })
    try Drop.atomically(Paper.text(number: 31), as: "b.txt", into: sub)
    #expect(await waitUntil { store.stored("b.txt") != nil })

    // A folder full of papers moved in at once.
    let outside = scratch.root.appendingPathComponent("staging")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try Drop.burst(3, into: outside, prefix: "mappe")
    #expect(rename(outside.path, scratch.inbox.path + "/mappe") == 0)
    #expect(
      await waitUntil { store.storedNames.isSuperset(of: ["mappe-001.txt", "mappe-003.txt"]) })
    #expect(watcher.stop())
  }

  @Test func transientStoreErrorsAreRetriedAndTheFileStays() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    store.transientFailures = 2
    let watcher = try RunningWatcher(scratch, store: store)
    #expect(await watcher.ready())

    try Drop.atomically(Paper.text(number: 40), as: "besetzt.txt", into: scratch.inbox)
    #expect(await waitUntil(timeout: 60) { store.stored("besetzt.txt") != nil })
    #expect(watcher.stop())
    #expect(watcher.log.contains("retry 2"))
    #expect(FileManager.default.fileExists(atPath: scratch.inbox.path + "/besetzt.txt"))
    #expect(!FileManager.default.fileExists(atPath: scratch.failed.path))
  }

  @Test func correctionsAreAppendedToTheOutbox() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    store.corrections = { paper in
      let name = URL(fileURLWithPath: paper.path).lastPathComponent
      return [
        #"{"kind":"false-premise","document":"\#(name)","n":1}"#,
        #"{"kind":"numeric","document":"\#(name)","n":2}"#,
      ]
    }
    let watcher = try RunningWatcher(scratch, store: store, flags: ["workers": "1"])
    #expect(await watcher.ready())
    try Drop.atomically(Paper.text(number: 50), as: "eins.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("eins.txt") != nil })
    try Drop.atomically(Paper.text(number: 51), as: "zwei.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("zwei.txt") != nil })
    #expect(watcher.stop())

    let lines = try String(contentsOf: scratch.outbox, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines.first == #"{"kind":"false-premise","document":"eins.txt","n":1}"#)
    #expect(lines.last == #"{"kind":"numeric","document":"zwei.txt","n":2}"#)
    // The outbox beside the inbox is not taken for a paper.
    #expect(!store.analyzedNames.contains("outbox.jsonl"))
  }

  @Test func stopMidBurstThenRestartStoresEveryPaperOnce() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let first = try RunningWatcher(scratch, store: store, flags: ["quiet-time": "0.05"])
    #expect(await first.ready())
    try Drop.burst(40, into: scratch.inbox, prefix: "burst")
    #expect(await waitUntil { !store.storedNames.isEmpty })
    #expect(first.stop())

    let second = try RunningWatcher(scratch, store: store, flags: ["quiet-time": "0.05"])
    #expect(await second.ready())
    #expect(await waitUntil { store.storedNames.count == 40 })
    #expect(second.stop())
    #expect(store.storeCounts.count == 40)
    #expect(store.storeCounts.values.allSatisfy { $0 == 1 })
  }

  @Test func notifySocketGetsReadyStatusWatchdogAndStopping() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = FakeStore()
    let watcher = try RunningWatcher(
      scratch, store: store, environment: ["WATCHDOG_USEC": "200000"])
    #expect(await watcher.ready())
    try Drop.atomically(Paper.text(number: 60), as: "x.txt", into: scratch.inbox)
    #expect(await waitUntil { store.stored("x.txt") != nil })
    #expect(await waitUntil { watcher.notify.lines(startingWith: "WATCHDOG=1").count >= 3 })
    #expect(
      await waitUntil {
        watcher.notify.lines(startingWith: "STATUS=").contains { $0.contains("stored 1,") }
      })
    #expect(watcher.stop())
    #expect(watcher.notify.hasLine("STOPPING=1"))
  }

  @Test func sighupReloadsTheConfigFile() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let file = scratch.root.appendingPathComponent("watch.conf")
    try "quiet-time = 0.2\nlog-level = debug\n".write(to: file, atomically: true, encoding: .utf8)
    let store = FakeStore()
    let watcher = try RunningWatcher(
      scratch, store: store, flags: ["config": file.path],
      leaveToFile: ["quiet-time", "log-level", "rescan-interval"])
    #expect(await watcher.ready())
    #expect(watcher.log.contains("quiet time 0.2s"))
    try "# changed\nquiet-time = 150ms\nrescan-interval = 10m\nlog-level = info\n".write(
      to: file, atomically: true, encoding: .utf8)
    kill(getpid(), SIGHUP)
    #expect(
      await waitUntil { watcher.log.contains("configuration reloaded: quiet time 0.15s") },
      "\(watcher.log.all)")
    // A broken file is reported and the running configuration kept.
    try "quiet-time = soon\n".write(to: file, atomically: true, encoding: .utf8)
    kill(getpid(), SIGHUP)
    #expect(await waitUntil { watcher.log.contains("reload failed, keeping the configuration") })
    #expect(watcher.log.contains("quiet-time: expected seconds"))
    #expect(watcher.stop())
  }

  @Test func missingInboxIsAnError() throws {
    let configuration = try DaemonConfiguration.load(
      flags: ["inbox": "/tmp/fundstelle-no-such-inbox-\(UUID().uuidString)"], environment: [:])
    let watcher = Watcher(
      configuration: configuration, analyze: { _ in 0 },
      commit: { papers in
        papers.map { _ in .success(JobOutcome(disposition: .stored, key: "", kind: "")) }
      }, logger: LogLines().logger)
    #expect(throws: DaemonConfigurationError.self) { try watcher.run() }
  }
}
