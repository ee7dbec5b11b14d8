import { describe, expect, it } from 'vitest';
import { changesBetween, recordStep } from './map-lineage';

function derive(previous: Map<string, number>, set: Record<string, number>, remove: string[] = []) {
  const next = new Map(previous);
  for (const [k, v] of Object.entries(set)) next.set(k, v);
  for (const k of remove) next.delete(k);
  recordStep(previous, next, Object.keys(set), remove);
  return next;
}

describe('map lineage', () => {
  it('collects the ids changed and removed over several steps', () => {
    const m0 = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const m1 = derive(m0, { a: 10 });
    const m2 = derive(m1, { c: 3 }, ['b']);
    expect(changesBetween(m0, m2)?.sort()).toEqual(['a', 'b', 'c']);
    expect(changesBetween(m1, m2)?.sort()).toEqual(['b', 'c']);
    expect(changesBetween(m2, m2)).toEqual([]);
  });

  it('says it does not know when the maps are not related, or the way back is too long', () => {
    const m0 = new Map([['a', 1]]);
    const other = derive(new Map([['x', 1]]), { y: 2 });
    expect(changesBetween(m0, other)).toBeNull();
    expect(changesBetween(other, m0)).toBeNull();
    let m = derive(m0, { a: 2 });
    for (let i = 0; i < 300; i++) m = derive(m, { a: i });
    expect(changesBetween(m0, m)).toBeNull();
  });
});
