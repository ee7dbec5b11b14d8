import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import { applyDelta, applySnapshot } from '../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot } from '../test-support/fixtures';
import { IncidentSlots, planRanges, RANGE_PLAN } from './incident-slots';

const casesOf = (...cases: Case[]) => new Map(cases.map((c) => [c.id, c]));
const row = (index: number) => ({ index, data: { length: 0 }, target: [] as number[] });
/** The row a case's slot is in (slots are given in the order the cases map yields them). */
const rowOf = (slots: IncidentSlots, id: string) =>
  Array.from({ length: slots.data().length }, (_, i) => slots.caseIdAt(i)).indexOf(id);

describe('IncidentSlots', () => {
  it('gives each case a slot and draws only open ones', () => {
    const slots = new IncidentSlots(2);
    slots.sync(casesOf(makeCase('A'), makeCase('B', { state: 'closed' }), makeCase('C')));
    expect(slots.data().length).toBe(3);
    expect(slots.drawnIds().sort()).toEqual(['A', 'C']);
    expect([...slots.accessors.getPosition(null, row(0))]).toEqual([120.57, 31.47]);
    expect(slots.accessors.getFilterValue(null, row(1))).toBe(0);
  });

  it('rewrites only the slot of the case that changed, and tells deck.gl which row', () => {
    const slots = new IncidentSlots();
    const a = makeCase('A');
    const b = makeCase('B');
    slots.sync(casesOf(a, b));
    const before = slots.data();
    slots.sync(casesOf(a, makeCase('B', { state: 'closed' })));
    expect(slots.lastWrites).toBe(1);
    expect(slots.data()).not.toBe(before);
    expect(slots.dataDiff(slots.data(), before)).toEqual([{ startRow: 1, endRow: 2 }]);
    expect(slots.drawnIds()).toEqual(['A']);
    expect(slots.sync(casesOf(a, b))).toBe(true);
    const same = new Map([['A', a]]);
    slots.sync(same);
    expect(slots.sync(same)).toBe(false);
  });

  it('reuses the slot of a case that left', () => {
    const slots = new IncidentSlots();
    slots.sync(casesOf(makeCase('A'), makeCase('B')));
    slots.sync(casesOf(makeCase('B'), makeCase('C', { location: { lon: 120.6, lat: 31.5 } })));
    expect(slots.data().length).toBe(2);
    expect(slots.caseIdAt(0)).toBe('C');
    expect(slots.drawnIds().sort()).toEqual(['B', 'C']);
  });

  it('catches up with deltas by their changed ids, not by a pass over every case', () => {
    const cases = Array.from({ length: 1_000 }, (_, i) => makeCase(`C${i}`));
    let data = applySnapshot(makeSnapshot(1, { cases }));
    const slots = new IncidentSlots();
    slots.sync(data.cases);
    const before = slots.data();
    data = applyDelta(data, makeDelta(1, 2, { cases: [makeCase('C500', { state: 'closed' })] })).data;
    data = applyDelta(data, makeDelta(2, 3, { cases: [makeCase('C7', { severity: 1 })] })).data;
    slots.sync(data.cases);
    expect(slots.lastWrites).toBe(2);
    expect(slots.lastExamined).toBe(2);
    const [first, second] = [rowOf(slots, 'C7'), rowOf(slots, 'C500')].sort((a, b) => a - b) as [
      number,
      number,
    ];
    expect(slots.dataDiff(slots.data(), before)).toEqual([
      { startRow: first, endRow: first + 1 },
      { startRow: second, endRow: second + 1 },
    ]);
    expect(slots.accessors.getFilterValue(null, row(rowOf(slots, 'C500')))).toBe(0);
    expect(slots.drawnIds()).toHaveLength(999);
  });
});

describe('IncidentSlots.changedRanges', () => {
  it('finds the same rows from its log of recent writes as from a pass over every slot', () => {
    const cases = Array.from({ length: 6_000 }, (_, i) => makeCase(`C${i}`));
    let data = applySnapshot(makeSnapshot(1, { cases }));
    const slots = new IncidentSlots();
    slots.sync(data.cases);
    const start = slots.data().version;
    const versions = [start];
    for (let k = 0; k < 30; k++) {
      const c = makeCase(`C${(k * 997) % 6_000}`, { state: k % 2 ? 'closed' : 'dispatched' });
      data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: [c] })).data;
      slots.sync(data.cases);
      versions.push(slots.data().version);
    }
    const expected = (since: number) =>
      [
        ...new Set(
          Array.from({ length: 30 }, (_, k) => rowOf(slots, `C${(k * 997) % 6_000}`)).filter(
            (_, k) => versions[k + 1]! > since,
          ),
        ),
      ].sort((a, b) => a - b);
    for (const since of [versions[0]!, versions[10]!, versions[29]!, versions[30]!]) {
      expect(slots.changedRanges(since)).toEqual(planRanges(expected(since), RANGE_PLAN));
    }
    // Older than the log: the snapshot's 6,000 writes pushed the oldest out, so it passes over the slots.
    expect(slots.changedRanges(0)).toEqual([{ startRow: 0, endRow: 6_000 }]);
  });
});

describe('planRanges', () => {
  const rowsIn = (ranges: { startRow: number; endRow: number }[]) =>
    ranges.reduce((sum, r) => sum + r.endRow - r.startRow, 0);

  it('joins adjacent and repeated rows, and bridges gaps up to bridgeRows', () => {
    expect(planRanges([3, 3, 4, 5, 9], { maxRanges: 10, bridgeRows: 0 })).toEqual([
      { startRow: 3, endRow: 6 },
      { startRow: 9, endRow: 10 },
    ]);
    expect(planRanges([3, 5, 9], { maxRanges: 10, bridgeRows: 1 })).toEqual([
      { startRow: 3, endRow: 6 },
      { startRow: 9, endRow: 10 },
    ]);
    expect(planRanges([], { maxRanges: 10, bridgeRows: 4 })).toEqual([]);
  });

  it('over the limit, bridges the smallest gaps and keeps the widest as splits', () => {
    // gaps: 0→10 (9 rows), 10→12 (1), 12→50 (37), 50→53 (2)
    expect(planRanges([0, 10, 12, 50, 53], { maxRanges: 2, bridgeRows: 0 })).toEqual([
      { startRow: 0, endRow: 13 },
      { startRow: 50, endRow: 54 },
    ]);
    expect(planRanges([0, 10, 12, 50, 53], { maxRanges: 1, bridgeRows: 0 })).toEqual([
      { startRow: 0, endRow: 54 },
    ]);
  });

  it('covers every row, within the limit, with no more rows than the best split (random rows)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() * 500));
      rows.sort((a, b) => a - b);
      const maxRanges = 1 + Math.floor(random() * 8);
      const planned = planRanges(rows, { maxRanges, bridgeRows: 0 });
      expect(planned.length).toBeLessThanOrEqual(maxRanges);
      for (const row of rows) expect(planned.some((r) => r.startRow <= row && row < r.endRow)).toBe(true);
      // The best: the span less the widest maxRanges - 1 gaps between distinct rows.
      const distinct = [...new Set(rows)];
      const gaps = distinct.slice(1).map((row, i) => row - distinct[i]! - 1);
      gaps.sort((a, b) => b - a);
      const best =
        distinct[distinct.length - 1]! -
        distinct[0]! +
        1 -
        gaps.slice(0, maxRanges - 1).reduce((a, b) => a + b, 0);
      expect(rowsIn(planned)).toBe(best);
    }
  });
});
