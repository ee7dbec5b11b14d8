// The accounts database: users, sessions, display tokens, feed keys and sign-in throttling, in
// SQLite beside the event log (DATA_DIR/accounts.db). Secrets are kept only as hashes. Versioned like
// the event log: ordered migrations, each in its own transaction; never edit one that has shipped,
// add the next.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const ACCOUNTS_DB_FILE = 'accounts.db';

export const ACCOUNTS_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE users (
            id            TEXT PRIMARY KEY,
            username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name          TEXT NOT NULL,
            role          TEXT NOT NULL,
            person_id     TEXT,
            disabled      INTEGER NOT NULL DEFAULT 0,
            password_hash TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
          );
          CREATE TABLE sessions (
            id_hash      TEXT PRIMARY KEY,
            user_id      TEXT NOT NULL REFERENCES users (id),
            csrf_token   TEXT NOT NULL,
            created_ms   INTEGER NOT NULL,
            last_seen_ms INTEGER NOT NULL
          );
          CREATE INDEX sessions_user ON sessions (user_id);
          CREATE TABLE display_tokens (
            id           TEXT PRIMARY KEY,
            label        TEXT NOT NULL,
            token_hash   TEXT NOT NULL UNIQUE,
            created_at   TEXT NOT NULL,
            created_by   TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at   TEXT
          );
          CREATE TABLE feed_keys (
            id           TEXT PRIMARY KEY,
            name         TEXT NOT NULL UNIQUE,
            source       TEXT NOT NULL,
            key_hash     TEXT NOT NULL UNIQUE,
            created_at   TEXT NOT NULL,
            rotated_at   TEXT,
            last_used_at TEXT,
            revoked_at   TEXT
          );
          -- Audit events of changes made outside the server (npm run user): the server moves
          -- them into the event log, which only it writes.
          CREATE TABLE pending_audit (
            id   INTEGER PRIMARY KEY,
            body TEXT NOT NULL
          );`,
  },
  {
    version: 2,
    // Sign-in throttling by username (`u:name`) and by address (`ip:addr`): the failure times
    // within the window (a JSON array of ms) and the lock's end.
    sql: `CREATE TABLE login_throttle (
            key             TEXT PRIMARY KEY,
            failures        TEXT NOT NULL,
            locked_until_ms INTEGER NOT NULL,
            updated_ms      INTEGER NOT NULL
          );
          CREATE INDEX login_throttle_updated ON login_throttle (updated_ms);`,
  },
];

export const ACCOUNTS_SCHEMA_VERSION = ACCOUNTS_MIGRATIONS.at(-1)!.version;

export class AccountsStoreError extends Error {
  override name = 'AccountsStoreError';
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const from = (db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0;
  if (from > ACCOUNTS_SCHEMA_VERSION) {
    throw new Error(
      `schema version ${from} was written by a newer server (this one reads up to ${ACCOUNTS_SCHEMA_VERSION})`,
    );
  }
  for (const m of ACCOUNTS_MIGRATIONS.filter((m) => m.version > from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.exec('DELETE FROM schema_version');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    })();
  }
}

export function openAccountsDb(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, ACCOUNTS_DB_FILE);
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
    fs.chmodSync(file, 0o600);
    return db;
  } catch (err) {
    db?.close();
    const why = err instanceof Error ? err.message : String(err);
    throw new AccountsStoreError(
      `The accounts database ${file} cannot be used (${why}). It was left untouched: restore a backup ` +
        `(see docs/OPERATIONS.md) or move it aside to start with no accounts.`,
    );
  }
}
