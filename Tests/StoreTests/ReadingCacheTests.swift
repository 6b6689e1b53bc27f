import Claims
import DocumentModel
import Testing
import TextIngest

@testable import Ingestion

/// The readings kept between link calls: the latest within the budget, whatever was used
/// last kept longest.
@Suite struct ReadingCacheTests {
  /// A reading of a small Vorlage numbered `number` (about 200 bytes of text).
  func reading(_ number: Int) throws -> PaperReading {
    let text = """
      LANDTAG NORDRHEIN-WESTFALEN
      16. Wahlperiode

      Vorlage 16/\(number)

      Bericht der Landesregierung

      Im Jahr 2012 gab es in Nordrhein-Westfalen \(number) Dorfläden in den Gemeinden.

      """
    return PaperReading(try TextPaperReader.read(Array(text.utf8), path: "v\(number).txt"))
  }

  @Test func keepsTheLatestWithinItsBudgetAndTheLastUsedLongest() throws {
    let readings = try (1...20).map(reading)
    let size = readings[0].document.text.text.utf8.count
    let cache = ReadingCache(budget: size * 10)
    cache.insert(Array(readings[0..<8]))
    // Using the first keeps it when later papers push the others out.
    #expect(cache[readings[0].document.source.contentID] != nil)
    cache.insert(Array(readings[8..<12]))
    let kept = readings.indices.filter { cache[readings[$0].document.source.contentID] != nil }
    #expect(kept.contains(0))
    #expect(kept.contains(11))
    #expect(!kept.contains(1))
    #expect(kept.count <= 10)
  }

  @Test func aZeroBudgetKeepsNothing() throws {
    let cache = ReadingCache(budget: 0)
    let one = try reading(1)
    cache.insert([one])
    #expect(cache[one.document.source.contentID] == nil)
  }
}

extension ReadingCacheTests {
  /// A daemon whose papers fit the budget never evicts; its use queue must not grow with
  /// every lookup, and what it keeps must still be evicted in order of use later.
  @Test func lookupsWithoutEvictionKeepTheQueueBounded() throws {
    let readings = try (1...4).map(reading)
    let size = readings[0].document.text.text.utf8.count
    let cache = ReadingCache(budget: size * 4)
    cache.insert(readings)
    for _ in 0..<3_000 {
      for r in readings { _ = cache[r.document.source.contentID] }
    }
    #expect(cache.queued <= 2 * readings.count + 1025)
    // The first is used last, so the next papers push out the others first.
    _ = cache[readings[0].document.source.contentID]
    cache.insert(try [5, 6].map(reading))
    #expect(cache[readings[0].document.source.contentID] != nil)
    #expect(cache[readings[1].document.source.contentID] == nil)
  }
}
