import Claims
import DocumentModel
import Foundation
import Pipeline
import Store

/// Stores analysed papers and links them to what is stored: the corrections between a paper
/// and the questions it answers, the answers it has, the papers it cites where it may
/// correct them and the papers citing it so; and the changes from the version a new version
/// follows. Shared by `fundstelle ingest` and the daemon.
///
/// Linking does not depend on the order papers arrive in: whichever of two partners comes
/// second finds the other (through `answers` edges, correcting citations and aliases), and
/// the detector always runs the same way round: `corrections(question:answer:)`, or
/// `corrections(between: cited, and: citing)`. A partner not among the papers read lately
/// (`ReadingCache`) is read again from the bytes the store keeps. A paper with no partner
/// and no earlier version (most papers) costs one indexed query.
public struct PaperCommitter: Sendable {
  public let store: PaperStore
  /// The latest papers linked or re-read, kept for the next link calls.
  private let cache: ReadingCache

  /// - Parameter cacheBytes: how much normalized text of recent papers to keep read, so
  ///   that a partner that came shortly before is not read again from the store. A reading
  ///   takes about 25 times its text in memory: the default 2 MB keeps about 50 MB.
  public init(store: PaperStore, cacheBytes: Int = 2 << 20) {
    self.store = store
    cache = ReadingCache(budget: cacheBytes)
  }

  /// What one file's papers were stored as, and what linking found.
  public struct Committed: Sendable {
    public var outcomes: [IngestOutcome]
    public var links: Links
  }

  /// What linking found: new corrections (not stored before) and version diffs.
  public struct Links: Sendable {
    public var corrections: [Correction] = []
    public var changes: [VersionChanges] = []
    /// Partners that could not be read again (their bytes gone or no longer readable).
    public var unreadable: [ReadError] = []

    public init() {}

    public mutating func formUnion(_ other: Links) {
      corrections += other.corrections
      changes += other.changes
      unreadable += other.unreadable
    }

    /// Changes over all diffs.
    public var changeCount: Int { changes.reduce(0) { $0 + $1.changes.count } }

    /// The new corrections, one compact JSON object per line, each shaped as an element of
    /// `fundstelle corrections --format json`.
    public var correctionLines: [String] { corrections.map(PaperCommitter.jsonLine) }
  }

  /// Stores one file's papers in one transaction, then links each.
  public func commit(_ file: AnalyzedFile) throws -> Committed {
    try commit([file])[0].get()
  }

  /// Stores several files' papers in one transaction and links them in one go, their pairs
  /// compared on every core: what a burst of files costs is then about what `fundstelle
  /// ingest` pays for them, not one transaction and one comparison after the other.
  ///
  /// Each file gets what its papers were stored as, and what linking found with them: a
  /// correction or diff goes with the last of `files` whose paper it names, the file whose
  /// commit would have found it had they come one by one. When the batch cannot be stored
  /// or linked, each file is committed on its own, so one bad file takes no other with it;
  /// its own error is its result.
  public func commit(_ files: [AnalyzedFile]) -> [Result<Committed, any Error>] {
    guard files.count > 1 else {
      return files.map { file in
        Result {
          let outcomes = try store.ingest(file.storedPapers)
          return Committed(outcomes: outcomes, links: try link(file.readings, outcomes: outcomes))
        }
      }
    }
    let outcomes: [IngestOutcome]
    do {
      outcomes = try store.ingest(files.flatMap(\.storedPapers))
    } catch {
      return files.flatMap { commit([$0]) }
    }
    var perFile: [[IngestOutcome]] = []
    var next = 0
    for file in files {
      perFile.append(Array(outcomes[next..<(next + file.papers.count)]))
      next += file.papers.count
    }
    do {
      let links = try link(files.flatMap(\.readings), outcomes: outcomes)
      return Self.attribute(links, to: files, outcomes: perFile).map { .success($0) }
    } catch {
      // Stored already: link each file on its own.
      return zip(files, perFile).map { file, outcomes in
        Result {
          Committed(outcomes: outcomes, links: try link(file.readings, outcomes: outcomes))
        }
      }
    }
  }

