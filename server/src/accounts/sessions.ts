// Sessions: a random id in the cookie, its SHA-256 in the database (a stolen database file holds
// no usable session), a CSRF token, and idle and absolute expiry. Kept in SQLite, so a restart
// signs nobody out.
import type Database from 'better-sqlite3';
import { randomSecret, sha256 } from './secrets';

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export interface SessionRecord {
  /** SHA-256 of the cookie value: how the server names a session (rooms, logs). */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdMs: number;
  lastSeenMs: number;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_ms: number;
  last_seen_ms: number;
}

/** Last-seen is written at most this often, so that reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

export function createSessions(db: Database.Database, clock: () => number, policy: SessionPolicy) {
  const insert = db.prepare(
    'INSERT INTO sessions (id_hash, user_id, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT * FROM sessions WHERE id_hash = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_ms = ? WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  const removeUser = db.prepare('DELETE FROM sessions WHERE user_id = ? RETURNING id_hash');
  const removeOthers = db.prepare(
    'DELETE FROM sessions WHERE user_id = ? AND id_hash != ? RETURNING id_hash',
  );
  const removeExpired = db.prepare(
    'DELETE FROM sessions WHERE last_seen_ms < ? OR created_ms < ? RETURNING id_hash',
  );

  const isLive = (row: SessionRow, nowMs: number) =>
    nowMs - row.last_seen_ms <= policy.idleMs && nowMs - row.created_ms <= policy.maxMs;

  return {
    policy,
    create(userId: string): { id: string; session: SessionRecord } {
      const id = randomSecret(32);
      const nowMs = clock();
      const session: SessionRecord = {
        idHash: sha256(id),
        userId,
        csrfToken: randomSecret(24),
        createdMs: nowMs,
        lastSeenMs: nowMs,
      };
      insert.run(session.idHash, userId, session.csrfToken, nowMs, nowMs);
      return { id, session };
    },
    /** The live session of a cookie value (refreshing its idle time), or null. */
    resolve(id: string): SessionRecord | null {
      return this.resolveHash(sha256(id), true);
    },
    /** A session by its hash; `use` counts as activity (a request), a check does not. */
    resolveHash(idHash: string, use = false): SessionRecord | null {
      const row = select.get(idHash) as SessionRow | undefined;
      if (!row) return null;
      const nowMs = clock();
      if (!isLive(row, nowMs)) {
        remove.run(idHash);
        return null;
      }
      if (use && nowMs - row.last_seen_ms >= TOUCH_EVERY_MS) {
        touch.run(nowMs, idHash);
        row.last_seen_ms = nowMs;
      }
      return {
        idHash: row.id_hash,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        createdMs: row.created_ms,
        lastSeenMs: row.last_seen_ms,
      };
    },
    end(idHash: string): void {
      remove.run(idHash);
    },
    /** Ends every session of a user (or all but `keep`); returns the hashes ended. */
    endForUser(userId: string, keep?: string): string[] {
      const rows = (keep ? removeOthers.all(userId, keep) : removeUser.all(userId)) as { id_hash: string }[];
      return rows.map((r) => r.id_hash);
    },
    sweep(): string[] {
      const nowMs = clock();
      const rows = removeExpired.all(nowMs - policy.idleMs, nowMs - policy.maxMs) as { id_hash: string }[];
      return rows.map((r) => r.id_hash);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
