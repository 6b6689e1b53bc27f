/// What the commit step did with one paper; the loop logs it as one line and appends the
/// corrections to the outbox.
public struct JobOutcome: Sendable, Equatable {
  public enum Disposition: String, Sendable, Equatable {
    /// A paper the store did not hold.
    case stored
    /// The same content is already stored (by content hash); nothing was written.
    case duplicate
    /// A new version of a paper the store knows (stored as a version and diffed).
    case newVersion = "new-version"
  }

  public var disposition: Disposition
  /// The paper's canonical key, e.g. `nw/drs/16/850`.
  public var key: String
  /// The paper's kind, e.g. `drucksache`.
  public var kind: String
  /// How many references were found.
  public var references: Int
  /// The corrections this paper newly produced, each one JSON object on one line.
  public var corrections: [String]

  public init(
    disposition: Disposition, key: String, kind: String, references: Int = 0,
    corrections: [String] = []
  ) {
    self.disposition = disposition
    self.key = key
    self.kind = kind
    self.references = references
    self.corrections = corrections
  }
}

/// Marks an error as passing ("store busy", "disk full"): the paper stays in the inbox and
/// is retried with exponential backoff instead of being moved to `failed/`.
public protocol TransientError: Error {}

/// A ready-made transient error with a message, for closures that only need to say "later".
public struct RetryLater: TransientError, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
