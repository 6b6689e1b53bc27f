import GRDB

/// Binds a prepared statement's arguments straight to SQLite, one after the other.
///
/// `Statement.execute(arguments:)` boxes every value of its array literal as an existential,
/// converts each to a `DatabaseValue` and binds them in nested closures; on the hot inserts
/// (a row per reference and per section) that cost as much as SQLite's own work. Each
/// `bind` here calls the value's `StatementBinding` (the very `sqlite3_bind_*` call GRDB
/// makes), so the stored values are the same.
struct DirectBinder {
  fileprivate let statement: Statement
  fileprivate var index: CInt = 1
  /// The first failed bind's SQLite result code (a value too big, no memory): the statement
  /// is then not run, and the caller gets an error rather than a trap.
  fileprivate var failure: CInt?

  /// Binds the next `?` of the statement.
  mutating func bind(_ value: some StatementBinding) {
    let code = value.bind(to: statement.sqliteStatement, at: index)
    if code != 0 && failure == nil { failure = code }
    index += 1
  }
}

extension Statement {
  /// Runs the statement once with the arguments `body` binds, in the order of its `?`s;
  /// `body` must bind every one of them (one left out would be NULL; one too many traps).
  func execute(binding body: (inout DirectBinder) -> Void) throws {
    // Resets the statement and clears the previous row's bindings; marks the arguments as
    // bound, so that `execute()` runs the statement with what `body` binds.
    setUncheckedArguments(StatementArguments())
    var binder = DirectBinder(statement: self)
    body(&binder)
    if let failure = binder.failure {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: failure), message: "cannot bind an argument",
        sql: sql)
    }
    try execute()
  }
}
