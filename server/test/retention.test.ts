// The retention's catch-up parts: whole ticks of about the size asked, each moving a screen on,
// together everything it lacks.
import { describe, expect, it } from 'vitest';
import { emptyTouched, type Touched } from '../../core/domain/live-state';
import { DeltaRetention } from '../src/realtime/retention';

function cases(...ids: string[]): Touched {
  const t = emptyTouched();
  for (const id of ids) t.cases.add(id);
  return t;
}

/** Ticks 10→11 (a, b), 11→12 (c), a clock-only change at 12 (d, e, f), 12→14 (g). */
function retention(): DeltaRetention {
  const r = new DeltaRetention({ maxSeqs: 1_000, maxAgeMs: 60_000 }, 9);
  r.push(10, 11, cases('a', 'b'), 0);
  r.push(11, 12, cases('c'), 0);
  r.push(12, 12, cases('d', 'e', 'f'), 0);
  r.push(12, 14, cases('g'), 0);
  return r;
}

const part = (r: DeltaRetention, lastSeq: number, maxIds: number) => {
  const { touched, toSeq } = r.touchedPart(lastSeq, 14, maxIds);
  return { ids: [...touched.cases].sort(), toSeq };
};

describe('DeltaRetention.touchedPart', () => {
  it('takes everything in one part when it is small enough', () => {
    expect(part(retention(), 10, 100)).toEqual({ ids: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], toSeq: 14 });
  });

  it('ends a part where the first tick it leaves out starts, whole ticks only', () => {
    const r = retention();
    expect(part(r, 10, 3)).toEqual({ ids: ['a', 'b', 'c'], toSeq: 12 });
    // A screen at 12 has seen the tick that ended there, not the clock-only change at 12; a part
    // cannot end at 12 again, so the tick after it comes along.
    expect(part(r, 12, 3)).toEqual({ ids: ['d', 'e', 'f', 'g'], toSeq: 14 });
    expect(part(r, 11, 1)).toEqual({ ids: ['c'], toSeq: 12 });
  });

  it('counts the entities touched after a seq, newest ticks first', () => {
    const r = retention();
    expect(r.sizeSince(14)).toBe(0);
    expect(r.sizeSince(12)).toBe(1); // the tick 12→14; the clock-only change at 12 is not after it
    expect(r.sizeSince(11)).toBe(5);
    expect(r.sizeSince(0)).toBe(7);
  });

  it('always moves the screen on, however small the part asked for', () => {
    const r = retention();
    let seq = 10;
    const seen = new Set<string>();
    for (let parts = 0; seq < 14; parts += 1) {
      expect(parts).toBeLessThan(10);
      const next = r.touchedPart(seq, 14, 1);
      for (const id of next.touched.cases) seen.add(id);
      expect(next.toSeq).toBeGreaterThan(seq);
      seq = next.toSeq;
    }
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
