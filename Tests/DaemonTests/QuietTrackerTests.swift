import Testing

@testable import Daemon

/// The quiet-time rule on a fake file system (time is a parameter, nothing sleeps).
@Suite struct QuietTrackerTests {
  final class FakeFiles: @unchecked Sendable {
    var sizes: [String: Int64] = [:]
    func stamp(_ path: String) -> FileStamp? {
      guard let size = sizes[path] else { return nil }
      return FileStamp(
        device: 1, inode: 1, size: size, modifiedSeconds: Int(size), modifiedNanoseconds: 0)
    }
  }

  @Test func aClosedFileIsReadyAfterTheQuietTimeIfUnchanged() {
    let files = FakeFiles()
    files.sizes["/in/a.txt"] = 100
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    tracker.note("/in/a.txt", now: 10)
    #expect(tracker.nextDue == 10.5)
    #expect(tracker.takeReady(now: 10.4).isEmpty)
    #expect(tracker.takeReady(now: 10.5).map(\.path) == ["/in/a.txt"])
    #expect(tracker.isEmpty)
  }

  @Test func aFileThatStillGrowsWaitsAnotherQuietTime() {
    let files = FakeFiles()
    files.sizes["/in/a.txt"] = 100
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    tracker.note("/in/a.txt", now: 10)
    files.sizes["/in/a.txt"] = 200
    #expect(tracker.takeReady(now: 10.5).isEmpty)
    #expect(tracker.nextDue == 11)
    let ready = tracker.takeReady(now: 11)
    #expect(ready.map(\.path) == ["/in/a.txt"])
    #expect(ready.first?.stamp.size == 200)
  }

  @Test func whetherAWalkOrAnEventNotedAFileLastIsHandedOn() {
    let files = FakeFiles()
    files.sizes["/in/a.txt"] = 10
    files.sizes["/in/b.txt"] = 10
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    tracker.note("/in/a.txt", now: 1, foundByWalk: true)
    tracker.note("/in/b.txt", now: 1, foundByWalk: true)
    tracker.note("/in/b.txt", now: 1.2)  // then closed after writing
    files.sizes["/in/a.txt"] = 20  // still growing: waits another quiet time
    #expect(tracker.takeReady(now: 1.5).map(\.path) == [])
    let ready = tracker.takeReady(now: 2)
    #expect(
      Dictionary(uniqueKeysWithValues: ready.map { ($0.path, $0.foundByWalk) })
        == ["/in/a.txt": true, "/in/b.txt": false])
  }

  @Test func aWalksStampIsTakenAsGivenAndCheckedWhenDue() {
    let files = FakeFiles()
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    let walked = FileStamp(
      device: 1, inode: 1, size: 10, modifiedSeconds: 10, modifiedNanoseconds: 0)
    // Not asked again at noting: the fake file system does not know the file yet.
    tracker.note("/in/a.txt", now: 1, foundByWalk: true, stamp: walked)
    #expect(tracker.isPending("/in/a.txt"))
    files.sizes["/in/a.txt"] = 10  // the same stamp when it is due
    #expect(tracker.takeReady(now: 1.5).map(\.stamp) == [walked])
  }

  @Test func aFileBeingWrittenIsLeftToItsCloseEvenByScans() {
    let files = FakeFiles()
    files.sizes["/in/b.txt"] = 10
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    tracker.note("/in/b.txt", now: 1)
    tracker.writing("/in/b.txt")  // written again after its close
    #expect(tracker.takeReady(now: 2).isEmpty)
    tracker.note("/in/b.txt", now: 3, foundByWalk: true)  // a rescan finds it
    #expect(tracker.takeReady(now: 4).isEmpty)
    tracker.note("/in/b.txt", now: 5)  // closed
    #expect(tracker.takeReady(now: 5.5).map(\.path) == ["/in/b.txt"])
  }

  @Test func emptyAndVanishedFilesAreNotReady() {
    let files = FakeFiles()
    files.sizes["/in/empty.txt"] = 0
    files.sizes["/in/gone.txt"] = 5
    var tracker = QuietTracker(quietTime: 0.5, stamp: files.stamp)
    tracker.note("/in/empty.txt", now: 0)
    tracker.note("/in/gone.txt", now: 0)
    files.sizes["/in/gone.txt"] = nil
    #expect(tracker.takeReady(now: 1).isEmpty)
    #expect(tracker.isEmpty)
  }

  @Test func readyFilesComeInArrivalOrderAfterAShorterQuietTime() {
    let files = FakeFiles()
    for name in ["a", "b", "c"] { files.sizes["/in/\(name)"] = 1 }
    var tracker = QuietTracker(quietTime: 2, stamp: files.stamp)
    tracker.note("/in/a", now: 0)
    tracker.note("/in/b", now: 0.1)
    tracker.quietTime = 0.5  // SIGHUP
    tracker.note("/in/c", now: 0.2)
    #expect(tracker.nextDue == 0.7)
    #expect(tracker.takeReady(now: 1).map(\.path) == ["/in/c"])
    #expect(tracker.takeReady(now: 2.1).map(\.path) == ["/in/a", "/in/b"])
  }
}
