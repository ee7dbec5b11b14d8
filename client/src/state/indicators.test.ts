import { describe, expect, it } from 'vitest';
import { summarize } from '../../../core/domain/indicators';
import type { Case } from '../../../core/domain/model';
import { makeCase, makeDelta, makeHazard, makeSnapshot, withoutFullPass } from '../test-support/fixtures';
import { applyDelta, applySnapshot, type LiveData } from './apply-sync';
import { createIndicatorCounter } from './indicators';

const NOW = Date.parse('2026-03-05T02:00:00Z'); // 10:00 in Shanghai
const NO_RISKS = new Map();
const STATES = ['reported', 'dispatched', 'handled', 'closed', 'backlog'] as const;
const CELLS = ['320507006001001', '320507006001002', '320507006002001'];

function changed(i: number, k: number): Case {
  const cell = CELLS[(i + k) % CELLS.length]!;
  return makeCase(`C${i}`, {
    state: STATES[(i * 3 + k) % STATES.length]!,
    severity: (((i + k) % 3) + 1) as 1 | 2 | 3,
    cellCode: cell,
    communityCode: cell.slice(0, 12),
    openedAt: (i + k) % 4 === 0 ? '2026-03-04T15:00:00Z' : '2026-03-05T01:00:00Z', // before/after midnight
  });
}

const fromScratch = (data: LiveData, now = NOW) =>
  summarize(
    {
      cases: data.cases.values(),
      hazards: data.hazards.values(),
      enterprises: data.enterprises.values(),
      feeds: data.feeds.values(),
    },
    NO_RISKS,
    now,
  );

describe('createIndicatorCounter', () => {
  it('keeps the counts from deltas, equal to counting every case afresh', () => {
    const count = createIndicatorCounter();
    let data = applySnapshot(
      makeSnapshot(1, {
        cases: Array.from({ length: 40 }, (_, i) => changed(i, 0)),
        hazards: [makeHazard('H1')],
      }),
    );
    expect(count(data, NO_RISKS, NOW)).toMatchObject(fromScratch(data));
    for (let k = 1; k <= 60; k++) {
      const cases = [changed(k % 45, k), changed((k * 7) % 45, k + 1)];
      const removed = k % 5 === 0 ? { cases: [`C${(k * 3) % 45}`] } : undefined;
      data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases, removed })).data;
      // A delta's counts come from its changed cases alone: a pass over every case would throw.
      const indicators = withoutFullPass(data.cases, () => count(data, NO_RISKS, NOW));
      expect(indicators).toMatchObject(fromScratch(data));
    }
  });

  it('counts afresh on a new day and for data it did not see derived', () => {
    const count = createIndicatorCounter();
    const data = applySnapshot(
      makeSnapshot(1, { cases: Array.from({ length: 12 }, (_, i) => changed(i, 0)) }),
    );
    const today = count(data, NO_RISKS, NOW);
    expect(today.cases.newToday).toBe(fromScratch(data).cases.newToday);
    const tomorrow = NOW + 24 * 3_600_000;
    const next = count(data, NO_RISKS, tomorrow);
    expect(next.cases.newToday).toBe(0);
    expect(next.cases).toEqual(fromScratch(data, tomorrow).cases);
    const other = applySnapshot(makeSnapshot(9, { cases: [changed(1, 1), changed(2, 2)] }));
    expect(count(other, NO_RISKS, tomorrow)).toMatchObject(fromScratch(other, tomorrow));
  });

  it('gives open cases by phase', () => {
    const count = createIndicatorCounter();
    const data = applySnapshot(
      makeSnapshot(1, {
        cases: [
          makeCase('A', { state: 'reported' }),
          makeCase('B', { state: 'in-progress' }),
          makeCase('C', { state: 'checked' }),
          makeCase('D', { state: 'postponed' }),
          makeCase('E', { state: 'closed' }),
        ],
      }),
    );
    expect(count(data, NO_RISKS, NOW).byPhase).toEqual({ awaiting: 1, handling: 1, checking: 1, parked: 1 });
  });
});
