// The live data's cases map on a street holding tens of thousands of cases: a delta applied as a
// new version that shares the shards it does not touch (state/sharded-map), against copying the
// whole native Map per delta (the naive way), and what the sharing costs the readers (a pass
// over every case, a lookup of every case) against a native Map.
import { performance } from 'node:perf_hooks';
import { ShardedMap } from '../../client/src/state/sharded-map';
import { quantile, type BenchResult } from './measure';

interface Item {
  id: string;
  n: number;
}

function medianMs(runs: number, run: (k: number) => void): number {
  run(0); // warm up the JIT on the same work
  const ms: number[] = [];
  for (let k = 1; k <= runs; k++) {
    const started = performance.now();
    run(k);
    ms.push(performance.now() - started);
  }
  return quantile(ms, 0.5);
}

export function benchLiveMaps(count = 50_000, perDelta = 10, runs = 50): BenchResult[] {
  const ids = Array.from({ length: count }, (_, i) => `AJ20261207-${String(i).padStart(5, '0')}`);
  const entries = ids.map((id, n) => [id, { id, n }] as const);
  let sharded = ShardedMap.of<Item>(entries);
  let native = new Map<string, Item>(entries);
  const delta = (k: number) =>
    Array.from({ length: perDelta }, (_, j) => {
      const id = ids[((k * perDelta + j) * 7_919) % count]!;
      return [id, { id, n: -k }] as const;
    });
  const shared = medianMs(runs, (k) => (sharded = sharded.with(delta(k))));
  const copied = medianMs(runs, (k) => {
    const next = new Map(native);
    for (const [id, item] of delta(k)) next.set(id, item);
    native = next;
  });
  let sink = 0;
  const passShared = medianMs(runs, () => {
    for (const item of sharded.values()) sink += item.n;
  });
  const passNative = medianMs(runs, () => {
    for (const item of native.values()) sink += item.n;
  });
  const lookShared = medianMs(runs, () => {
    for (const id of ids) sink += sharded.get(id)!.n;
  });
  const lookNative = medianMs(runs, () => {
    for (const id of ids) sink += native.get(id)!.n;
  });
  const differ = ids.filter((id) => sharded.get(id)!.n !== native.get(id)!.n).length;
  if (Number.isNaN(sink) || sharded.size !== native.size || differ > 0)
    throw new Error(`after the same deltas the two maps disagree on ${differ} cases`);
  const n = count.toLocaleString('en-US');
  const row = (name: string, ms: number, operations: number, budget: string): BenchResult => ({
    name: `${name}: median ${ms.toFixed(3)} ms`,
    operations,
    ms,
    perSecond: (operations / ms) * 1000,
    budget,
    ok: true,
  });
  return [
    row(
      `a delta of ${perDelta} cases into ${n}, versions sharing untouched shards`,
      shared,
      1,
      `no budget: ${(copied / shared).toFixed(0)}× less than copying`,
    ),
    row(`the same delta, copying the whole Map (naive)`, copied, 1, 'naive'),
    row(
      `a pass over ${n} cases, sharded`,
      passShared,
      count,
      `no budget: ${(passShared / passNative).toFixed(1)}× a Map's`,
    ),
    row(`a pass over ${n} cases, one native Map`, passNative, count, 'naive'),
    row(
      `a lookup of each of ${n} cases, sharded`,
      lookShared,
      count,
      `no budget: ${(lookShared / lookNative).toFixed(1)}× a Map's`,
    ),
    row(`a lookup of each of ${n} cases, one native Map`, lookNative, count, 'naive'),
  ];
}
