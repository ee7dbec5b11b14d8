// The page's three heaps over a run, sampled over CDP (`Runtime.getHeapUsage`): JavaScript's (V8),
// Blink's (the embedder's garbage-collected heap: DOM, style, layout and the objects WebGL calls
// return) and the backing stores of array buffers (typed arrays' memory, outside both). A major GC
// is started by their sum approaching V8's global limit, so the one whose garbage grows fastest is
// the one that sets the pace of the major GCs. The sampling heap profiler sees only the first.
import type { CDPSession, Page } from 'playwright-core';
import { quantile } from './measure';

export interface HeapSample {
  js: number;
  blink: number;
  buffers: number;
}

export const HEAP_KINDS = ['js', 'blink', 'buffers'] as const;
type HeapKind = (typeof HEAP_KINDS)[number];

export interface HeapSeries {
  /** Median and largest size sampled (bytes). */
  median: number;
  peak: number;
  /**
   * What was allocated and then let go between samples, at least: the sum of the falls from one
   * sample to the next (bytes). What is allocated and collected between two samples is not seen.
   */
  released: number;
}

export function summariseHeaps(samples: readonly HeapSample[]): Record<HeapKind, HeapSeries> {
  const of = (kind: HeapKind): HeapSeries => {
    const sizes = samples.map((s) => s[kind]);
    if (sizes.length === 0) return { median: 0, peak: 0, released: 0 };
    let released = 0;
    sizes.reduce((last, size) => {
      released += Math.max(0, last - size);
      return size;
    });
    return {
      median: quantile(sizes, 0.5),
      peak: Math.max(...sizes),
      released,
    };
  };
  return { js: of('js'), blink: of('blink'), buffers: of('buffers') };
}

const NAMES: Record<HeapKind, string> = {
  js: 'JavaScript',
  blink: 'Blink',
  buffers: 'array buffers',
};

export function describeHeaps(heaps: Record<HeapKind, HeapSeries>, seconds: number): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  return HEAP_KINDS.map((kind) => {
    const h = heaps[kind];
    return `${NAMES[kind]} ${mb(h.median)} MB (peak ${mb(h.peak)}), let go ${mb(h.released)} MB (${(h.released / 1024 / 1024 / seconds).toFixed(2)} MB/s)`;
  }).join('; ');
}

/** Samples the page's heaps every `everyMs` until stopped. */
export async function watchPageHeaps(
  page: Page,
  everyMs = 250,
): Promise<{ stop: () => Promise<HeapSample[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const samples: HeapSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const usage = await cdp.send('Runtime.getHeapUsage');
      samples.push({
        js: usage.usedSize,
        blink: usage.embedderHeapUsedSize,
        buffers: usage.backingStorageSize,
      });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await cdp.detach();
      return samples;
    },
  };
}
