// The event log in SQLite (better-sqlite3): WAL with synchronous=FULL, so a committed append
// survives a power cut, and a feed is acknowledged only after its events are committed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent, LoggedEvent } from '../../../core/domain/model';
import { EventStoreError, type EventStore } from './event-store';

export const SCHEMA_VERSION = 1;
export const DB_FILE = 'caohu.db';

function damaged(file: string, err: unknown): EventStoreError {
  const why = err instanceof Error ? err.message : String(err);
  return new EventStoreError(
    `The event log ${file} cannot be used (${why}). It was left untouched: restore it from a backup, ` +
      `or move it aside to start with an empty log.`,
  );
}

function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: false });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
    db.exec(`
      CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS events (
        seq  INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        at   TEXT NOT NULL,
        body TEXT NOT NULL
      );`);
    const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
    if (row === undefined) db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
    else if (row.version !== SCHEMA_VERSION) {
      throw new Error(`schema version ${row.version}, this server reads version ${SCHEMA_VERSION}`);
    }
    return db;
  } catch (err) {
    db?.close();
    throw damaged(file, err);
  }
}

export function openSqliteEventStore(dataDir: string): EventStore {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const db = openDatabase(file);
  const selectLast = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events');
  const insert = db.prepare('INSERT INTO events (seq, type, at, body) VALUES (?, ?, ?, ?)');
  const selectAfter = db.prepare('SELECT seq, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const lastSeq = () => (selectLast.get() as { seq: number }).seq;

  const appendAll = db.transaction((events: readonly DomainEvent[]): LoggedEvent[] => {
    let seq = lastSeq();
    return events.map((event) => {
      seq += 1;
      insert.run(seq, event.type, event.at, JSON.stringify(event));
      return { ...event, seq };
    });
  });

  return {
    location: file,
    async append(events) {
      return events.length === 0 ? [] : appendAll(events);
    },
    async readAfter(afterSeq, limit) {
      const rows = selectAfter.all(afterSeq, limit) as { seq: number; body: string }[];
      return rows.map((row) => {
        try {
          return { ...(JSON.parse(row.body) as DomainEvent), seq: row.seq };
        } catch (err) {
          throw damaged(file, new Error(`event ${row.seq} is not valid JSON: ${(err as Error).message}`));
        }
      });
    },
    async lastSeq() {
      return lastSeq();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
