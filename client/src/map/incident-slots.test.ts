import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import { applyDelta, applySnapshot } from '../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot } from '../test-support/fixtures';
import { IncidentSlots } from './incident-slots';

const casesOf = (...cases: Case[]) => new Map(cases.map((c) => [c.id, c]));
const row = (index: number) => ({ index, data: { length: 0 }, target: [] as number[] });

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
    expect(slots.dataDiff(slots.data(), before)).toEqual([
      { startRow: 7, endRow: 8 },
      { startRow: 500, endRow: 501 },
    ]);
    expect(slots.accessors.getFilterValue(null, row(500))).toBe(0);
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
    const byPass = (since: number) => {
      const rows: number[] = [];
      for (let slot = 0; slot < 6_000; slot++) {
        if (slots.changedRanges(since).some((r) => r.startRow <= slot && slot < r.endRow)) rows.push(slot);
      }
      return rows;
    };
    const expected = (since: number) =>
      [
        ...new Set(
          Array.from({ length: 30 }, (_, k) => (k * 997) % 6_000).filter((_, k) => versions[k + 1]! > since),
        ),
      ].sort((a, b) => a - b);
    for (const since of [versions[0]!, versions[10]!, versions[29]!, versions[30]!]) {
      expect(byPass(since)).toEqual(expected(since));
    }
    // Older than the log: the snapshot's 6,000 writes pushed the oldest out, so it passes over the slots.
    expect(slots.changedRanges(0)).toEqual([{ startRow: 0, endRow: 6_000 }]);
  });
});
