// The database file: an older schema upgrades itself; a newer, truncated or random one stops the
// server with a message naming the file and what to do, and is left exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BOOT_EVENTS, comparable, getSnapshot, incident, postFeed, startServer, tempDir } from './helpers';
import { SCHEMA_VERSION } from '../src/store/sqlite-event-store';

describe('schema migrations', () => {
  it('opens a version 1 database made by hand and upgrades it, keeping its events', async () => {
    const source = await startServer();
    await postFeed(source.url, 'incidents', [
      incident({ category: 'noise' }),
      incident({ category: 'dispute' }),
    ]);
    const before = comparable(await getSnapshot(source.url));
    await source.close();
    const old = new Database(path.join(source.dataDir, 'caohu.db'), { readonly: true });
    const rows = old.prepare('SELECT seq, type, at, body FROM events ORDER BY seq').all();
    old.close();

    // The schema exactly as version 1 wrote it.
    const dataDir = tempDir();
    const v1 = new Database(path.join(dataDir, 'caohu.db'));
    v1.pragma('journal_mode = WAL');
    v1.exec(`CREATE TABLE schema_version (version INTEGER NOT NULL);
             CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL);
             INSERT INTO schema_version (version) VALUES (1);`);
    const insert = v1.prepare('INSERT INTO events (seq, type, at, body) VALUES (@seq, @type, @at, @body)');
    for (const row of rows) insert.run(row);
    v1.close();

    const server = await startServer({ dataDir });
    try {
      // Its own start logged its first admin's creation after the old events.
      expect(comparable(await getSnapshot(server.url))).toEqual({ ...before, seq: before.seq + BOOT_EVENTS });
      expect((await server.app.checkpointer.runNow()) ?? 0).toBe(before.seq + BOOT_EVENTS); // the new table works
    } finally {
      await server.close();
    }
    const db = new Database(path.join(dataDir, 'caohu.db'), { readonly: true });
    expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: SCHEMA_VERSION }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'events_at'").pluck().get()).toBe(
      'events_at',
    );
    db.close();
  });

  it('refuses a database written by a newer server', async () => {
    const dataDir = tempDir();
    const db = new Database(path.join(dataDir, 'caohu.db'));
    db.exec(
      `CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);`,
    );
    db.close();
    await expect(startServer({ dataDir })).rejects.toThrow(/schema version 99 was written by a newer server/);
  });
});

describe('a damaged database file', () => {
  async function expectRefused(dataDir: string) {
    const file = path.join(dataDir, 'caohu.db');
    const bytes = fs.readFileSync(file);
    const err = await startServer({ dataDir }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('EventStoreError');
    expect(err?.message).toContain(file);
    expect(err?.message).toMatch(/restore a backup.*or move the file aside/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true); // never replaced
  }

  it('refuses a truncated file', async () => {
    const server = await startServer();
    const reports = Array.from({ length: 200 }, (_, i) =>
      incident({ category: 'noise', description: `噪声扰民 ${'x'.repeat(400)} ${i}` }),
    );
    await postFeed(server.url, 'incidents', reports);
    await server.close(); // closing checkpoints the WAL into the file
    const file = path.join(server.dataDir, 'caohu.db');
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(40_000);
    fs.truncateSync(file, Math.floor(size / 2));
    await expectRefused(server.dataDir);
  });

  it('refuses a file of random bytes', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, 'caohu.db'),
      Buffer.from(Array.from({ length: 8192 }, () => Math.floor(Math.random() * 256))),
    );
    await expectRefused(dataDir);
  });
});
