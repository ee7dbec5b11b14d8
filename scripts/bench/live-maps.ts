// The live data's cases map on a street holding tens of thousands of cases: a delta applied as a
// new version that shares the shards it does not touch (state/sharded-map), against copying the
// whole native Map per delta (the naive way), and what the sharing costs the readers (a pass
// over every case, a lookup of every case) against a native Map. Each delta's allocation is what
// the page's garbage collector later has to find and clear.
import { performance } from 'node:perf_hooks';
import { ShardedMap } from '../../client/src/state/sharded-map';
import { allocatedBytes, quantile, type BenchResult } from './measure';

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

export async function benchLiveMaps(count = 50_000, perDelta = 10, runs = 50): Promise<BenchResult[]> {
  const ids = Array.from({ length: count }, (_, i) => `AJ20261207-${String(i).padStart(5, '0')}`);
  const entries = ids.map((id, n) => [id, { id, n }] as const);
  let sharded = ShardedMap.of<Item>(entries);
  let native = new Map<string, Item>(entries);
  const delta = (k: number) =>
    Array.from({ length: perDelta }, (_, j) => {
      const id = ids[((k * perDelta + j) * 7_919) % count]!;
      return [id, { id, n: -k }] as const;
    });
  const deltaShared = (k: number) => (sharded = sharded.with(delta(k)));
  const deltaCopied = (k: number) => {
    const next = new Map(native);
    for (const [id, item] of delta(k)) next.set(id, item);
    native = next;
  };
  const shared = medianMs(runs, deltaShared);
  const copied = medianMs(runs, deltaCopied);
  // Bytes a delta allocates, the delta's own entries included (the same both ways).
  const perRun = async (apply: (k: number) => void, from: number) =>
    (await allocatedBytes(() => {
      for (let k = from; k < from + runs; k++) apply(k);
    })) / runs;
  const sharedBytes = await perRun(deltaShared, runs + 1);
  const copiedBytes = await perRun(deltaCopied, runs + 1);
  // One shard as a delta copies it: entry by entry, or with the Map constructor (an iterator's
  // [key, value] pair per entry).
  const shard = new Map(entries.slice(0, Math.round(count / 256)));
  const copyEach = () => {
    const copy = new Map<string, Item>();
    shard.forEach((value, key) => copy.set(key, value));
    return copy;
  };
  const copyConstructed = () => new Map(shard);
  const times = (copy: () => Map<string, Item>) => () => {
    for (let k = 0; k < 100; k++) sink += copy().size;
  };
  let sink = 0;
  const eachMs = medianMs(runs, times(copyEach)) / 100;
  const constructedMs = medianMs(runs, times(copyConstructed)) / 100;
  const byEach = (await allocatedBytes(times(copyEach))) / 100;
  const byConstructor = (await allocatedBytes(times(copyConstructed))) / 100;
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
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
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
      `a delta of ${perDelta} cases into ${n}, versions sharing untouched shards; allocates ${kb(sharedBytes)}`,
      shared,
      1,
      `no budget: ${(copied / shared).toFixed(0)}× less time, ${(copiedBytes / sharedBytes).toFixed(0)}× less allocation than copying`,
    ),
    row(`the same delta, copying the whole Map (naive); allocates ${kb(copiedBytes)}`, copied, 1, 'naive'),
    row(
      `a shard of ${shard.size} copied entry by entry (forEach); allocates ${kb(byEach)}`,
      eachMs,
      1,
      `no budget: ${(byConstructor / byEach).toFixed(1)}× less allocation than new Map(shard)`,
    ),
    row(
      `the same shard copied with new Map(shard); allocates ${kb(byConstructor)}`,
      constructedMs,
      1,
      'naive',
    ),
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