  /// Splits a batch's links by file: each correction and diff to the last file whose stored
  /// papers it names (a duplicate is not linked, so it finds nothing); what names none (and
  /// unreadable partners) to the last file.
  private static func attribute(
    _ links: Links, to files: [AnalyzedFile], outcomes: [[IngestOutcome]]
  ) -> [Committed] {
    var committed = outcomes.map { Committed(outcomes: $0, links: Links()) }
    let keys: [Set<DocumentKey>] = zip(files, outcomes).map { file, outcomes in
      var keys = Set<DocumentKey>()
      for (paper, outcome) in zip(file.papers, outcomes) {
        if case .duplicate = outcome { continue }
        keys.insert(outcome.key)
        keys.insert(paper.document.key)
      }
      return keys
    }
    func last(naming names: [DocumentKey]) -> Int {
      keys.lastIndex { !$0.isDisjoint(with: names) } ?? files.count - 1
    }
    for correction in links.corrections {
      committed[last(naming: [correction.claim.document, correction.correction.document])]
        .links.corrections.append(correction)
    }
    for change in links.changes {
      committed[last(naming: [change.paper])].links.changes.append(change)
    }
    committed[files.count - 1].links.unreadable = links.unreadable
    return committed
  }

  /// Links stored papers (their readings and outcomes in the same order); duplicates are
  /// skipped. The papers are also used as partners, so papers of one batch are not read
  /// again.
  ///
  /// Three steps, which a caller may also take one by one to overlap the comparing with
  /// other work: find the partners of every paper (`plan`, one indexed query each), compare
  /// the pairs on every core (`compare`: re-reading partners from the store's kept bytes,
  /// detecting corrections, diffing versions), then record what was found, in paper order
  /// (`record`, on the store's single writer).
  public func link(_ readings: [PaperReading], outcomes: [IngestOutcome]) throws -> Links {
    try record(compare(plan(readings, outcomes: outcomes)))
  }

  /// Links the versions a stopped run stored and did not link (killed or interrupted between
  /// the two steps, or its link failed), `batch` at a time until none is left. Each is read
  /// again from the store's kept bytes and analysed as at ingest, then linked as if it had
  /// just been stored; the pairs a later paper compared with it already find nothing new (the
  /// store records no correction twice). A version whose bytes are not kept, or no longer
  /// read, is given up (in `unreadable`). Returns how many versions were linked or given up.
  public func linkUnlinked(analyzer: PaperAnalyzer, batch: Int = 64) throws -> (
    versions: Int, links: Links
  ) {
    var links = Links()
    var count = 0
    while true {
      let unlinked = try store.unlinkedVersions(limit: max(1, batch))
      if unlinked.isEmpty { return (count, links) }
      count += unlinked.count
      var readings: [PaperReading] = []
      var outcomes: [IngestOutcome] = []
      var givenUp: [String] = []
      // The parts of a file of several papers (a Landtag export) stand together in the
      // list: the file is read and analysed once for all of them.
      var files: [String: Result<[AnalyzedPaper], ReadError>?] = [:]
      for version in unlinked {
        let fileSHA256 = String(version.sha256.prefix { $0 != "#" })
        if files[fileSHA256] == nil {
          files[fileSHA256] = try store.file(version: version.sha256).map { file in
            // The papers as ingest analysed them, with their references (claims name
            // sources by them).
            Result { () throws(ReadError) in
              try analyzer.analyze(file.bytes, path: file.path, sha256: fileSHA256)
            }
          }
        }
        switch files[fileSHA256] ?? nil {
        case .success(let papers):
          if let paper = papers.first(where: { $0.document.source.contentID == version.sha256 }) {
            readings.append(PaperReading(paper.document, references: paper.references))
            outcomes.append(version.outcome)
          } else {
            givenUp.append(version.sha256)
          }
        case .failure(let error):
          links.unreadable.append(error)
          givenUp.append(version.sha256)
        case nil:
          givenUp.append(version.sha256)
        }
      }
      if !givenUp.isEmpty { _ = try store.record([], linked: givenUp) }
      links.formUnion(try link(readings, outcomes: outcomes))
    }
  }

