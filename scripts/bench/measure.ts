// Timing and the printed table shared by the benchmarks.
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
