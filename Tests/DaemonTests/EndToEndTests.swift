import DocumentModel
import Foundation
import Pipeline
import Store
import TestSupport
import Testing

@testable import Ingestion

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 6's acceptance: each test runs the real `fundstelle watch` binary in a scratch folder
/// with its own store, inbox and NOTIFY_SOCKET, drops real papers (copies of the seed and of
/// `Fixtures/text`) and checks the store through the Store module. Timeouts are generous and
/// only bound the waiting; nothing asserts on elapsed time.
@Suite struct EndToEndTests {
  @Test func droppedPapersAppearWhetherRenamedInOrWrittenSlowly() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let daemon = try await rig.start()
    defer { daemon.stop() }
    let store = try rig.openStore()

    let seed = try Data(contentsOf: Repository.seed)
    let slow = try Data(contentsOf: Repository.fixture("text/nw_16_1720_antwort_crlf.txt"))
    try Drop.atomically(
      String(decoding: seed, as: UTF8.self), as: "MMD16-850-antwort.txt", into: rig.inbox)
    // Held open and half-written for about 1.5 s, far longer than the quiet time.
    try await inBackground {
      try Drop.slowly(
        String(decoding: slow, as: UTF8.self), as: "MMD16-1720.txt", into: rig.inbox,
        pieces: 6, pause: 0.3)
    }

