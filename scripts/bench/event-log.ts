// The durable event log: ingest rate with commit before acknowledge (batches against one commit a
// report), start-up time and memory with and without a checkpoint, and snapshot?at= time.
// The logs are synthetic but valid: report events inserted through the store in big transactions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DomainEvent } from '../../core/domain/model';
import { toIso } from '../../core/domain/time';
import { createCellIndex } from '../../core/geo/cell-index';
import { loadArea } from '../../server/src/area/load-area';
import { createIngest } from '../../server/src/feeds/ingest';
import { createLiveProjection } from '../../server/src/store/live-projection';
import { runSnapshotAt } from '../../server/src/store/projection-jobs';
import { writeCheckpoint } from '../../server/src/store/rebuild';
import { openSqliteEventStore } from '../../server/src/store/sqlite-event-store';
import type { BenchResult } from './measure';

const area = loadArea('data/area');
const enterprises = area.enterprises.features.map((f) => ({ id: f.properties.id, risk: f.properties.risk }));
const T0 = Date.parse('2026-01-01T00:00:00Z');
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'caohu-bench-'));
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

function row(name: string, operations: number, ms: number, budget: string): BenchResult {
  return { name, operations, ms, perSecond: (operations / ms) * 1000, budget, ok: true };
}

export async function benchIngest(reports: number): Promise<BenchResult[]> {
  const cells = createCellIndex(area.cells);
  const cell = area.cells.features[0]!;
  const [lon, lat] = (cell.geometry.coordinates[0] as number[][])[0]!;
  const results: BenchResult[] = [];
  for (const batch of [100, 1]) {
    const dir = tempDir();
    const store = openSqliteEventStore(dir);
    const projection = await createLiveProjection({ store, enterprises, clock: Date.now });
    const ingest = createIngest({ projection, cells, clock: Date.now });
    const count = batch === 1 ? Math.min(reports, 2000) : reports;
    const started = performance.now();
    for (let i = 0; i < count; i += batch) {
      const items = Array.from({ length: Math.min(batch, count - i) }, (_, j) => ({
        source: 'camera',
        sourceRef: `B${i + j}`,
        category: (i + j) % 2 ? 'noise' : 'dispute',
        at: new Date().toISOString(),
        location: { lon: lon! + ((i + j) % 50) * 1e-5, lat: lat! + 1e-5 },
      }));
      await ingest.incidents(items, { kind: 'system', name: 'bench' });
    }
    const ms = performance.now() - started;
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    results.push(
      row(`durable ingest, ${batch} report(s) a commit`, count, ms, batch === 1 ? 'naive' : 'reports/s'),
    );
  }
  return results;
}

/** Appends `count` synthetic report events (a new case every 4th), a minute apart in `at`. */
async function fillLog(store: ReturnType<typeof openSqliteEventStore>, from: number, count: number) {
  const cell = area.cells.features[0]!.properties;
  for (let start = from; start < from + count; start += 10_000) {
    const events: DomainEvent[] = [];
    for (let i = start; i < Math.min(start + 10_000, from + count); i++) {
      const at = toIso(T0 + i * 60_000);
      const caseId = `S${Math.floor(i / 4)}`;
      events.push({
        type: 'report.accepted',
        at,
        actor: { kind: 'system', name: 'bench' },
        caseId,
        newCase: i % 4 === 0,
        cellCode: cell.code,
        communityCode: cell.communityCode,
        report: {
          id: `camera:R${i}`,
          source: 'camera',
          sourceRef: `R${i}`,
          category: 'noise',
          at,
          receivedAt: at,
          location: { lon: 120.57 + (i % 1000) * 1e-5, lat: 31.47 },
          description: '噪声扰民',
        },
      });
    }
    await store.append(events);
  }
}

export async function benchStartup(events: number): Promise<BenchResult[]> {
  const dir = tempDir();
  const store = openSqliteEventStore(dir);
  await fillLog(store, 0, events / 2);
  await writeCheckpoint(store, enterprises, 24); // one half way, for snapshot?at=
  await fillLog(store, events / 2, events / 2);
  const results: BenchResult[] = [];
  const start = async (useCheckpoint: boolean) => {
    global.gc?.();
    const started = performance.now();
    const s = openSqliteEventStore(dir);
    const p = await createLiveProjection({ store: s, enterprises, clock: Date.now, useCheckpoint });
    const ms = performance.now() - started;
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const from = p.startedFrom;
    await s.close();
    const label = useCheckpoint
      ? `from checkpoint at ${from.checkpointSeq} + ${from.replayed}`
      : 'full replay';
    return row(`start-up, ${events} events, ${label}`, events, ms, `RSS ${mb(rss)}, heap ${mb(heapUsed)}`);
  };
  results.push(await start(false));
  await writeCheckpoint(store, enterprises, 24);
  results.push(await start(true));
  const ctx = { store, enterprises, keepCheckpoints: 24, warn: console.warn };
  const atIso = toIso(T0 + Math.floor(events * 0.75) * 60_000);
  const started = performance.now();
  const past = await runSnapshotAt(ctx, atIso);
  results.push(
    row(
      `snapshot?at= at 3/4 of ${events} events`,
      1,
      performance.now() - started,
      `replayed ${past.replayed}`,
    ),
  );
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}
