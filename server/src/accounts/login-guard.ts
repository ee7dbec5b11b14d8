// Sign-in throttling: failures are counted per username and per client address within a window;
// past the limit the name (or address) is locked for a while, whatever password comes next. Kept
// in memory: a restart forgets the counts, which only ever helps the rightful user.

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

interface Counter {
  failures: number[];
  lockedUntil: number;
}

/** Bound on remembered names and addresses, so that a flood of made-up names cannot grow memory. */
const MAX_ENTRIES = 50_000;

export function createLoginGuard(clock: () => number, policy: LoginPolicy = DEFAULT_LOGIN_POLICY) {
  const counters = new Map<string, Counter>();
  const keys = (username: string, ip: string) => [`u:${username.toLowerCase()}`, `ip:${ip}`];

  return {
    policy,
    /** Seconds until a locked name or address may try again; 0 when it may try now. */
    retryAfterSec(username: string, ip: string): number {
      const nowMs = clock();
      let until = 0;
      for (const key of keys(username, ip)) until = Math.max(until, counters.get(key)?.lockedUntil ?? 0);
      return until > nowMs ? Math.ceil((until - nowMs) / 1000) : 0;
    },
    fail(username: string, ip: string): void {
      const nowMs = clock();
      const [userKey, ipKey] = keys(username, ip) as [string, string];
      for (const [key, max] of [
        [userKey, policy.maxPerUser],
        [ipKey, policy.maxPerIp],
      ] as const) {
        const c = counters.get(key) ?? { failures: [], lockedUntil: 0 };
        c.failures = c.failures.filter((t) => t > nowMs - policy.windowMs);
        c.failures.push(nowMs);
        if (c.failures.length >= max) {
          c.lockedUntil = nowMs + policy.lockMs;
          c.failures = [];
        }
        counters.delete(key);
        counters.set(key, c);
      }
      while (counters.size > MAX_ENTRIES) counters.delete(counters.keys().next().value as string);
    },
    /** A successful sign-in clears the name's failures (not the address's). */
    succeed(username: string): void {
      counters.delete(`u:${username.toLowerCase()}`);
    },
  };
}

export type LoginGuard = ReturnType<typeof createLoginGuard>;
