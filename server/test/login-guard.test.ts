// Sign-in throttling kept in the accounts database: counts and locks outlive the guard that made
// them, the past is forgotten, and a flood of made-up names stays bounded without lifting a lock.
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openAccountsDb } from '../src/accounts/accounts-db';
import { createLoginGuard } from '../src/accounts/login-guard';
import { tempDir } from './helpers';

const POLICY = { windowMs: 60_000, maxPerUser: 3, maxPerIp: 5, lockMs: 120_000 };
let now = Date.parse('2026-03-05T08:00:00Z');
const clock = () => now;
const open: Database.Database[] = [];
function openDb(dir: string) {
  const db = openAccountsDb(dir);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
const rows = (db: Database.Database) => db.prepare('SELECT COUNT(*) FROM login_throttle').pluck().get();

describe('login guard', () => {
  it('keeps a lock and the count towards one across a reopened database', () => {
    const dir = tempDir();
    let guard = createLoginGuard(openDb(dir), clock, POLICY);
    guard.fail('Leader', '10.0.0.1');
    guard.fail('leader', '10.0.0.1');
    open.pop()!.close();
    // The third failure after the "restart" is the one that locks: the first two were remembered.
    guard = createLoginGuard(openDb(dir), clock, POLICY);
    expect(guard.retryAfterSec('leader', '10.0.0.2')).toBe(0);
    guard.fail('LEADER', '10.0.0.1');
    expect(guard.retryAfterSec('leader', '10.0.0.2')).toBe(120);
    open.pop()!.close();
    guard = createLoginGuard(openDb(dir), clock, POLICY);
    now += 60_000;
    expect(guard.retryAfterSec('leader', '10.0.0.2')).toBe(60);
    expect(guard.retryAfterSec('someone-else', '10.0.0.2')).toBe(0);
    now += 60_001;
    expect(guard.retryAfterSec('leader', '10.0.0.2')).toBe(0);
  });

  it('counts only failures within the window, and a success clears the name but not the address', () => {
    const db = openDb(tempDir());
    const guard = createLoginGuard(db, clock, POLICY);
    guard.fail('a', '10.0.0.9');
    guard.fail('a', '10.0.0.9');
    now += POLICY.windowMs + 1;
    guard.fail('a', '10.0.0.9');
    expect(guard.retryAfterSec('a', '10.0.0.8')).toBe(0);
    guard.succeed('A');
    guard.fail('a', '10.0.0.9');
    guard.fail('a', '10.0.0.9');
    expect(guard.retryAfterSec('a', '10.0.0.8')).toBe(0);
    // The address has 4 failures in the window (two aged out); the fifth locks it for any name.
    guard.fail('b', '10.0.0.9');
    expect(guard.retryAfterSec('c', '10.0.0.9')).toBe(0);
    guard.fail('b', '10.0.0.9');
    expect(guard.retryAfterSec('c', '10.0.0.9')).toBe(120);
  });

  it('forgets rows that say nothing any more and bounds the rest, keeping every lock', () => {
    const db = openDb(tempDir());
    const guard = createLoginGuard(db, clock, POLICY, 10);
    for (let i = 0; i < 3; i++) guard.fail('locked-name', `10.1.0.${i}`);
    now += POLICY.windowMs + 1;
    // Past the window the three addresses' rows are dropped at the next failure; the lock is not.
    guard.fail('x', '10.2.0.1');
    expect(rows(db)).toBe(3);
    for (let i = 0; i < 40; i++) guard.fail(`made-up-${i}`, `10.3.${i}.1`);
    expect(rows(db)).toBeLessThanOrEqual(10);
    expect(guard.retryAfterSec('locked-name', '10.9.9.9')).toBeGreaterThan(0);
  });
});
