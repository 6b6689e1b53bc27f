import Testing

@testable import Daemon

/// What the loop remembers of the files it handled, and when it forgets them.
@Suite struct HandledFilesTests {
  func stamp(size: Int64, inode: UInt64 = 7) -> FileStamp {
    FileStamp(device: 1, inode: inode, size: size, modifiedSeconds: 100, modifiedNanoseconds: 5)
  }

  @Test func aFileIsHandledAtItsStampOnly() {
    var handled = HandledFiles()
    handled.record("/in/a.txt", at: stamp(size: 10), walk: 1)
    #expect(handled.contains("/in/a.txt", at: stamp(size: 10)))
    #expect(!handled.contains("/in/a.txt", at: stamp(size: 11)))
    #expect(!handled.contains("/in/a.txt", at: stamp(size: 10, inode: 8)))
    #expect(!handled.contains("/in/b.txt", at: stamp(size: 10)))
    handled.record("/in/a.txt", at: stamp(size: 11), walk: 1)
    #expect(handled.contains("/in/a.txt", at: stamp(size: 11)))
    #expect(handled.count == 1)
    handled.remove("/in/a.txt")
    #expect(!handled.contains("/in/a.txt", at: stamp(size: 11)))
  }

  @Test func filesNoFullWalkSawAreForgotten() {
    var handled = HandledFiles()
    handled.record("/in/kept.txt", at: stamp(size: 1), walk: 1)
    handled.record("/in/gone.txt", at: stamp(size: 2), walk: 1)
    handled.record("/in/changed.txt", at: stamp(size: 3), walk: 1)
    // Walk 2 sees two of them; one of those has changed since it was handled.
    let keptSeen = handled.see("/in/kept.txt", at: stamp(size: 1), walk: 2)
    let changedSeen = handled.see("/in/changed.txt", at: stamp(size: 4), walk: 2)
    #expect(keptSeen && !changedSeen)
    // Handled while walk 2 was under way, after the walk had passed it.
    handled.record("/in/new.txt", at: stamp(size: 5), walk: 2)
    handled.removeAll(notSeenSince: 2)
    #expect(handled.contains("/in/kept.txt", at: stamp(size: 1)))
    #expect(handled.contains("/in/new.txt", at: stamp(size: 5)))
    #expect(!handled.contains("/in/gone.txt", at: stamp(size: 2)))
    #expect(!handled.contains("/in/changed.txt", at: stamp(size: 3)))
    #expect(handled.count == 2)
  }
}
