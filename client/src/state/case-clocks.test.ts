import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import calendarFile from '../../../data/rules/calendar-cn-2026.json';
import { buildCalendar } from '../../../core/domain/working-calendar';
import { calendarFileSchema } from '../../../core/domain/working-calendar-file';
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
    // The map sees tick 11 an hour later: the running clocks move on (the cases are not read), A is overdue.
    withoutFullPass(data.cases, () => index.sync(data.cases, T0 + HOUR, undefined, 11));
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

  it('moved on tick by tick, stands where an index built afresh at that moment stands', () => {
    const calendar = buildCalendar([calendarFileSchema.parse(calendarFile)]);
    const start = Date.parse('2026-03-06T15:00:00+08:00'); // a Friday afternoon, then the weekend
    const MINUTE = 60_000;
    const states = ['in-progress', 'dispatched', 'handled', 'registered', 'reported', 'postponed'] as const;
    const cases = Array.from({ length: 120 }, (_, i) =>
      makeCase(`C${i}`, {
        state: states[i % states.length],
        severity: i % 5 === 0 ? 1 : 3,
        sla: {
          from: iso(start - ((i * 37) % 600) * MINUTE),
          deadline: iso(start + ((i * 53) % 3000) * MINUTE),
          clock: i % 2 === 0 ? 'working' : 'around-the-clock',
        },
        history: [],
        updatedAt: iso(start - 5 * MINUTE),
      }),
    );
    let data = applySnapshot(makeSnapshot(1, { cases }));
    const moved = new CaseClockIndex();
    const standing = (index: CaseClockIndex) => ({
      withLimit: index.withLimit,
      overdue: index.overdue,
      groups: Object.fromEntries(
        Object.entries(index.groups).map(([name, group]) => [
          name,
          [...group]
            .map(([id, clock]) => [id, clock.sla])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        ]),
      ),
    });
    let seq = 1;
    let changes = 0;
    for (let tick = 0; tick < 4 * 24 * 6; tick++) {
      const now = start + tick * 10 * MINUTE;
      if (tick % 50 === 25) {
        // Now and then a case is handled: deltas and ticks interleave.
        const c = data.cases.get(`C${tick % 120}`)!;
        const handled = { ...c, state: 'handled' as const, updatedAt: iso(now) };
        data = applyDelta(data, makeDelta(seq, seq + 1, { cases: [handled] })).data;
        seq += 1;
      }
      moved.sync(data.cases, now, calendar, tick);
      const fresh = new CaseClockIndex().sync(data.cases, now, calendar, tick);
      expect(standing(moved)).toEqual(standing(fresh));
      changes += fresh.groups.alerting.size;
    }
    expect(changes).toBeGreaterThan(0); // some limits do warn and run over in the week
    expect(moved.overdue).toBeGreaterThan(0);
  });
});
