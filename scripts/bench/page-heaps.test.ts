import { describe, expect, it } from 'vitest';
import { describeHeaps, summariseHeaps, type HeapSample } from './page-heaps';

const MB = 1024 * 1024;
const sample = (js: number, blink: number, buffers: number): HeapSample => ({
  js: js * MB,
  blink: blink * MB,
  buffers: buffers * MB,
});

describe('the page heaps', () => {
  it('sums what each heap fell by between samples, and gives its median and peak', () => {
    const heaps = summariseHeaps([
      sample(10, 50, 5),
      sample(14, 60, 5),
      sample(8, 62, 9), // JavaScript collected 6 MB
      sample(12, 40, 4), // Blink 22 MB, buffers 5 MB
      sample(11, 45, 4), // JavaScript 1 MB
    ]);
    expect(heaps.js).toEqual({ median: 11 * MB, peak: 14 * MB, released: 7 * MB });
    expect(heaps.blink).toEqual({ median: 50 * MB, peak: 62 * MB, released: 22 * MB });
    expect(heaps.buffers).toEqual({ median: 5 * MB, peak: 9 * MB, released: 5 * MB });
    expect(describeHeaps(heaps, 10)).toBe(
      'JavaScript 11 MB (peak 14), let go 7 MB (0.70 MB/s); Blink 50 MB (peak 62), let go 22 MB (2.20 MB/s); array buffers 5 MB (peak 9), let go 5 MB (0.50 MB/s)',
    );
  });

  it('reads nothing into no samples', () => {
    expect(summariseHeaps([]).blink).toEqual({ median: 0, peak: 0, released: 0 });
  });
});
