import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../core/random/seeded-random';
import { leastK } from './least-k';

describe('leastK', () => {
  it('equals a full sort cut to k, ties in first-seen order', () => {
    const random = createRandom(7);
    for (let round = 0; round < 200; round += 1) {
      const n = random.int(0, 300);
      const k = random.int(0, 70);
      const items = Array.from({ length: n }, (_, i) => ({ i, v: random.int(0, 40) }));
      const byV = (a: { v: number }, b: { v: number }) => a.v - b.v;
      // Array.prototype.sort is stable: equal values stay in input order.
      expect(leastK(items, k, byV)).toEqual([...items].sort(byV).slice(0, k));
    }
  });

  it('takes nothing for k of 0', () => {
    expect(leastK([3, 1, 2], 0, (a, b) => a - b)).toEqual([]);
  });
});