  /// The pairs of one link call, found and not yet compared.
  public struct Plan: Sendable {
    fileprivate var jobs: [LinkJob]
    /// Every version linked by the call, with pairs or without.
    fileprivate var linked: [String]
  }

  /// What comparing a plan's pairs found, not yet recorded.
  public struct Comparisons: Sendable {
    fileprivate var results: [LinkResult]
    fileprivate var linked: [String]
  }

  /// The first step of `link`: the partners of each stored paper. Reads the store; must
  /// follow the papers' commit and precede the commit of papers arriving after them.
  public func plan(_ readings: [PaperReading], outcomes: [IngestOutcome]) throws -> Plan {
    cache.insert(readings)
    var compared = Set<Pair>()
    var jobs: [LinkJob] = []
    let stored = zip(readings, outcomes).filter {
      if case .duplicate = $0.1 { return false }
      return true
    }
    let found = try store.linkPartners(
      ofVersions: stored.map(\.0.document.source.contentID))
    for ((reading, outcome), partners) in zip(stored, found) {
      let sha = reading.document.source.contentID
      var job = LinkJob(reading: reading, outcome: outcome)
      func pair(_ first: String, _ second: String) -> Bool {
        compared.insert(Pair(first: first, second: second)).inserted
      }
      job.questions = partners.questions.map(\.versionSHA256).filter { pair($0, sha) }
      job.answers = partners.answers.map(\.versionSHA256).filter { pair(sha, $0) }
      job.cited = partners.cited.map(\.versionSHA256).filter { pair($0, sha) }
      job.citing = partners.citing.map(\.versionSHA256).filter { pair(sha, $0) }
      if case .newVersion(_, let previous) = outcome, previous != sha { job.previous = previous }
      if job.hasWork { jobs.append(job) }
    }
    return Plan(jobs: jobs, linked: stored.map(\.0.document.source.contentID))
  }

