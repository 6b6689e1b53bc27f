import Claims
import DocumentModel
import Pipeline
import Store

#if canImport(Glibc)
  import Glibc
#endif

/// One file read and analysed: its bytes (kept in the store so its papers can be read
/// again), its papers with their references, and what the claim stages read from each.
public struct AnalyzedFile: Sendable {
  public var path: String
  public var bytes: [UInt8]
  public var papers: [AnalyzedPaper]
  /// One per paper: its sentences and claims, read here on the analysing core so that
  /// linking, on the writer's turn, only compares.
  public var readings: [PaperReading]
  /// One per paper: its correcting citations (`PaperReading.correctingCitations`).
  var correcting: [Set<Int>]
  /// The paper the store holds these bytes as, when it was found so before analysis; the
  /// file then has no papers and its bytes are not kept here.
  public var known: KnownFile?
  /// The SHA-256 of the bytes, when a store was given to look them up in.
  public var sha256: String?
  /// How the file looked to `stat` before it was read, when asked for (`knowingByLook`):
  /// what `PaperStore.remember` keeps once the papers are stored.
  public var look: FileLook?
  /// Known by its look, which the store remembers already.
  private var knownByLook = false

  public init(path: String, bytes: [UInt8], papers: [AnalyzedPaper]) {
    self.path = path
    self.bytes = bytes
    self.papers = papers
    readings = papers.map { PaperReading($0.document, references: $0.references) }
    correcting = zip(readings, papers).map { $0.correctingCitations($1.references) }
  }

  private init(path: String, known: KnownFile, sha256: String, look: FileLook?) {
    self.init(path: path, bytes: [], papers: [])
    self.known = known
    self.sha256 = sha256
    self.look = look
  }

  /// The file as it was hashed, for `PaperStore.remember`; nil when it was not hashed or
  /// not looked at, or was known by its look (remembered already).
  public var hashed: HashedFile? {
    guard let sha256, let look, !knownByLook else { return nil }
    return HashedFile(path: path, look: look, sha256: sha256)
  }

  /// Reads and analyses the file at `path`; with `store`, a file whose bytes it holds
  /// already as one paper is not analysed but comes back `known`. Re-reading a folder of
  /// stored papers, or restarting the daemon over its inbox, then costs a hash and a lookup
  /// per file (its analysis would only have found a duplicate). With `knowingByLook`, a
  /// file that looks to `stat` as it did when its bytes were hashed and remembered
  /// (`PaperStore.remember`) is known without reading it: the daemon's restart over an
  /// inbox of stored papers. A store that cannot be read here is left to the commit to
  /// report.
  public static func read(
    _ path: String, analyzer: PaperAnalyzer, skippingKnownIn store: PaperStore? = nil,
    knowingByLook: Bool = false
  ) throws(ReadError) -> AnalyzedFile {
    // Taken before the bytes are read: a file changed after this looks different next
    // time and is read again, never the other way round.
    let look = knowingByLook ? Self.look(of: path) : nil
    if let store, let look, let (sha256, known) = try? store.knownFile(path: path, look: look) {
      var file = AnalyzedFile(path: path, known: known, sha256: sha256, look: look)
      file.knownByLook = true
      return file
    }
    let bytes = try PaperFiles.bytes(of: path)
    // Hashed once: the lookup's hash is the papers' identity too.
    let sha256 = store.map { _ in SHA256.hex(bytes) }
    if let store, let sha256, let known = try? store.knownFile(sha256: sha256) {
      return AnalyzedFile(path: path, known: known, sha256: sha256, look: look)
    }
    var file = AnalyzedFile(
      path: path, bytes: bytes, papers: try analyzer.analyze(bytes, path: path, sha256: sha256))
    file.sha256 = sha256
    file.look = look
    return file
  }

  /// Size, modification time and inode of the file at `path` (symbolic links followed).
  static func look(of path: String) -> FileLook? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileLook(
      size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
      inode: UInt64(info.st_ino))
  }

  /// The papers as the store takes them; the first carries the file's bytes (a file of
  /// many papers is kept once, and its bytes are not bound once per paper).
  var storedPapers: [StoredPaper] {
    papers.enumerated().map { i, paper in
      StoredPaper(
        document: paper.document, references: paper.references, content: i == 0 ? bytes : nil,
        correctingReferences: correcting[i])
    }
  }
}
