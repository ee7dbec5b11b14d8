// Timing, allocation and the printed table shared by the benchmarks.
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  operations: number;
  ms: number;
  perSecond: number;
  budget: string;
  ok: boolean;
}

export function timeIt(
  name: string,
  operations: number,
  run: () => void,
): Omit<BenchResult, 'budget' | 'ok'> {
  run(); // warm up the JIT on the same work
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  return { name, operations, ms, perSecond: (operations / ms) * 1000 };
}

/**
 * Bytes that `run` allocates on the JavaScript heap, garbage included: V8's sampling heap profiler
 * with a sample every 128 bytes on average, so a figure over many runs is close to exact.
 */
export async function allocatedBytes(run: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 128,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    run();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const add = (node: (typeof profile)['head']): void => {
      bytes += node.selfSize;
      node.children.forEach(add);
    };
    add(profile.head);
    return bytes;
  } finally {
    session.disconnect();
  }
}

/** The value below which a share `q` (0–1) of `xs` lies: the item at ⌊q·n⌋ in order (NaN for none). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => ({
    benchmark: r.name,
    operations: r.operations,
    'time (ms)': r.ms.toFixed(1),
    'per second': Math.round(r.perSecond).toLocaleString('en-US'),
    budget: r.budget,
    ok: r.ok ? 'yes' : 'NO',
  }));
  console.table(rows);
}
