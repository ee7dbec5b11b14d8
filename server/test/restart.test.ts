// Durability: a restart on the same DATA_DIR rebuilds the same state from the log; a damaged
// log is reported by name and never replaced.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BOOT_EVENTS, comparable, getSnapshot, incident, postFeed, startServer, tempDir } from './helpers';
import { openSqliteEventStore, SCHEMA_VERSION } from '../src/store/sqlite-event-store';
import type { EventStore } from '../src/store/event-store';

describe('restart', () => {
  it('rebuilds the same snapshot and seq, and still knows what it has seen', async () => {
    const first = await startServer();
    const reports = [
      incident({ category: 'noise' }),
      incident({ category: 'noise', source: 'resident', location: { lon: 120.5681, lat: 31.4701 } }),
      incident({ category: 'fire-smoke' }),
    ];
    await postFeed(first.url, 'incidents', reports);
    const at = new Date().toISOString();
    await postFeed(first.url, 'inspections', [
      {
        type: 'inspection',
        sourceRef: 'JC-S1',
        enterpriseId: 'E0003',
        at,
        inspector: '李强',
        hazards: [
          {
            ref: 'YH-S1',
            level: 'general',
            description: '安全出口堵塞',
            deadline: new Date(Date.now() + 86_400_000).toISOString(),
          },
        ],
      },
      { type: 'rectification', sourceRef: 'ZG-S1', hazardRef: 'YH-S1', at },
    ]);
    const before = comparable(await getSnapshot(first.url));
    expect(before.seq).toBe(BOOT_EVENTS + 5);
    await first.close();

    const second = await startServer({ dataDir: first.dataDir });
    try {
      expect(comparable(await getSnapshot(second.url))).toEqual(before);
      const again = await postFeed(second.url, 'incidents', reports[1]);
      expect(again.body.results[0]).toMatchObject({ status: 'duplicate', caseId: before.cases[0]!.id });
      const fix = await postFeed(second.url, 'inspections', {
        type: 'rectification',
        sourceRef: 'ZG-S1',
        hazardRef: 'YH-S1',
        at,
      });
      expect(fix.body.results[0]).toMatchObject({ status: 'duplicate' });
      expect((await getSnapshot(second.url)).seq).toBe(BOOT_EVENTS + 5);
    } finally {
      await second.close();
    }
    const db = new Database(path.join(first.dataDir, 'caohu.db'), { readonly: true });
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: SCHEMA_VERSION });
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: BOOT_EVENTS + 5 });
    db.close();
  });

  it('refuses a damaged database with a message naming the file, and leaves it untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'caohu.db');
    const garbage = Buffer.from('this is not a SQLite database, just some bytes '.repeat(200));
    fs.writeFileSync(file, garbage);
    await expect(startServer({ dataDir })).rejects.toThrow(file);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('answers 503 and keeps nothing when the log cannot be written', async () => {
    const dataDir = tempDir();
    const real = openSqliteEventStore(dataDir);
    let failing = false;
    const store: EventStore = {
      ...real,
      location: real.location,
      append: (events) =>
        failing
          ? Promise.reject(Object.assign(new Error('disk full'), { name: 'EventStoreError' }))
          : real.append(events),
    };
    const server = await startServer({ dataDir, store });
    try {
      await postFeed(server.url, 'incidents', incident({ category: 'noise' }));
      const before = comparable(await getSnapshot(server.url));
      failing = true;
      const report = incident({ category: 'noise', source: 'resident' });
      const res = await postFeed(server.url, 'incidents', [report, incident({ category: 'dispute' })]);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: 'store-unavailable' });
      expect(comparable(await getSnapshot(server.url))).toEqual(before);
      failing = false;
      const retry = await postFeed(server.url, 'incidents', report);
      expect(retry.body.results[0]).toMatchObject({ status: 'accepted', merged: true });
      expect((await getSnapshot(server.url)).seq).toBe(before.seq + 1);
    } finally {
      await server.close();
    }
  });
});
