import DocumentModel
import Foundation
import Testing

@testable import Daemon

@Suite struct SDNotifyTests {
  @Test(arguments: [false, true])
  func messagesArriveOnPathAndAbstractSockets(abstract: Bool) async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let listener = try NotifyListener(directory: scratch.root, abstract: abstract)
    let notify = try #require(SDNotify(socketName: listener.name))
    #expect(notify.send("READY=1\nSTATUS=0 stored"))
    #expect(notify.send("WATCHDOG=1"))
    #expect(await waitUntil { listener.messages.count == 2 })
    #expect(listener.messages == ["READY=1\nSTATUS=0 stored", "WATCHDOG=1"])
  }

  @Test func noSocketMeansNoNotifier() {
    #expect(SDNotify(socketName: nil) == nil)
    #expect(SDNotify(socketName: "") == nil)
    #expect(SDNotify(socketName: "@") == nil)
    #expect(SDNotify(socketName: "/" + String(repeating: "x", count: 200)) == nil)
  }

  @Test func aVanishedSocketIsNotFatal() {
    let notify = SDNotify(socketName: "/tmp/fundstelle-no-such-socket-\(UUID().uuidString)")
    #expect(notify?.send("READY=1") == false)
  }
}

@Suite struct FileSystemKindTests {
  let mountinfo = """
    22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    40 22 0:35 / /srv/share rw,relatime shared:20 - nfs4 fs:/export rw,vers=4.2
    41 40 0:36 / /srv/share/local rw shared:21 - tmpfs tmpfs rw
    42 22 0:37 / /mnt/my\\040docs rw - cifs //nas/docs rw
    43 22 0:38 / /home/u/remote rw - fuse.sshfs u@host: rw
    44 22 0:39 / /media/usb rw - fuseblk /dev/sdb1 rw
    """

  @Test(arguments: [
    ("/var/lib/fundstelle/inbox", "ext4"),
    ("/srv/share/inbox", "nfs4"),
    ("/srv/share", "nfs4"),
    ("/srv/shared/inbox", "ext4"),
    ("/srv/share/local/inbox", "tmpfs"),
    ("/mnt/my docs/inbox", "cifs"),
    ("/home/u/remote/in", "fuse.sshfs"),
  ])
  func theLongestMountPointWins(path: String, type: String) {
    #expect(FileSystemKind.fileSystemType(of: path, mountinfo: mountinfo) == type)
  }

  @Test func networkTypes() {
    for type in ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "ceph"] {
      #expect(FileSystemKind.isNetwork(type: type))
    }
    for type in ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "fuseblk", "zfs"] {
      #expect(!FileSystemKind.isNetwork(type: type))
    }
  }

  @Test func theTestInboxIsLocal() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    #expect(FileSystemKind.networkFileSystem(at: scratch.inbox.path) == nil)
  }

  @Test func watchModeChoice() {
    #expect(
      WatchMode.choose(setting: .auto, networkFileSystem: nil, inotifyAvailable: true) == .inotify)
    #expect(
      WatchMode.choose(setting: .auto, networkFileSystem: "nfs4", inotifyAvailable: true)
        == .polling)
    #expect(
      WatchMode.choose(setting: .auto, networkFileSystem: nil, inotifyAvailable: false) == .polling)
    #expect(
      WatchMode.choose(setting: .on, networkFileSystem: nil, inotifyAvailable: true) == .polling)
    #expect(
      WatchMode.choose(setting: .off, networkFileSystem: "nfs", inotifyAvailable: true) == .inotify)
    #expect(WatchMode.choose(setting: .off, networkFileSystem: nil, inotifyAvailable: false) == nil)
  }
}

@Suite struct OutboxAndQuarantineTests {
  @Test func outboxAppendsOneObjectPerLine() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let outbox = Outbox(url: scratch.root.appendingPathComponent("feed/outbox.jsonl"))
    try outbox.append([#"{"kind":"numeric"}"#])
    try outbox.append([])
    try outbox.append(["{\n  \"kind\": \"date\"\n}", #"{"kind":"entity"}"#])
    let text = try String(contentsOf: outbox.url, encoding: .utf8)
    #expect(
      text == "{\"kind\":\"numeric\"}\n{   \"kind\": \"date\" }\n{\"kind\":\"entity\"}\n")
  }

  @Test func quarantineKeepsNamesAndNumbersClashes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let quarantine = Quarantine(directory: scratch.failed)
    var targets: [String] = []
    for round in 1...3 {
      let file = try Drop.atomically("%BINARY \(round)", as: "scan.txt", into: scratch.inbox)
      targets.append(try quarantine.move(file.path, reason: "read: binary \(round)"))
    }
    let noExtension = try Drop.atomically("x", as: "README", into: scratch.inbox)
    targets.append(try quarantine.move(noExtension.path, reason: "read: empty"))
    #expect(
      targets.map { URL(fileURLWithPath: $0).lastPathComponent } == [
        "scan.txt", "scan-2.txt", "scan-3.txt", "README",
      ])
    #expect(
      try String(contentsOfFile: scratch.failed.path + "/scan-3.txt.reason", encoding: .utf8)
        == "read: binary 3\n")
    #expect(Scratch.names(in: scratch.inbox).isEmpty)
  }

  @Test func backoffDoublesUpToAMinute() {
    #expect((1...9).map { Backoff.delay(attempt: $0) } == [0.5, 1, 2, 4, 8, 16, 32, 60, 60])
  }

  @Test func errorMessagesAreOneReadableLine() {
    #expect(
      ErrorClassifier.message(UnreadablePaper(path: "/in/x.txt"))
        == "/in/x.txt: the file is binary, not text or XML")
    #expect(ErrorClassifier.message(POSIXError(.ENOSPC)) == "No space left on device")
    let foundation = NSError(
      domain: "store", code: 5, userInfo: [NSLocalizedDescriptionKey: "database is locked\nretry"])
    #expect(ErrorClassifier.message(foundation) == "database is locked retry")
  }

  @Test func transientErrors() {
    #expect(ErrorClassifier.isTransient(RetryLater("database is locked")))
    #expect(ErrorClassifier.isTransient(POSIXError(.ENOSPC)))
    #expect(ErrorClassifier.isTransient(NSError(domain: NSPOSIXErrorDomain, code: Int(EBUSY))))
    #expect(!ErrorClassifier.isTransient(POSIXError(.EACCES)))
    #expect(!ErrorClassifier.isTransient(UnreadablePaper(path: "/in/x.txt")))
    let tooMany = ReadError(path: "/in/x.txt", reason: .io("Too many open files"), code: EMFILE)
    #expect(ErrorClassifier.isTransient(tooMany))
    let missing = ReadError(path: "/in/x.txt", reason: .io("No such file"), code: ENOENT)
    #expect(!ErrorClassifier.isTransient(missing))
  }
}
