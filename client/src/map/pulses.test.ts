import { describe, expect, it } from 'vitest';
import { makeCase } from '../test-support/fixtures';
import type { Case } from '../../../core/domain/model';
import { CasesByOpening } from '../state/cases-by-opening';
import { computePulses } from './pulses';

const newestFirst = (cases: Map<string, Case>) => new CasesByOpening().sync(cases).newestFirst();

const T0 = Date.parse('2025-06-01T08:00:00+08:00');
const at = (ms: number) => new Date(T0 + ms).toISOString();

describe('computePulses', () => {
  it('pulses open cases first heard of in the last minute, and says when that changes', () => {
    const cases = new Map(
      [
        makeCase('new', { openedAt: at(-10_000) }),
        makeCase('old', { openedAt: at(-120_000) }),
        makeCase('closed', { openedAt: at(-5_000), state: 'closed' }),
      ].map((c) => [c.id, c]),
    );
    const { pulses, nextChangeAt } = computePulses(newestFirst(cases), T0);
    expect(pulses.map((p) => p.id)).toEqual(['new']);
    expect(nextChangeAt).toBe(T0 + 50_000);
  });

  it('rings only the newest cases when many are new, and changes when the oldest of them ages out', () => {
    const cases = new Map(
      Array.from({ length: 10 }, (_, i) => makeCase(`c${i}`, { openedAt: at(-50_000 + i * 1_000) })).map(
        (c) => [c.id, c],
      ),
    );
    const { pulses, nextChangeAt } = computePulses(newestFirst(cases), T0, 3);
    expect(pulses.map((p) => p.id)).toEqual(['c9', 'c8', 'c7']);
    expect(nextChangeAt).toBe(T0 - 50_000 + 7_000 + 60_000);
  });

  it('reads the new cases and stops at the first one too old to ring', () => {
    const cases = new Map(
      Array.from({ length: 1_000 }, (_, i) => makeCase(`c${i}`, { openedAt: at(-999_000 + i * 1_000) })).map(
        (c) => [c.id, c],
      ),
    );
    let read = 0;
    const counted = function* () {
      for (const c of newestFirst(cases)) {
        read += 1;
        yield c;
      }
    };
    expect(computePulses(counted(), T0).pulses).toHaveLength(40);
    expect(read).toBe(41);
    read = 0;
    expect(computePulses(counted(), T0 + 30_000, 100).pulses.map((p) => p.id)).toHaveLength(30);
    expect(read).toBe(31);
  });

  it('has nothing to animate when nothing is new', () => {
    const cases = new Map([['old', makeCase('old', { openedAt: at(-61_000) })]]);
    expect(computePulses(newestFirst(cases), T0)).toEqual({ pulses: [], nextChangeAt: null });
  });
});
