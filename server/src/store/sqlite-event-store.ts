// The event log in SQLite (better-sqlite3): WAL with synchronous=FULL, so a committed append
// survives a power cut, and a feed is acknowledged only after its events are committed.
import fs from 'node:fs';
import path from 'node:path';
import type { DomainEvent, LoggedEvent } from '../../../core/domain/model';
import type { EventStore } from './event-store';
import { sqliteCheckpoints } from './sqlite-checkpoints';
import { damaged, openDatabase } from './sqlite-schema';

export { SCHEMA_VERSION } from './sqlite-schema';
export const DB_FILE = 'caohu.db';

export function openSqliteEventStore(
  dataDir: string,
  opts: { quickCheck?: boolean } = {},
): EventStore & { readonly file: string } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const db = openDatabase(file, { quickCheck: opts.quickCheck ?? true });
  const selectLast = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events');
  const insert = db.prepare('INSERT INTO events (seq, type, at, body) VALUES (?, ?, ?, ?)');
  const selectAfter = db.prepare('SELECT seq, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const selectSeqAt = db.prepare('SELECT seq FROM events WHERE at <= ? ORDER BY at DESC, seq DESC LIMIT 1');
  const selectBetween = db.prepare(
    'SELECT seq, body FROM events WHERE at > ? AND at <= ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const selectBetweenOnly = db.prepare(
    'SELECT seq, body FROM events WHERE at > ? AND at <= ? AND seq > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?',
  );
  const selectBetweenExcept = db.prepare(
    'SELECT seq, body FROM events WHERE at > ? AND at <= ? AND seq > ? AND type NOT IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?',
  );
  const lastSeq = () => (selectLast.get() as { seq: number }).seq;

  const appendAll = db.transaction((events: readonly DomainEvent[]): LoggedEvent[] => {
    let seq = lastSeq();
    return events.map((event) => {
      seq += 1;
      insert.run(seq, event.type, event.at, JSON.stringify(event));
      return { ...event, seq };
    });
  });
  const parseRows = (rows: { seq: number; body: string }[]): LoggedEvent[] =>
    rows.map((row) => {
      try {
        return { ...(JSON.parse(row.body) as DomainEvent), seq: row.seq };
      } catch (err) {
        throw damaged(file, new Error(`event ${row.seq} is not valid JSON: ${(err as Error).message}`));
      }
    });

  return {
    location: file,
    file,
    async append(events) {
      // IMMEDIATE: take the write lock first, so a checkpoint writing beside us makes us wait, not fail.
      return events.length === 0 ? [] : appendAll.immediate(events);
    },
    async readAfter(afterSeq, limit) {
      return parseRows(selectAfter.all(afterSeq, limit) as { seq: number; body: string }[]);
    },
    async lastSeq() {
      return lastSeq();
    },
    async seqAt(atIso) {
      return (selectSeqAt.pluck().get(atIso) as number | undefined) ?? 0;
    },
    async readBetween(fromIso, toIso, afterSeq, limit, types) {
      const rows = (
        types === undefined
          ? selectBetween.all(fromIso, toIso, afterSeq, limit)
          : 'only' in types
            ? selectBetweenOnly.all(fromIso, toIso, afterSeq, JSON.stringify(types.only), limit)
            : selectBetweenExcept.all(fromIso, toIso, afterSeq, JSON.stringify(types.except), limit)
      ) as { seq: number; body: string }[];
      return parseRows(rows);
    },
    ...sqliteCheckpoints(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
