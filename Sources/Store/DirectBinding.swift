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

  /// Binds the next `?` of the statement.
  mutating func bind(_ value: some StatementBinding) {
    let code = value.bind(to: statement.sqliteStatement, at: index)
    // sqlite3_bind_* fails only on a misuse (a wrong index), as GRDB's own binding assumes.
    precondition(code == 0, "cannot bind argument \(index) of \(statement.sql)")
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
    try execute()
  }
}
