// Opening the SQLite event log: checks that the file is sound and ours, then brings its schema up
// to date with the ordered migrations. A damaged or foreign file is reported by name, never replaced.
import Database from 'better-sqlite3';
import { EventStoreError } from './event-store';

/** Applied in order, each in its own transaction; never edit one that has shipped, add the next. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE IF NOT EXISTS events (
            seq  INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            at   TEXT NOT NULL,
            body TEXT NOT NULL
          );`,
  },
  {
    // Time travel looks events up by time; projection checkpoints, written in parts.
    version: 2,
    sql: `CREATE INDEX events_at ON events (at);
          CREATE TABLE checkpoints (
            id                 INTEGER PRIMARY KEY,
            seq                INTEGER NOT NULL,
            clock_ms           INTEGER NOT NULL,
            projection_version INTEGER NOT NULL,
            created_at         TEXT NOT NULL,
            complete           INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE checkpoint_parts (
            checkpoint_id INTEGER NOT NULL,
            n             INTEGER NOT NULL,
            body          TEXT NOT NULL,
            PRIMARY KEY (checkpoint_id, n)
          );`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

export function damaged(file: string, err: unknown): EventStoreError {
  const why = err instanceof Error ? err.message : String(err);
  return new EventStoreError(
    `The event log ${file} cannot be used (${why}). It was left untouched: stop the server and restore ` +
      `a backup (see docs/OPERATIONS.md), or move the file aside to start with an empty log.`,
  );
}

function currentVersion(db: Database.Database): number {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return 0; // a new file
  if (!tables.includes('schema_version')) {
    throw new Error(`not a Caohu event log (tables: ${tables.join(', ')})`);
  }
  const version = db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null;
  if (version === null) throw new Error('schema_version is empty');
  return version;
}

/** Runs the migrations after the file's version; returns the versions applied. */
export function migrate(db: Database.Database): number[] {
  const from = currentVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `schema version ${from} was written by a newer server (this one reads up to ${SCHEMA_VERSION})`,
    );
  }
  const applied: number[] = [];
  for (const m of MIGRATIONS.filter((m) => m.version > from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      db.exec('DELETE FROM schema_version');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    })();
    applied.push(m.version);
  }
  return applied;
}

export function openDatabase(file: string, opts: { quickCheck: boolean }): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: false });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (opts.quickCheck) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
    }
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw damaged(file, err);
  }
}