    #expect(await waitUntil { store.has("nw/antwort/16/850") }, "\(daemon.log)")
    #expect(await waitUntil { store.has("nw/drs/16/1720") }, "\(daemon.log)")
    let renamed = try #require(try store.paper(DocumentKey("nw/antwort/16/850")))
    #expect(renamed.title?.hasPrefix("Aktive Partnerschaften zur interkulturellen") == true)
    #expect(renamed.versions.map(\.sha256) == [SHA256.hex([UInt8](seed))])
    // Stored once and complete: the hash and size of the whole file, its real title.
    let written = try #require(try store.paper(DocumentKey("nw/drs/16/1720")))
    #expect(written.title == "Nitratbelastung des Grundwassers im Kreis Borken")
    #expect(written.versions.map(\.sha256) == [SHA256.hex([UInt8](slow))])
    #expect(written.versions.map(\.byteCount) == [slow.count])
    #expect(!daemon.log.contains("read failed"), "\(daemon.log)")
  }

  @Test func badFilesGoToFailedWithAReasonAndTheDaemonStaysUp() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let daemon = try await rig.start()
    defer { daemon.stop() }
    let store = try rig.openStore()

    // A scan saved as .txt, a file of a byte-order mark and blank lines, a truncated export.
    var scan: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    scan += (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
    let bad: [(name: String, bytes: [UInt8], reason: String)] = [
      ("scan.txt", scan, "binary"),
      ("leer.txt", [0xEF, 0xBB, 0xBF] + Array(" \n\n  \r\n\n".utf8), "empty"),
      (
        "export.xml",
        Array(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <dokument><kopf><nummer>16/4000</nummer><titel>Antwort der Landesregierung</kopf>
          """.utf8), "malformed XML"
      ),
    ]
    for file in bad {
      try Data(file.bytes).write(to: rig.inbox.appendingPathComponent(file.name + ".part"))
      try FileManager.default.moveItem(
        at: rig.inbox.appendingPathComponent(file.name + ".part"),
        to: rig.inbox.appendingPathComponent(file.name))
    }
    let expected = bad.flatMap { [$0.name, $0.name + ".reason"] }.sorted()
    #expect(
      await waitUntil { Scratch.names(in: rig.failed) == expected },
      "\(Scratch.names(in: rig.failed)) \(daemon.log)")
    for file in bad {
      let reason = try String(
        contentsOf: rig.failed.appendingPathComponent(file.name + ".reason"), encoding: .utf8)
      #expect(reason.contains(rig.inbox.appendingPathComponent(file.name).path), "\(reason)")
      #expect(reason.contains(file.reason), "\(reason)")
      #expect(!reason.contains("Landesregierung"), "the reason must not quote the file")
      let moved = try Data(contentsOf: rig.failed.appendingPathComponent(file.name))
      #expect([UInt8](moved) == file.bytes)
      #expect(!FileManager.default.fileExists(atPath: rig.inbox.path + "/" + file.name))
    }

    // Still up: a good paper dropped afterwards is stored.
    try Drop.atomically(
      try rig.fixtureText("nw_16_2350_antwort.txt"), as: "MMD16-2350.txt", into: rig.inbox)
    #expect(await waitUntil { store.has("nw/drs/16/2350") }, "\(daemon.log)")
    #expect(daemon.process.process.isRunning)
    #expect(try store.statistics().papers == 1)
  }

  @Test func sigtermFinishesThePapersInHandAndExitsZero() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let daemon = try await rig.start()
    defer { daemon.stop() }
    let store = try rig.openStore()

    let papers = try Variants.write(8, into: rig.inbox)
    #expect(await waitUntil { store.count() > 0 }, "\(daemon.log)")
    daemon.send(SIGTERM)
    let exit = await daemon.exit()
    #expect(exit?.status == 0, "\(daemon.log)")
    #expect(exit?.bySignal == false)
    #expect(await waitUntil { daemon.notify.hasLine("STOPPING=1") }, "\(daemon.notify.messages)")
    #expect(daemon.log.contains("stopped: stored"), "\(daemon.log)")
    // Whatever was in hand was committed whole: every stored paper has exactly its file's bytes.
    for (key, url) in papers {
      guard let record = try store.paper(DocumentKey(key)) else { continue }
      let bytes = [UInt8](try Data(contentsOf: url))
      #expect(record.versions.map(\.sha256) == [SHA256.hex(bytes)])
    }
  }

  @Test(arguments: [false, true])
  func readyArrivesOnTheNotifySocket(abstract: Bool) async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let daemon = try await rig.start(abstractSocket: abstract)
    defer { daemon.stop() }
    #expect(daemon.notify.hasLine("READY=1"))
    // READY=1 comes once the watch is set up: the store exists and the log says so.
    #expect(FileManager.default.fileExists(atPath: rig.storePath))
    #expect(await waitUntil { daemon.log.contains("watching \(rig.inbox.path) via inotify") })
    #expect(
      daemon.notify.lines(startingWith: "STATUS=").first?.hasPrefix("STATUS=stored 0") == true,
      "\(daemon.notify.messages)")
  }

  @Test func papersDroppedWhileStoppedAreCaughtUpAtStart() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    // One paper is there before the very first start.
    try rig.copy(Repository.seed, as: "MMD16-850-antwort.txt")
    let first = try await rig.start()
    defer { first.stop() }
    let store = try rig.openStore()
    #expect(await waitUntil { store.has("nw/antwort/16/850") }, "\(first.log)")
    first.send(SIGTERM)
    #expect(await first.exit()?.status == 0)
    // Remembered by how it looks, so that the next start knows it without reading it.
    let seedCopy = rig.inbox.appendingPathComponent("MMD16-850-antwort.txt").path
    let look = try #require(AnalyzedFile.look(of: seedCopy))
    #expect(
      try store.knownFile(path: seedCopy, look: look)?.1.paper.rawValue == "nw/antwort/16/850")

    // Dropped while nothing runs, one of them in a new subfolder.
    try rig.copy(Repository.fixture("text/sl_15_1217_anfrage.txt"), as: "sl-15-1217.txt")
    try FileManager.default.createDirectory(
      at: rig.inbox.appendingPathComponent("bundestag"), withIntermediateDirectories: true)
    try rig.copy(
      Repository.fixture("text/bt_20_1190_kleine_anfrage.txt"), as: "bundestag/20-1190.txt")

    let second = try await rig.start(run: 2)
    defer { second.stop() }
    #expect(await waitUntil { store.has("sl/drs/15/1217") }, "\(second.log)")
    #expect(await waitUntil { store.has("bt/drs/20/1190") }, "\(second.log)")
    // The paper from the first run is seen again and skipped, not stored twice; the start's
    // duplicates are counted in one line, not logged one by one.
    #expect(
      await waitUntil {
        second.log.contains(
          "caught up on the 3 file(s) in the inbox at start: stored 2, new versions 0, duplicates 1, failed 0, pending 0"
        )
      }, "\(second.log)")
    #expect(!second.log.contains("duplicate nw/antwort/16/850 skipped"))
    let statistics = try store.statistics()
    #expect(statistics.papers == 3)
    #expect(statistics.versions == 3)
  }

  /// Papers a stopped run stored and did not link (here: stored without linking) are linked
  /// at the start; their corrections go to the outbox with the next paper committed.
  @Test func papersLeftUnlinkedAreLinkedAtStart() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let store = try rig.openStore()
    let question = try AnalyzedFile.read(
      Repository.fixture("text/nw_16_850_kleine_anfrage.txt").path, analyzer: PaperAnalyzer())
    let answer = try AnalyzedFile.read(Repository.seed.path, analyzer: PaperAnalyzer())
    _ = try store.ingest(question.storedPapers + answer.storedPapers)
    #expect(try store.corrections().isEmpty)

    let daemon = try await rig.start()
    defer { daemon.stop() }
    #expect(
      await waitUntil { daemon.log.contains("linked 2 stored paper(s) left unlinked") },
      "\(daemon.log)")
    let found = try store.corrections()
    #expect(found.count >= 2)
    #expect(try store.unlinkedVersions(limit: 10).isEmpty)

    try Drop.atomically(
      try rig.fixtureText("nw_16_2350_antwort.txt"), as: "MMD16-2350.txt", into: rig.inbox)
    #expect(await waitUntil { store.has("nw/drs/16/2350") }, "\(daemon.log)")
    let outbox = rig.scratch.outbox
    #expect(
      await waitUntil {
        ((try? String(contentsOf: outbox, encoding: .utf8)) ?? "").split(separator: "\n").count
          >= found.count
      }, "\(daemon.log)")
    let lines = try String(contentsOf: outbox, encoding: .utf8).split(separator: "\n")
    #expect(lines.filter { $0.contains("nw/antwort/16/850") }.count == found.count)
  }

  @Test func sigkillInTheMiddleOfABurstLosesNothingAndStoresNothingTwice() async throws {
    let rig = try Rig()
    defer { rig.remove() }
    let first = try await rig.start()
    defer { first.stop() }
    let store = try rig.openStore()

    // The burst is still being written when the first papers are committed.
    let dropping = Background {
      try Variants.write(40, into: rig.inbox, pause: 0.01)
    }
    #expect(await waitUntil { store.count() > 0 }, "\(first.log)")
    first.send(SIGKILL)
    let storedBeforeTheKill = store.count()
    #expect(await first.exit()?.bySignal == true)
    try await dropping.value()

    let second = try await rig.start(run: 2)
    defer { second.stop() }
    let keys = Variants.keys(40)
    #expect(await waitUntil(timeout: 60) { store.count() >= 40 }, "\(second.log)")
    // Let it finish what it has in hand (duplicates of the first run), then stop it.
    second.send(SIGTERM)
    #expect(await second.exit()?.status == 0, "\(second.log)")

    let statistics = try store.statistics()
    #expect(statistics.papers == 40, "\(storedBeforeTheKill) stored before the kill")
    #expect(statistics.versions == 40, "\(storedBeforeTheKill) stored before the kill")
    for key in keys {
      let record = try store.paper(DocumentKey(key))
      #expect(record?.versions.count == 1, "\(key)")
    }
    #expect(Scratch.names(in: rig.failed).isEmpty)
    #expect(!second.log.contains("new-version"), "\(second.log)")
  }
}

// MARK: - The rig

/// A scratch folder with an inbox, a store path and the binary, started as `fundstelle watch`.
private struct Rig {
  let scratch: Scratch
  let binary: URL

  init() throws {
    binary = try Repository.requireBinary()
    scratch = try Scratch()
  }

  var inbox: URL { scratch.inbox }
  var failed: URL { scratch.failed }
  var storePath: String { scratch.root.appendingPathComponent("store.sqlite").path }

  func remove() { scratch.remove() }

  /// Starts the daemon with a short quiet time and waits for READY=1 on its own socket.
  func start(run: Int = 1, abstractSocket: Bool = false) async throws -> RunningDaemon {
    let notify = try NotifyListener(directory: scratch.root, abstract: abstractSocket)
    let process = try DaemonProcess(
      binary,
      arguments: [
        "watch", "--store", storePath, "--quiet-time", "200ms", "--polling", "off",
        inbox.path,
      ],
      environment: ["NOTIFY_SOCKET": notify.name, "FUNDSTELLE_LOG_LEVEL": "info"],
      logFile: scratch.root.appendingPathComponent("daemon-\(run).log"))
    let daemon = RunningDaemon(process: process, notify: notify)
    let ready = await waitUntil { notify.hasLine("READY=1") || !process.process.isRunning }
    guard ready, process.process.isRunning else {
      daemon.stop()
      throw DaemonDidNotStart(log: process.log)
    }
    return daemon
  }

  /// The store the daemon writes, opened beside it (WAL: reading never blocks the writer).
  func openStore() throws -> PaperStore { try PaperStore(path: storePath) }

  func fixtureText(_ name: String) throws -> String {
    try String(contentsOf: Repository.fixture("text/" + name), encoding: .utf8)
  }

  /// Copies a real paper into the inbox (not watched: the daemon is stopped).
  func copy(_ source: URL, as name: String) throws {
    try FileManager.default.copyItem(at: source, to: inbox.appendingPathComponent(name))
  }
}

/// A started daemon with the socket it notifies.
private struct RunningDaemon {
  let process: DaemonProcess
  let notify: NotifyListener

  var log: String { process.log }
  func send(_ signal: Int32) { process.send(signal) }
  func exit() async -> (status: Int32, bySignal: Bool)? { await process.exit() }

  /// For `defer`: no daemon outlives its test.
  func stop() { process.kill9IfRunning() }
}

private struct DaemonDidNotStart: Error, CustomStringConvertible {
  var log: String
  var description: String { "fundstelle watch did not send READY=1; its log:\n\(log)" }
}

extension PaperStore {
  fileprivate func has(_ key: String) -> Bool {
    ((try? paper(DocumentKey(key))) ?? nil) != nil
  }

  fileprivate func count() -> Int { (try? statistics().papers) ?? 0 }
}

// MARK: - Papers

/// Distinct realistic papers made from the Landtag NRW answer 16/2350: each gets its own
/// Drucksache number (16/3001…), answers its own Kleine Anfrage (and so has its own aliases)
/// and is about another Kreis, so each has its own key.
private enum Variants {
  static let kreise = [
    "Mettmann", "Borken", "Wesel", "Viersen", "Kleve", "Coesfeld", "Steinfurt", "Soest",
  ]

  static func key(_ number: Int) -> String { "nw/drs/16/\(3000 + number)" }
  static func keys(_ count: Int) -> [String] { (1...count).map(key) }

  static func text(_ number: Int, original: String) -> String {
    original
      .replacingOccurrences(of: "16/2350", with: "16/\(3000 + number)")
      .replacingOccurrences(of: "16/2104", with: "16/\(2500 + number)")
      .replacingOccurrences(of: "Kleine Anfrage 812", with: "Kleine Anfrage \(900 + number)")
      .replacingOccurrences(
        of: "Kreis Mettmann", with: "Kreis " + kreise[number % kreise.count])
  }

  /// Drops `count` variants atomically, `pause` seconds apart; returns key → file.
  @discardableResult
  static func write(_ count: Int, into inbox: URL, pause: Double = 0) throws -> [String: URL] {
    let original = try String(
      contentsOf: Repository.fixture("text/nw_16_2350_antwort.txt"), encoding: .utf8)
    var files: [String: URL] = [:]
    for number in 1...count {
      files[key(number)] = try Drop.atomically(
        text(number, original: original), as: "MMD16-\(3000 + number).txt", into: inbox)
      if pause > 0 { Thread.sleep(forTimeInterval: pause) }
    }
    return files
  }
}

// MARK: - Blocking work off the test's thread

/// Runs blocking work (a slow writer, a burst) on its own thread, so the cooperative pool
/// stays free for the other tests while it sleeps.
private final class Background: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<Void, any Error>?

  init(_ body: @escaping @Sendable () throws -> Void) {
    let thread = Thread { [self] in
      let outcome = Result { try body() }
      lock.lock()
      result = outcome
      lock.unlock()
    }
    thread.start()
  }

  private var finished: Result<Void, any Error>? {
    lock.lock()
    defer { lock.unlock() }
    return result
  }

  /// Waits for the work to end and rethrows its error.
  func value() async throws {
    guard await waitUntil(timeout: 60, { finished != nil }) else {
      throw POSIXError(.ETIMEDOUT)
    }
    try finished?.get()
  }
}

private func inBackground(_ body: @escaping @Sendable () throws -> Void) async throws {
  try await Background(body).value()
}
