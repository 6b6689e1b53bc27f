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
///   correcting INTEGER             (v3) 1 where the citing paper may correct the cited one
///                                  (`StoredPaper.correctingReferences`); linking compares
///                                  these pairs
///
/// section    the sections of every version
///   version_id, ordinal, kind, numbers (comma-separated), heading, label,
///   start, end (original bytes), text_start, text_end (normalized text)
///
/// content    (v2) the original bytes of every ingested file, once per file
///   sha256 TEXT PRIMARY KEY        the file's SHA-256 (`version.sha256` without its `#n`), so
///                                  a file of several papers is stored once; read it again with
///                                  `PaperReader.read(bytes, path: version.path)` and pick the
///                                  paper by `#n` (`source.part`)
///   bytes BLOB
///
/// correction (v2) corrections found between stored papers, as `Correction`
///   id INTEGER PRIMARY KEY         order found
///   kind TEXT                      Correction.Kind raw value
///   claim_key, claim_text, claim_start, claim_end              the corrected claim
///   correction_key, correction_text, correction_start, correction_end   what corrects it
///   subject, cue, confidence, explanation
///   UNIQUE (kind, claim_key, claim_start, correction_key, correction_start): linking again
///   records nothing twice
///
/// version_change (v2) what changed between two versions of a paper, as `Change`
///   id INTEGER PRIMARY KEY
///   paper_key TEXT                 the paper's canonical key when the diff was made
///   old_sha256, new_sha256 TEXT    → version.sha256 of the two sides
///   ordinal INTEGER                position in the diff
///   kind, old, new, context        as `Change`
///   old_start, old_end, new_start, new_end   spans in the two files' bytes, NULL if none
///   UNIQUE (old_sha256, new_sha256, ordinal)
///
/// unlinked   (v5) versions stored and not linked yet: written in the transaction that
///            stores the version, deleted in the one that records what linking it found, so
///            a run stopped in between (Ctrl-C, a restart, a failed link) leaves them here
///            for the next run to link (`PaperCommitter.linkUnlinked`)
///   sha256 TEXT PRIMARY KEY        → version.sha256
///   paper_key TEXT                 the paper's key when stored
///   previous_sha256 TEXT           the version it follows (`IngestOutcome.newVersion`), or NULL
///
/// hashed_file (v6) how a file in the daemon's inbox looked when its bytes were hashed, for
///            files whose papers are stored: a restart knows them by `stat` instead of
///            reading and hashing every file again (`PaperStore.knownFile(path:look:)`)
///   path TEXT PRIMARY KEY
///   size, modified (ns since 1970), inode INTEGER
///   sha256 TEXT                    the file's SHA-256
/// ```
///
/// Late binding: a reference's status is computed when queried, by resolving its target
/// through `alias` and joining it against `paper`. A reference to a paper not yet ingested
/// is dangling until that paper arrives; nothing is rewritten when it does, so the graph is
/// the same whatever order the papers come in. Indexes serve the hot lookups:
/// `reference(target_key)` (since v4 `reference(target_key, relation, correcting)`),
/// `reference(version_id)`, `alias(key)`, `version(paper_key)`, and the unique
/// `version(sha256)`; since v2 `correction(claim_key)`, `correction(correction_key)` and
/// `version_change(paper_key)`.
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
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          CREATE TABLE content (
            sha256 TEXT PRIMARY KEY NOT NULL,
            bytes BLOB NOT NULL
          );
          CREATE TABLE correction (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            claim_key TEXT NOT NULL,
            claim_text TEXT NOT NULL,
            claim_start INTEGER NOT NULL,
            claim_end INTEGER NOT NULL,
            correction_key TEXT NOT NULL,
            correction_text TEXT NOT NULL,
            correction_start INTEGER NOT NULL,
            correction_end INTEGER NOT NULL,
            subject TEXT NOT NULL,
            cue TEXT,
            confidence REAL NOT NULL,
            explanation TEXT NOT NULL,
            UNIQUE (kind, claim_key, claim_start, correction_key, correction_start)
          );
          CREATE INDEX correction_claim ON correction(claim_key);
          CREATE INDEX correction_correcting ON correction(correction_key);
          CREATE TABLE version_change (
            id INTEGER PRIMARY KEY,
            paper_key TEXT NOT NULL,
            old_sha256 TEXT NOT NULL,
            new_sha256 TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            old TEXT NOT NULL,
            new TEXT NOT NULL,
            context TEXT NOT NULL,
            old_start INTEGER,
            old_end INTEGER,
            new_start INTEGER,
            new_end INTEGER,
            UNIQUE (old_sha256, new_sha256, ordinal)
          );
          CREATE INDEX version_change_paper ON version_change(paper_key);
          """)
    }
    migrator.registerMigration("v3") { db in
      // References in a store written before v3 are not flagged, so papers stored then are
      // compared with the papers they cite only when one of the two is ingested again.
      try db.execute(
        sql: "ALTER TABLE reference ADD COLUMN correcting INTEGER NOT NULL DEFAULT 0")
    }
    migrator.registerMigration("v4") { db in
      // The partner query looks for the answers to a paper a new paper corrects: by target
      // and relation. Indexed by target alone, a target cited by N papers cost N rows for
      // every new paper correcting it. The wider index serves every lookup by target too.
      try db.execute(
        sql: """
          DROP INDEX reference_target;
          CREATE INDEX reference_target ON reference(target_key, relation, correcting);
          """)
    }
    migrator.registerMigration("v5") { db in
      // Versions stored before v5 were linked when they were stored, or never will be.
      try db.execute(
        sql: """
          CREATE TABLE unlinked (
            sha256 TEXT PRIMARY KEY NOT NULL,
            paper_key TEXT NOT NULL,
            previous_sha256 TEXT
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v6") { db in
      try db.execute(
        sql: """
          CREATE TABLE hashed_file (
            path TEXT PRIMARY KEY NOT NULL,
            size INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            sha256 TEXT NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    return migrator
  }
}
