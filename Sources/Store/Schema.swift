import GRDB

/// The store's SQLite schema, created and upgraded by a `DatabaseMigrator`.
///
/// ```
/// paper      one row per paper, under its canonical unversioned key
///   key TEXT PRIMARY KEY           nw/drs/16/1087
///   kind TEXT                      DocumentKind raw value of the current version
///   title, body, wahlperiode, number, date (ISO, as precise as known)
///   key_origin TEXT                printed | derived | content-hash (of the current version)
///   current_version INTEGER        → version.id whose metadata and references count
///
/// version    one row per distinct file content (a rendition or Neudruck of a paper)
///   id INTEGER PRIMARY KEY         ingest order
///   sha256 TEXT UNIQUE             content identity, the idempotency key: the file's SHA-256,
///                                  with `#n` for the n-th paper of a file of several
///   paper_key TEXT                 → paper.key (moves when a derived paper merges)
///   versioned_key TEXT             the key as read: nw/drs/17/2345@neudruck
///   label TEXT                     neudruck, 2.neudruck, vorabfassung; NULL for the original
///   key_origin, kind, title, body, wahlperiode, number, date   as the file gave them
///   path, byte_count, encoding, format, ingested_at
///
/// alias      other names of a paper or of a not-yet-stored target
///   alias TEXT PRIMARY KEY         nw/ka/16/421, nw/antwort/16/850
///   key TEXT                       the canonical key it stands for (never itself an alias)
///   source TEXT                    document | reference | merge
///
/// reference  every reference of every version, as extracted: no status is stored
///   id INTEGER PRIMARY KEY
///   version_id INTEGER             → version.id (the citing paper is version.paper_key)
///   ordinal INTEGER                position in the paper's reference list
///   kind, target, relation, text, start, end, line, pin_cite   as extracted
///   target_key TEXT                the target without its @version: what binds
///   aliases TEXT                   the reference's alias keys, newline-separated
///
/// section    the sections of every version
///   version_id, ordinal, kind, numbers (comma-separated), heading, label,
///   start, end (original bytes), text_start, text_end (normalized text)
/// ```
///
/// Late binding: a reference's status is computed when queried, by resolving its target
/// through `alias` and joining it against `paper`. A reference to a paper not yet ingested
/// is dangling until that paper arrives; nothing is rewritten when it does, so the graph is
/// the same whatever order the papers come in. Indexes serve the hot lookups:
/// `reference(target_key)`, `reference(version_id)`, `alias(key)`, `version(paper_key)`, and
/// the unique `version(sha256)`.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE paper (
            key TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            body TEXT,
            wahlperiode INTEGER,
            number TEXT,
            date TEXT,
            key_origin TEXT NOT NULL,
            current_version INTEGER NOT NULL
          );
          CREATE TABLE version (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            paper_key TEXT NOT NULL,
            versioned_key TEXT NOT NULL,
            label TEXT,
            key_origin TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            body TEXT,
            wahlperiode INTEGER,
            number TEXT,
            date TEXT,
            path TEXT NOT NULL,
            byte_count INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            format TEXT NOT NULL,
            ingested_at TEXT NOT NULL
          );
          CREATE INDEX version_paper ON version(paper_key);
          CREATE TABLE alias (
            alias TEXT PRIMARY KEY NOT NULL,
            key TEXT NOT NULL,
            source TEXT NOT NULL
          );
          CREATE INDEX alias_key ON alias(key);
          CREATE TABLE reference (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            target_key TEXT NOT NULL,
            relation TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            line INTEGER NOT NULL,
            pin_cite TEXT,
            aliases TEXT,
            CHECK (0 <= start AND start <= "end" AND line >= 1)
          );
          CREATE INDEX reference_version ON reference(version_id);
          CREATE INDEX reference_target ON reference(target_key);
          CREATE TABLE section (
            version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            numbers TEXT NOT NULL,
            heading TEXT,
            label TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text_start INTEGER NOT NULL,
            text_end INTEGER NOT NULL,
            PRIMARY KEY (version_id, ordinal),
            CHECK (0 <= start AND start <= "end" AND 0 <= text_start AND text_start <= text_end)
          ) WITHOUT ROWID;
          """)
    }
    return migrator
  }
}
