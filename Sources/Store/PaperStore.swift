import DocumentModel
import Foundation
import GRDB

/// The embedded SQLite store of papers, versions, aliases and references (see `Schema` for
/// the tables).
///
/// One writer at a time (the pool serialises writes; a writer in another process is waited
/// for up to 30 s), any number of concurrent readers; the database runs in WAL mode, so
/// readers never wait for the writer. Each paper is
/// written in one transaction and counts as ingested only once it commits: a crash leaves
/// either the whole paper or nothing. All methods may be called from any thread.
public final class PaperStore: Sendable {
  /// The store file.
  public let path: String
  private let pool: DatabasePool

  /// Opens the store at `path`, creating the file and migrating its schema as needed, in
  /// WAL mode. Throws a `StoreError` naming the file when it cannot be opened or is not a
  /// Fundstelle store.
  public init(path: String) throws {
    self.path = path
    var configuration = Configuration()
    configuration.label = "fundstelle-store"
    // Another process (the daemon, a second `fundstelle ingest`) may hold the write lock;
    // wait for it rather than fail at once.
    configuration.busyMode = .timeout(30)
    configuration.prepareDatabase { db in
      // WAL with synchronous=NORMAL stays consistent after any crash; only a power loss may
      // forget the very last commits.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      if !db.configuration.readonly {
        try db.execute(sql: Self.writerPragmas)
      }
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try Schema.migrator.migrate(pool)
    } catch {
      throw StoreError(path: path, reason: "cannot open the store (\(Self.describe(error)))")
    }
  }

  /// Pragmas of the one writer connection; readers keep SQLite's defaults (a reader's cache
  /// is dropped whenever the writer commits, so a larger one would not stay warm).
  ///
  /// - `cache_size`: 16 MB instead of 2 MB holds the indexes the writer seeks into at random
  ///   (by content hash, reference target, alias) for tens of thousands of papers; at 20,000
  ///   papers it took 44% of the pread calls and a quarter of the pwrite calls of an ingest,
  ///   for about 25 MB more peak RSS. Memory stays bounded: a cap, not a preload.
  /// - `wal_autocheckpoint`: 8192 pages (32 MB of WAL) instead of 1000 between checkpoints;
  ///   the pages written over and over (index leaves, table tails) are copied back once per
  ///   checkpoint, and each checkpoint's two fsyncs come six times less often. Crash safety is
  ///   unchanged: the WAL is replayed either way.
  static let writerPragmas = """
    PRAGMA cache_size = -16384;
    PRAGMA wal_autocheckpoint = 8192;
    """

  // MARK: Writing

  /// Stores one read paper with its references in one transaction.
  ///
  /// Idempotent by content hash: the same bytes again give `.duplicate` and write nothing.
  /// A paper whose key (through its aliases) is known but whose bytes are new is stored as
  /// a further version and gives `.newVersion` with the version it follows. A derived
  /// identity (`nw/antwort/16/850`) that a printed paper names as its alias merges into the
  /// printed paper, in whichever order the two arrive.
  @discardableResult
  public func ingest(_ paper: StoredPaper) throws -> IngestOutcome {
    try writing { db in try IngestWriter(db: db, now: Date()).ingest(paper) }
  }

  /// Stores several papers in one transaction, in order: faster for bulk loads, but all or
  /// nothing. Outcomes are as for `ingest(_:)`, one per paper.
  @discardableResult
  public func ingest(_ papers: [StoredPaper]) throws -> [IngestOutcome] {
    try writing { db in
      let writer = IngestWriter(db: db, now: Date())
      return try papers.map { try writer.ingest($0) }
    }
  }

  // MARK: Reading

  /// Whether a file with this SHA-256 (lower-case hex) is stored: lets a caller skip reading
  /// and extraction for a file it has seen.
  public func contains(sha256: String) throws -> Bool {
    try reading { db in
      try Bool.fetchOne(
        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM version WHERE sha256 = ?)"),
        arguments: [sha256]) ?? false
    }
  }

  /// The paper a key names, through aliases and version suffixes; nil when it is not stored.
  public func paper(_ key: DocumentKey) throws -> PaperRecord? {
    try reading { db in try Queries(db: db).paper(key) }
  }

  /// The canonical key a key stands for (itself when it is no alias), stored or not.
  public func canonicalKey(_ key: DocumentKey) throws -> DocumentKey {
    try reading { db in
      DocumentKey(try Identity(db: db).resolve(key.unversioned.rawValue))
    }
  }

  /// The references a paper makes, in document order, with their status as of now. A
  /// versioned key (`nw/drs/17/2345@neudruck`) picks that version; otherwise the current
  /// version. Empty when the paper is not stored.
  public func citations(from key: DocumentKey) throws -> [Citation] {
    try reading { db in try Queries(db: db).citations(from: key) }
  }

  /// The references of one stored version (by its content hash), in document order, with
  /// their status as of now: the older side of a version diff. Empty for an unknown hash.
  public func citations(inVersion sha256: String) throws -> [Citation] {
    try reading { db in try Queries(db: db).citations(inVersion: sha256) }
  }

  /// The references of current versions that point at the paper a key names (through any
  /// of its aliases), sorted by citing paper. Works for dangling targets too.
  public func citations(to key: DocumentKey) throws -> [IncomingCitation] {
    try reading { db in try Queries(db: db).citations(to: key) }
  }

  /// The whole citation graph, aggregated in SQL, in memory. Exports stream it instead
  /// (`graph(into:)`).
  public func graph() throws -> CitationGraph {
    var graph = CitationGraph(nodes: [], edges: [])
    try self.graph(into: &graph)
    return graph
  }

  /// Hands the citation graph to `sink`, nodes in key order and then edges in (source,
  /// target, relation) order, as one read of the store sees it; memory stays flat however
  /// many papers the store holds.
  public func graph(into sink: inout some GraphSink) throws {
    try reading { db in try Queries(db: db).graph(into: &sink) }
  }

  /// Counts over the whole store, the graph's included: reads every reference of current
  /// versions (3.6 s at 100,000 papers).
  public func statistics() throws -> StoreStatistics {
    try reading { db in try Queries(db: db).statistics() }
  }

  /// Papers, versions and references of current versions: a few index lookups per paper.
  public func size() throws -> StoreSize {
    try reading { db in
      func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      return StoreSize(
        papers: try count("SELECT COUNT(*) FROM paper"),
        versions: try count("SELECT COUNT(*) FROM version"),
        references: try count(
          "SELECT COUNT(*) FROM paper p JOIN reference r ON r.version_id = p.current_version"))
    }
  }

  // MARK: Errors

  func writing<T>(_ body: (Database) throws -> T) throws -> T {
    try naming("write") { try pool.write(body) }
  }

  func reading<T>(_ body: (Database) throws -> T) throws -> T {
    try naming("read") { try pool.read(body) }
  }

  /// As `reading`, for a body that runs a single statement: one statement reads one
  /// consistent state by itself, so the read transaction's BEGIN and COMMIT (each as dear as
  /// a small query) are saved.
  func readingOneStatement<T>(_ body: (Database) throws -> T) throws -> T {
    try naming("read") { try pool.unsafeRead(body) }
  }

  /// Runs `body`, turning any error but a `StoreError` into one that names the store and
  /// what could not be done ("cannot write (database is locked)").
  private func naming<T>(_ action: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as StoreError {
      throw error
    } catch let failure as SinkFailure {
      // The caller's own sink failed (say, a full disk under an export): its error, not ours.
      throw failure.error
    } catch {
      throw StoreError(
        path: path, reason: "cannot \(action) (\(Self.describe(error)))",
        isTransient: Self.isTransient(error))
    }
  }

  private static func isTransient(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    let passing: [ResultCode] = [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_IOERR]
    return passing.contains(error.resultCode.primaryResultCode)
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      return error.message ?? error.resultCode.description
    }
    return "\(error)"
  }
}
