// Sign-in throttling: failures are counted per username and per client address within a window;
// past the limit the name (or address) is locked for a while, whatever password comes next. Kept
// in the accounts database, so that a restart (or a crash an attacker provokes) neither forgets a
// lock nor resets the count towards one.
import type Database from 'better-sqlite3';

export interface LoginPolicy {
  windowMs: number;
  /** Failures of one username within the window before it locks. */
  maxPerUser: number;
  /** Failures from one address within the window before it locks (covers guessing many names). */
  maxPerIp: number;
  lockMs: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  windowMs: 15 * 60_000,
  maxPerUser: 5,
  maxPerIp: 20,
  lockMs: 15 * 60_000,
};

/** Bound on remembered names and addresses, so that a flood of made-up names cannot grow the file. */
export const MAX_LOGIN_ENTRIES = 50_000;

interface Row {
  failures: string;
  locked_until_ms: number;
}

export function createLoginGuard(
  db: Database.Database,
  clock: () => number,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
  maxEntries = MAX_LOGIN_ENTRIES,
) {
  const keys = (username: string, ip: string) => [`u:${username.toLowerCase()}`, `ip:${ip}`] as const;
  const read = db.prepare<[string], Row>(
    'SELECT failures, locked_until_ms FROM login_throttle WHERE key = ?',
  );
  const write = db.prepare<[string, string, number, number]>(
    `INSERT INTO login_throttle (key, failures, locked_until_ms, updated_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
       locked_until_ms = excluded.locked_until_ms, updated_ms = excluded.updated_ms`,
  );
  const remove = db.prepare<[string]>('DELETE FROM login_throttle WHERE key = ?');
  // A row whose failures have left the window and whose lock has passed says nothing any more.
  const forgetPast = db.prepare<[number, number]>(
    'DELETE FROM login_throttle WHERE updated_ms < ? AND locked_until_ms < ?',
  );
  const count = db.prepare('SELECT COUNT(*) FROM login_throttle').pluck();
  const dropOldest = db.prepare<[number, number]>(
    `DELETE FROM login_throttle WHERE key IN
       (SELECT key FROM login_throttle WHERE locked_until_ms < ? ORDER BY updated_ms LIMIT ?)`,
  );

  const fail = db.transaction((username: string, ip: string, nowMs: number) => {
    const [userKey, ipKey] = keys(username, ip);
    for (const [key, max] of [
      [userKey, policy.maxPerUser],
      [ipKey, policy.maxPerIp],
    ] as const) {
      const row = read.get(key);
      let failures = row ? (JSON.parse(row.failures) as number[]) : [];
      let lockedUntil = row?.locked_until_ms ?? 0;
      failures = failures.filter((t) => t > nowMs - policy.windowMs);
      failures.push(nowMs);
      if (failures.length >= max) {
        lockedUntil = nowMs + policy.lockMs;
        failures = [];
      }
      write.run(key, JSON.stringify(failures), lockedUntil, nowMs);
    }
    forgetPast.run(nowMs - policy.windowMs, nowMs);
    const excess = (count.get() as number) - maxEntries;
    // Locks are kept; the oldest counts towards one go first.
    if (excess > 0) dropOldest.run(nowMs, excess);
  });

  return {
    policy,
    /** Seconds until a locked name or address may try again; 0 when it may try now. */
    retryAfterSec(username: string, ip: string): number {
      const nowMs = clock();
      let until = 0;
      for (const key of keys(username, ip)) until = Math.max(until, read.get(key)?.locked_until_ms ?? 0);
      return until > nowMs ? Math.ceil((until - nowMs) / 1000) : 0;
    },
    fail(username: string, ip: string): void {
      fail(username, ip, clock());
    },
    /** A successful sign-in clears the name's failures (not the address's). */
    succeed(username: string): void {
      remove.run(`u:${username.toLowerCase()}`);
    },
  };
}

export type LoginGuard = ReturnType<typeof createLoginGuard>;
