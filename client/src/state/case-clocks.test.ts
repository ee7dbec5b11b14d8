import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../test-support/fixtures';
import { applyDelta, applySnapshot } from './apply-sync';
import { CaseClockIndex } from './case-clocks';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-06-10T09:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();

function timed(id: string, deadlineMs: number, overrides: Partial<Case> = {}): Case {
  return makeCase(id, {
    state: 'in-progress',
    sla: { from: iso(T0 - 10 * HOUR), deadline: iso(deadlineMs), clock: 'around-the-clock' },
    ...overrides,
  });
}

const idsOf = (group: Map<string, unknown>) => [...group.keys()].sort();

describe('CaseClockIndex', () => {
  it('puts each open case in one group and counts the running limits', () => {
    const data = applySnapshot(
      makeSnapshot(1, {
        cases: [
          timed('LATE', T0 - HOUR),
          timed('NEAR', T0 + HOUR),
          timed('CALM', T0 + 30 * HOUR),
          timed('URGENT-CALM', T0 + 30 * HOUR, { severity: 1 }),
          makeCase('URGENT-NEW', { severity: 1 }),
          makeCase('ROUTINE-NEW'),
          timed('DONE', T0 - HOUR, { state: 'closed' }),
        ],
      }),
    );
    const index = new CaseClockIndex().sync(data.cases, T0, undefined, 1);
    expect(idsOf(index.groups.alerting)).toEqual(['LATE', 'NEAR']);
    expect(idsOf(index.groups.urgentOnTime)).toEqual(['URGENT-CALM']);
    expect(idsOf(index.groups.urgentUntimed)).toEqual(['URGENT-NEW']);
    expect(index.withLimit).toBe(4);
    expect(index.overdue).toBe(1);
  });

  it('is moved on by the first view to see a new tick, not back by one still on the last', () => {
    let data = applySnapshot(makeSnapshot(1, { cases: [timed('A', T0 + HOUR / 2)] }));
    const index = new CaseClockIndex();
    index.sync(data.cases, T0, undefined, 10);
    expect(index.overdue).toBe(0);
    // The map sees tick 11 an hour later: every clock is worked out again, A is overdue.
    index.sync(data.cases, T0 + HOUR, undefined, 11);
    expect(index.overdue).toBe(1);
    // The wall, still on tick 10, reads a delta: only the changed case is read, nothing goes back.
    data = applyDelta(data, makeDelta(1, 2, { cases: [timed('B', T0 + 2 * HOUR)] })).data;
    withoutFullPass(data.cases, () => index.sync(data.cases, T0 + HOUR, undefined, 10));
    expect(index.overdue).toBe(1);
    expect(idsOf(index.groups.alerting)).toEqual(['A', 'B']);
    // The wall reaching tick 11 after the map does not work everything out again.
    withoutFullPass(data.cases, () => index.sync(data.cases, T0 + HOUR, undefined, 11));
    // A removed case leaves its group and its counts.
    data = applyDelta(data, makeDelta(2, 3, { removed: { cases: ['A'] } })).data;
    index.sync(data.cases, T0 + HOUR, undefined, 11);
    expect(idsOf(index.groups.alerting)).toEqual(['B']);
    expect([index.overdue, index.withLimit]).toEqual([0, 1]);
  });
});
