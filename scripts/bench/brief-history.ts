// What a 30-day briefing downloads: the server (createApp, SQLite, a virtual clock) first lives
// `days` × 2 days of simulated street traffic (the simulator's reports, inspections, rectifications
// and case work, step by step), then the briefing's read of the events over the range and the
// previous period, GET /api/v1/events paged, is timed and weighed two ways: every event in full
// (before) and only the case events without their free text (types= and detail=summary, after).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/src/app';
import { createConfig } from '../../server/src/config';
import { createLogger } from '../../server/src/log';
import type { BenchResult } from './measure';

const DAY_MS = 86_400_000;
const STEP_MS = 10 * 60_000;
const PAGE = 10_000;

interface Read {
  events: number;
  /** As sent on the wire (gzipped when asked for). */
  bytes: number;
  ms: number;
  byType: Record<string, number>;
}

async function readAll(
  url: string,
  token: string,
  fromIso: string,
  toIso: string,
  extra: string,
  encoding: 'gzip' | 'identity',
): Promise<Read> {
  const started = performance.now();
  let afterSeq = 0;
  let events = 0;
  let bytes = 0;
  const byType: Record<string, number> = {};
  for (;;) {
    const q = `from=${encodeURIComponent(fromIso)}&to=${encodeURIComponent(toIso)}&limit=${PAGE}&afterSeq=${afterSeq}${extra}`;
    const res = await fetch(`${url}/api/v1/events?${q}`, {
      headers: { 'accept-encoding': encoding, authorization: `Bearer ${token}` },
    });
    const text = await res.text(); // decompressed by fetch
    if (res.status !== 200) throw new Error(`events: HTTP ${res.status} ${text}`);
    bytes += Number(res.headers.get('content-length') ?? Buffer.byteLength(text));
    const page = JSON.parse(text) as { events: { type: string }[]; nextAfterSeq: number | null };
    events += page.events.length;
    for (const e of page.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
    if (page.nextAfterSeq === null) break;
    afterSeq = page.nextAfterSeq;
  }
  return { events, bytes, ms: performance.now() - started, byType };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBriefHistory(days: number, runs = 3): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caohu-bench-brief-'));
  const endMs = Date.parse('2026-11-23T02:00:00Z');
  let now = endMs - 2 * days * DAY_MS;
  const config = createConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SIMULATOR: 'on',
    SIMULATOR_BACKFILL_HOURS: '0',
    SIMULATOR_SEED: '7',
    FEED_KEYS: 'bench:bench-brief-key-0123456789',
    LOG_LEVEL: 'warn',
  });
  const app = await createApp({
    config,
    clock: () => now,
    log: createLogger('warn'),
    simulatorStepMs: 3_600_000,
  });
  try {
    const { url } = await app.listen();
    const token = app.accounts.displayTokens.create('bench', 'bench').secret; // a wall's read access
    const filling = performance.now();
    while (now < endMs) {
      now += STEP_MS;
      await app.simulator!.step();
    }
    const fillMs = performance.now() - filling;
    const fromIso = new Date(endMs - 2 * days * DAY_MS).toISOString();
    const toIso = new Date(endMs).toISOString();
    const ways = {
      'every event in full (before)': ['', 'identity'],
      'case events, summary': ['&types=report.accepted,case.transitioned&detail=summary', 'identity'],
      'case events, summary, gzip (after)': [
        '&types=report.accepted,case.transitioned&detail=summary',
        'gzip',
      ],
    } as const;
    const reads = new Map<string, Read[]>(Object.keys(ways).map((k) => [k, []]));
    await readAll(url, token, fromIso, toIso, '', 'identity'); // warm up (SQLite pages, the JIT)
    for (let i = 0; i < runs; i++)
      for (const [label, [extra, encoding]] of Object.entries(ways))
        reads.get(label)!.push(await readAll(url, token, fromIso, toIso, extra, encoding));
    const first = [...reads.values()][0]![0]!;
    const mix = Object.entries(first.byType)
      .map(([type, n]) => `${type} ${n}`)
      .join(', ');
    console.log(`${2 * days} days simulated in ${(fillMs / 1000).toFixed(1)} s; the log: ${mix}`);
    const baseMs = median(reads.get('every event in full (before)')!.map((r) => r.ms));
    return [...reads].map(([label, list]) => {
      const r = list[0]!;
      const ms = median(list.map((x) => x.ms));
      return {
        name: `${days} d + previous, ${label}: ${r.events.toLocaleString('en-US')} events, ${(r.bytes / 1e6).toFixed(2)} MB`,
        operations: r.events,
        ms,
        perSecond: (r.events / ms) * 1000,
        budget: `${((r.bytes / first.bytes) * 100).toFixed(0)} % of the bytes, ${(baseMs / ms).toFixed(1)}× as fast (median of ${runs})`,
        ok: r.bytes <= first.bytes,
      };
    });
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