  /// The second step of `link`: compares a plan's pairs on every core. Writes nothing, so
  /// it may run while the writer stores the next papers.
  public func compare(_ plan: Plan) -> Comparisons {
    let results = ResultSlots<LinkResult>(count: plan.jobs.count)
    let jobs = plan.jobs
    DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
      results.set(i, compare(jobs[i]))
    }
    return Comparisons(results: results.values(), linked: plan.linked)
  }

  /// The last step of `link`: records what comparing found, in paper order, skipping
  /// corrections stored already; the papers are linked from then on (they leave the
  /// store's `unlinked`).
  public func record(_ comparisons: Comparisons) throws -> Links {
    var links = Links()
    var findings: [LinkFindings] = []
    for result in comparisons.results {
      if let error = result.error { throw error }
      links.unreadable += result.unreadable
      findings.append(LinkFindings(corrections: result.found, diff: result.diff))
      if let diff = result.diff, !diff.changes.isEmpty { links.changes.append(diff) }
    }
    links.corrections = try store.record(findings, linked: comparisons.linked)
    return links
  }

  /// Two versions compared already, in the order the detector takes them (question and
  /// answer, or cited and citing paper); both may be in one batch.
  private struct Pair: Hashable {
    var first: String
    var second: String
  }

  /// What one stored paper is to be compared with.
  fileprivate struct LinkJob: Sendable {
    var reading: PaperReading
    var outcome: IngestOutcome
    /// Versions of the questions it answers, and of the answers to it.
    var questions: [String] = []
    var answers: [String] = []
    /// Versions of the papers it may correct, and of the papers that may correct it.
    var cited: [String] = []
    var citing: [String] = []
    /// The version it follows, for a diff.
    var previous: String?

    var hasWork: Bool {
      !questions.isEmpty || !answers.isEmpty || !cited.isEmpty || !citing.isEmpty
        || previous != nil
    }
  }

  /// What comparing one paper found; nothing is recorded yet.
  fileprivate struct LinkResult: Sendable {
    var found: [Correction] = []
    var diff: VersionChanges?
    var unreadable: [ReadError] = []
    var error: (any Error)?
  }

  /// Compares one paper with its partners. Pure but for reading the store.
  private func compare(_ job: LinkJob) -> LinkResult {
    var result = LinkResult()
    let reading = job.reading
    let document = reading.document
    let sha = document.source.contentID
    let detector = CorrectionDetector()
    do {
      // Each role, with the detector the same way round whichever paper came first.
      let roles: [([String], (PaperReading) -> [Correction])] = [
        (job.questions, { detector.corrections(question: $0, answer: reading) }),
        (job.answers, { detector.corrections(question: reading, answer: $0) }),
        (job.cited, { detector.corrections(between: $0, and: reading) }),
        (job.citing, { detector.corrections(between: reading, and: $0) }),
      ]
      for (versions, corrections) in roles {
        for version in versions {
          guard let partner = try reread(version, into: &result) else { continue }
          result.found += corrections(partner)
        }
      }
      // Another rendition of the paper (Akoma Ntoso beside the text, a DIP record beside the
      // protocol) is no revision of it: only versions of one format are diffed.
      // Its changed figures, dates, names and negations are corrections of the old print.
      if case .newVersion(let key, _) = job.outcome, let previous = job.previous,
        let stored = try reread(previous, into: &result),
        stored.document.source.format == document.source.format
      {
        // The older side is the earlier print, whichever file came first: an original
        // dropped after its Neudruck is the old side of their diff.
        let arrivedLate =
          Document.versionRank(document.versionLabel)
          < Document.versionRank(stored.document.versionLabel)
        let (old, new) = arrivedLate ? (reading, stored) : (stored, reading)
        let changes = VersionDiff().changes(old: old.document, new: new.document)
        result.diff = VersionChanges(
          paper: key, oldSHA256: arrivedLate ? sha : previous,
          newSHA256: arrivedLate ? previous : sha, changes: changes)
        result.found += SelfCorrections.corrections(changes: changes, old: old, new: new)
      }
    } catch {
      result.error = error
    }
    return result
  }

  /// The stored version `sha256` read again from its kept bytes (or from the cache); nil
  /// (noted in `result`) when its bytes are not kept or no longer read.
  private func reread(_ sha256: String, into result: inout LinkResult)
    throws -> PaperReading?
  {
    if let reading = cache[sha256] { return reading }
    do {
      guard let document = try Self.document(ofVersion: sha256, in: store) else { return nil }
      let reading = PaperReading(document)
      cache[sha256] = reading
      return reading
    } catch let error as ReadError {
      result.unreadable.append(error)
      return nil
    }
  }

  /// Reads a stored version again from the bytes the store keeps: the whole file through
  /// `PaperReader`, then the paper whose `source.part` the version names. Nil when the
  /// version is unknown or its bytes were not kept (a store written before v2).
  public static func document(ofVersion sha256: String, in store: PaperStore) throws
    -> Document?
  {
    guard let file = try store.file(version: sha256) else { return nil }
    let documents = try PaperReader.read(file.bytes, path: file.path)
    return documents.first { $0.source.part == file.part }
  }

  /// The compact JSON of one correction, the shape of an element of `CorrectionReport.json`.
  static func jsonLine(_ correction: Correction) -> String {
    let pretty = CorrectionReport.json([correction])
    guard let array = try? JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? [Any],
      let object = array.first,
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
