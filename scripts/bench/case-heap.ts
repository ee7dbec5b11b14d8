// What tens of thousands of open cases cost the page's heap, and the full GC that marks them:
// cases decoded from deltas as they come (every date, category, source list and report place an
// object of its own) against the same cases after state/share-equal-values (equal values one
// object). The cases are those the browser run's reports open (one camera report each, twenty to
// a request, a delta every 50 ms), in the server's shape, decoded with JSON.parse as socket.io does.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { shareEqualValues } from '../../client/src/state/share-equal-values';
import { CATEGORIES, type CategoryId } from '../../core/domain/categories';
import type { Case, ReportRecord } from '../../core/domain/model';
import { quantile, type BenchResult } from './measure';
import { reportsOverCells } from './reports';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const PER_DELTA = 10;

/** `count` new cases as the browser run's reports open them, in the server's shape. */
export function casesAsOpened(count: number): Case[] {
  const reports = reportsOverCells(count, 'BH');
  const start = Date.parse('2026-12-07T02:00:00Z');
  return reports.map((r, i) => {
    const at = new Date(start + Math.floor(i / 20) * 100).toISOString(); // twenty to a request
    const receivedAt = new Date(start + Math.floor(i / 20) * 100 + 7).toISOString();
    const category = r.category as CategoryId;
    const report: ReportRecord = { id: `camera:${r.sourceRef}`, ...r, category, at, receivedAt };
    return {
      id: `AJ20261207-${String(i).padStart(5, '0')}`,
      category,
      severity: CATEGORIES[category].severity,
      state: 'reported',
      location: r.location,
      cellCode: `32050700600${(i % 97).toString().padStart(4, '0')}`,
      communityCode: `3205070060${(i % 13).toString().padStart(2, '0')}`,
      openedAt: at,
      updatedAt: receivedAt,
      lastReportAt: at,
      sources: ['camera'],
      reports: [report],
    };
  });
}

/** The deltas' JSON, as the server sends them: `count` new cases, ten to a delta. */
function deltaTexts(count: number): string[] {
  const cases = casesAsOpened(count);
  const texts: string[] = [];
  for (let first = 0; first < count; first += PER_DELTA)
    texts.push(JSON.stringify({ cases: cases.slice(first, first + PER_DELTA) }));
  return texts;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The cases held, the heap they take and the time of a full GC with them held (median of `gcs`). */
function hold(texts: readonly string[], share: boolean, gcs: number) {
  const before = heapUsed();
  const held: Case[][] = [];
  const started = performance.now();
  for (const text of texts) {
    const { cases } = JSON.parse(text) as { cases: Case[] };
    if (share) shareEqualValues(cases);
    held.push(cases);
  }
  const decodeMs = performance.now() - started;
  const bytes = heapUsed() - before;
  const ms: number[] = [];
  for (let i = 0; i < gcs; i++) {
    const t = performance.now();
    gc();
    ms.push(performance.now() - t);
  }
  return { held, bytes, gcMs: quantile(ms, 0.5), decodeMs };
}

/**
 * Both ways in turn, `rounds` times after a round to warm up (a process's first full GCs are
 * slower whichever way comes first); the median of each way's rounds.
 */
type Figures = Record<'bytes' | 'gcMs' | 'decodeMs', number[]>;

export function benchCaseHeap(count = 50_000, gcs = 9, rounds = 3): BenchResult[] {
  const texts = deltaTexts(count);
  const figures = () => ({ bytes: [], gcMs: [], decodeMs: [] }) as Figures;
  const measured = { shared: figures(), decoded: figures() };
  let seen: string | null = null;
  for (let round = 0; round <= rounds; round++) {
    for (const share of [false, true]) {
      const { held, ...taken } = hold(texts, share, gcs);
      const content = JSON.stringify(held);
      if (seen !== null && content !== seen) throw new Error('cases with shared values read differently');
      seen = content;
      if (round === 0) continue;
      const m = share ? measured.shared : measured.decoded;
      for (const key of ['bytes', 'gcMs', 'decodeMs'] as const) m[key].push(taken[key]);
    }
  }
  const row = (how: string, m: Figures, budget: string): BenchResult => {
    const [bytes, gcMs, decodeMs] = [m.bytes, m.gcMs, m.decodeMs].map((xs) => quantile(xs, 0.5)) as [
      number,
      number,
      number,
    ];
    return {
      name: `${count.toLocaleString('en-US')} open cases held, ${how}: heap ${(bytes / 1_048_576).toFixed(1)} MB (${Math.round(bytes / count)} B a case); a full GC with them held ${gcMs.toFixed(1)} ms; decoding their ${texts.length.toLocaleString('en-US')} deltas ${decodeMs.toFixed(0)} ms`,
      operations: count,
      ms: gcMs,
      perSecond: (count / gcMs) * 1000,
      budget,
      ok: true,
    };
  };
  return [
    row('equal values shared (now)', measured.shared, '—'),
    row('as decoded (before)', measured.decoded, 'naive'),
  ];
}
