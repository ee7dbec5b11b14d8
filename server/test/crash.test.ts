// Crash: a feed client in another process posts at well over 500 reports/s while the server
// process is killed with SIGKILL. After a restart on the same DATA_DIR every report that got a
// 2xx is in the log exactly once, and the seqs run 1..N without a hole.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BOOT_EVENTS, AREA_DIR, FEED_KEY, getSnapshot, startServer, tempDir } from './helpers';

function run(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('crash', () => {
  it('keeps every acknowledged report, once, with no hole in the seqs, after kill -9', async () => {
    const dataDir = tempDir();
    const server = run([path.join('server', 'src', 'main.ts')], {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AREA_DIR,
      SIMULATOR: 'off',
      FEED_KEYS: `crash:${FEED_KEY}`,
      LOG_LEVEL: 'error',
      CHECKPOINT_EVERY_EVENTS: '500', // checkpoints are being written when it dies, too
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    });

    const poster = run([path.join(import.meta.dirname, 'fixtures', 'post-loop.ts'), url, FEED_KEY, 'K']);
    let acked = '';
    poster.stdout!.on('data', (chunk: Buffer) => (acked += chunk.toString()));
    const posterDone = new Promise((resolve) => poster.once('exit', resolve));
    const count = () => acked.split('\n').length - 1;
    while (count() < 200) await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    const c0 = count();
    await new Promise((r) => setTimeout(r, 1000));
    const rate = ((count() - c0) / (performance.now() - t0)) * 1000;
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    await posterDone;
    expect(rate).toBeGreaterThanOrEqual(500);

    const refs = acked.split('\n').filter(Boolean);
    const restarted = await startServer({ dataDir });
    try {
      const db = new Database(path.join(dataDir, 'caohu.db'), { readonly: true });
      const rows = db.prepare('SELECT seq, body FROM events ORDER BY seq').all() as {
        seq: number;
        body: string;
      }[];
      db.close();
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1)); // 1..N, no hole
      const logged = rows
        .slice(BOOT_EVENTS)
        .map((r) => (JSON.parse(r.body) as { report: { sourceRef: string } }).report.sourceRef);
      expect(new Set(logged).size).toBe(logged.length); // none twice
      const inLog = new Set(logged);
      expect(refs.filter((ref) => !inLog.has(ref))).toEqual([]); // every 2xx is there
      expect(logged.length).toBeGreaterThanOrEqual(refs.length);
      expect((await getSnapshot(restarted.url)).seq).toBe(rows.length);
    } finally {
      await restarted.close();
    }
  });
});
