// Checkpoints: start-up from the newest checkpoint plus the events after it gives exactly the
// state of a full replay (same hash); an unusable checkpoint falls back to the full replay.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BOOT_EVENTS, startServer, tempDir, waitFor } from './helpers';
import { postMixedTraffic } from './traffic';
import { hashLiveState } from '../src/store/state-hash';
import type { Logger } from '../src/log';

function captureLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const quiet = () => undefined;
  return { warnings, debug: quiet, info: quiet, error: quiet, warn: (m) => warnings.push(m) };
}

/** A server on a copy of `dataDir` (so each start sees the same file), returning its hash. */
async function startCopy(dataDir: string, now: number, opts: { useCheckpoint: boolean; log?: Logger }) {
  const copy = tempDir();
  for (const f of fs.readdirSync(dataDir)) fs.copyFileSync(path.join(dataDir, f), path.join(copy, f));
  const server = await startServer({ dataDir: copy, clock: () => now, ...opts });
  const result = {
    hash: hashLiveState(server.app.projection.state),
    seq: server.app.projection.state.seq,
    startedFrom: server.app.projection.startedFrom,
  };
  await server.close();
  return result;
}

async function trafficWithCheckpoint(now: number) {
  const server = await startServer({ clock: () => now });
  await postMixedTraffic(server.url, 1, now - 3_600_000);
  const checkpointSeq = await server.app.checkpointer.runNow();
  await postMixedTraffic(server.url, 2, now - 60_000);
  const live = { hash: hashLiveState(server.app.projection.state), seq: server.app.projection.state.seq };
  await server.close();
  return { dataDir: server.dataDir, checkpointSeq, live };
}

describe('checkpoints', () => {
  it('start from a checkpoint with exactly the state of a full replay', async () => {
    const now = Date.now();
    const { dataDir, checkpointSeq, live } = await trafficWithCheckpoint(now);
    expect(checkpointSeq).toBe(BOOT_EVENTS + 16); // 12 reports, 3 inspections, 1 rectification
    expect(live.seq).toBe(BOOT_EVENTS + 32);

    const fromCheckpoint = await startCopy(dataDir, now, { useCheckpoint: true });
    const fullReplay = await startCopy(dataDir, now, { useCheckpoint: false });
    expect(fromCheckpoint.startedFrom).toEqual({ checkpointSeq: BOOT_EVENTS + 16, replayed: 16 });
    expect(fullReplay.startedFrom).toEqual({ checkpointSeq: 0, replayed: BOOT_EVENTS + 32 });
    expect(fromCheckpoint.hash).toBe(fullReplay.hash);
    expect(fromCheckpoint.hash).toBe(live.hash);
    expect(fromCheckpoint.seq).toBe(BOOT_EVENTS + 32);
  });

  it('falls back to the full replay, with a warning, when a checkpoint is damaged or of another version', async () => {
    const now = Date.now();
    const { dataDir, live } = await trafficWithCheckpoint(now);
    const db = new Database(path.join(dataDir, 'caohu.db'));
    const head = db.prepare('SELECT body FROM checkpoint_parts WHERE n = 0').pluck().get() as string;
    db.prepare('UPDATE checkpoint_parts SET body = ? WHERE n = 1').run('{"kind":"part","map":"cas');
    db.close();
    const log = captureLog();
    const damagedStart = await startCopy(dataDir, now, { useCheckpoint: true, log });
    expect(damagedStart.startedFrom).toEqual({ checkpointSeq: 0, replayed: BOOT_EVENTS + 32 });
    expect(damagedStart.hash).toBe(live.hash);
    expect(log.warnings.join('\n')).toMatch(
      new RegExp(`checkpoint 1 \\(seq ${BOOT_EVENTS + 16}\\).*not usable.*not JSON.*replaying the whole log`),
    );

    const db2 = new Database(path.join(dataDir, 'caohu.db'));
    const older = JSON.stringify({ ...(JSON.parse(head) as object), projectionVersion: 0 });
    db2.prepare('UPDATE checkpoint_parts SET body = ? WHERE n = 0').run(older);
    db2.close();
    const log2 = captureLog();
    const olderStart = await startCopy(dataDir, now, { useCheckpoint: true, log: log2 });
    expect(olderStart.hash).toBe(live.hash);
    expect(log2.warnings.join('\n')).toMatch(/projection version 0/);
  });

  it('writes checkpoints in the background after the configured number of events, keeping the newest', async () => {
    const now = Date.now();
    const server = await startServer({
      clock: () => now,
      env: { CHECKPOINT_EVERY_EVENTS: '10', CHECKPOINT_KEEP: '2' },
    });
    const db = new Database(path.join(server.dataDir, 'caohu.db'), { readonly: true });
    const count = () => db.prepare('SELECT COUNT(*) FROM checkpoints WHERE complete = 1').pluck().get();
    try {
      await postMixedTraffic(server.url, 1, now - 5 * 60_000);
      await waitFor(() => count() === 1, 'a checkpoint written in the background');
      for (let round = 2; round <= 4; round++) {
        await postMixedTraffic(server.url, round, now - (5 - round) * 60_000);
      }
      await waitFor(() => count() === 2, 'a second one');
      await server.app.checkpointer.runNow(); // waits for the one in progress, if any
      expect(server.app.projection.state.seq).toBe(BOOT_EVENTS + 64);
      const rows = db.prepare('SELECT seq, complete FROM checkpoints ORDER BY seq').all();
      const parts = db.prepare('SELECT COUNT(DISTINCT checkpoint_id) FROM checkpoint_parts').pluck().get();
      expect(rows).toHaveLength(2);
      expect(rows.at(-1)).toEqual({ seq: BOOT_EVENTS + 64, complete: 1 });
      expect(parts).toBe(2); // the parts of dropped checkpoints are gone too
    } finally {
      db.close();
      await server.close();
    }
  });
});
