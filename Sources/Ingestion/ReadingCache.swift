import Claims
import Synchronization

/// The papers one link call has read, by version (`source.contentID`), shared by the cores
/// comparing in parallel: a paper cited by many in a batch is read from the store once.
/// Lives for one link call, so it holds at most a batch and its partners.
final class ReadingCache: Sendable {
  private let readings: Mutex<[String: PaperReading]>

  init(_ initial: [PaperReading]) {
    var byVersion: [String: PaperReading] = [:]
    for reading in initial { byVersion[reading.document.source.contentID] = reading }
    readings = Mutex(byVersion)
  }

  subscript(version: String) -> PaperReading? {
    get { readings.withLock { $0[version] } }
    set { readings.withLock { $0[version] = newValue } }
  }
}
