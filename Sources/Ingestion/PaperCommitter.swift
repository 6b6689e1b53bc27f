import Claims
import DocumentModel
import Foundation
import Pipeline
import Store

/// Stores analysed papers and links them to what is stored: the corrections between a paper
/// and the questions it answers or the answers it has, and the changes from the version a
/// new version follows. Shared by `fundstelle ingest` and the daemon.
///
/// Linking does not depend on the order papers arrive in: whichever of a question and its
/// answer comes second finds the other (through the `answers` edge and aliases) and the
/// detector always runs as `corrections(question:answer:)`. A partner is read again from the
/// bytes the store keeps. A paper with no partner and no earlier version (most papers) costs
/// one indexed query.
public struct PaperCommitter: Sendable {
  public let store: PaperStore

  public init(store: PaperStore) {
    self.store = store
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
    let outcomes = try store.ingest(file.storedPapers)
    let links = try link(file.papers.map(\.document), outcomes: outcomes)
    return Committed(outcomes: outcomes, links: links)
  }

  /// Links stored papers (their outcomes in the same order); duplicates are skipped.
  /// `documents` are also used as partners, so papers of one batch are not read again.
  ///
  /// Three steps: find the partners of every paper (one indexed query each), compare the
  /// pairs on every core (re-reading partners from the store's kept bytes, detecting
  /// corrections, diffing versions), then record what was found, in paper order, on this
  /// thread, the store's single writer.
  public func link(_ documents: [Document], outcomes: [IngestOutcome]) throws -> Links {
    var known: [String: Document] = [:]
    for document in documents { known[document.source.contentID] = document }
    var compared = Set<Pair>()
    var jobs: [LinkJob] = []
    for (document, outcome) in zip(documents, outcomes) {
      if case .duplicate = outcome { continue }
      let sha = document.source.contentID
      let partners = try store.linkPartners(ofVersion: sha)
      var job = LinkJob(document: document, outcome: outcome)
      for partner in partners.questions
      where compared.insert(Pair(question: partner.versionSHA256, answer: sha)).inserted {
        job.questions.append(partner.versionSHA256)
      }
      for partner in partners.answers
      where compared.insert(Pair(question: sha, answer: partner.versionSHA256)).inserted {
        job.answers.append(partner.versionSHA256)
      }
      if case .newVersion(_, let previous) = outcome, previous != sha { job.previous = previous }
      if !job.questions.isEmpty || !job.answers.isEmpty || job.previous != nil {
        jobs.append(job)
      }
    }
    let results = ResultSlots<LinkResult>(count: jobs.count)
    let work = jobs
    let partners = known
    DispatchQueue.concurrentPerform(iterations: work.count) { i in
      results.set(i, compare(work[i], known: partners))
    }
    var links = Links()
    for result in results.values() {
      if let error = result.error { throw error }
      links.unreadable += result.unreadable
      links.corrections += try store.record(corrections: try unseen(result.found))
      if let diff = result.diff {
        try store.record(
          changes: diff.changes, paper: diff.paper, old: diff.oldSHA256, new: diff.newSHA256)
        if !diff.changes.isEmpty { links.changes.append(diff) }
      }
    }
    return links
  }

  /// A question and an answer version compared already (both may be in one batch).
  private struct Pair: Hashable {
    var question: String
    var answer: String
  }

  /// What one stored paper is to be compared with.
  private struct LinkJob: Sendable {
    var document: Document
    var outcome: IngestOutcome
    /// Versions of the questions it answers, and of the answers to it.
    var questions: [String] = []
    var answers: [String] = []
    /// The version it follows, for a diff.
    var previous: String?
  }

  /// What comparing one paper found; nothing is recorded yet.
  private struct LinkResult: Sendable {
    var found: [Correction] = []
    var diff: VersionChanges?
    var unreadable: [ReadError] = []
    var error: (any Error)?
  }

  /// Compares one paper with its partners. Pure but for reading the store.
  private func compare(_ job: LinkJob, known: [String: Document]) -> LinkResult {
    var result = LinkResult()
    let document = job.document
    let sha = document.source.contentID
    let detector = CorrectionDetector()
    do {
      for version in job.questions {
        guard let question = try reread(version, known: known, into: &result) else { continue }
        result.found += detector.corrections(question: question, answer: document)
      }
      for version in job.answers {
        guard let answer = try reread(version, known: known, into: &result) else { continue }
        result.found += detector.corrections(question: document, answer: answer)
      }
      // Another rendition of the paper (Akoma Ntoso beside the text, a DIP record beside the
      // protocol) is no revision of it: only versions of one format are diffed.
      if case .newVersion(let key, _) = job.outcome, let previous = job.previous,
        let old = try reread(previous, known: known, into: &result),
        old.source.format == document.source.format
      {
        let changes = VersionDiff().changes(old: old, new: document)
        result.diff = VersionChanges(
          paper: key, oldSHA256: previous, newSHA256: sha, changes: changes)
      }
    } catch {
      result.error = error
    }
    return result
  }

  /// What makes two corrections the same for a reader, wherever in the file they stand:
  /// another rendition of a paper (its XML beside its text) quotes the same passages at
  /// other offsets.
  private struct Sameness: Hashable {
    var kind: Correction.Kind
    var claim: DocumentKey
    var claimText: String
    var correction: DocumentKey
    var correctionText: String

    init(_ c: Correction) {
      kind = c.kind
      claim = c.claim.document
      claimText = c.claim.text
      correction = c.correction.document
      correctionText = c.correction.text
    }
  }

  /// `found` without those already stored, or found twice, for the same passages.
  private func unseen(_ found: [Correction]) throws -> [Correction] {
    guard !found.isEmpty else { return [] }
    var seen = Set<Sameness>()
    for key in Set(found.map(\.claim.document)) {
      for stored in try store.corrections(claimDocument: key) { seen.insert(Sameness(stored)) }
    }
    return found.filter { seen.insert(Sameness($0)).inserted }
  }

  /// The stored version `sha256` read again from its kept bytes; nil (noted in `result`)
  /// when its bytes are not kept or no longer read.
  private func reread(_ sha256: String, known: [String: Document], into result: inout LinkResult)
    throws -> Document?
  {
    if let document = known[sha256] { return document }
    do {
      return try Self.document(ofVersion: sha256, in: store)
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
