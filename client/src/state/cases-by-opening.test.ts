import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../test-support/fixtures';
import { applyDelta, applySnapshot } from './apply-sync';
import { CasesByOpening } from './cases-by-opening';

const at = (minute: number) => `2026-03-05T08:${String(minute % 60).padStart(2, '0')}:00+08:00`;
const sortedNewestFirst = (cases: Iterable<Case>) =>
  [...cases]
    .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt) || (a.id < b.id ? 1 : -1))
    .map((c) => c.id);

describe('CasesByOpening', () => {
  it('keeps the newest first, as a full sort would (ties by id)', () => {
    const minutes = [5, 1, 9, 3, 9, 7, 2, 5, 8, 0, 6, 4];
    const cases = minutes.map((m, i) => makeCase(`c${i}`, { openedAt: at(m) }));
    const index = new CasesByOpening().sync(new Map(cases.map((c) => [c.id, c])));
    for (const limit of [0, 1, 3, 5, 12, 20]) {
      expect(index.newest(limit).map((c) => c.id)).toEqual(sortedNewestFirst(cases).slice(0, limit));
    }
  });

  it('follows deltas (new, changed, re-timed and removed cases) by the changed cases alone', () => {
    let data = applySnapshot(
      makeSnapshot(1, {
        cases: Array.from({ length: 50 }, (_, i) => makeCase(`c${i}`, { openedAt: at(i) })),
      }),
    );
    const index = new CasesByOpening().sync(data.cases);
    for (let k = 0; k < 200; k++) {
      const id = `c${(k * 37) % 70}`;
      const changed = [
        makeCase(id, {
          // Mostly a change of state; every third case opens at another time.
          openedAt: k % 3 === 0 ? at((k * 13) % 60) : (data.cases.get(id)?.openedAt ?? at(59)),
          state: k % 2 ? 'dispatched' : 'reported',
        }),
      ];
      const removed = k % 9 === 0 ? { cases: [`c${(k * 11) % 70}`] } : undefined;
      data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: changed, removed })).data;
      withoutFullPass(data.cases, () => index.sync(data.cases));
      expect(index.size).toBe(data.cases.size);
      expect(index.newest(100).map((c) => c.id)).toEqual(sortedNewestFirst(data.cases.values()));
      expect(index.newest(1)[0]).toBe(data.cases.get(index.newest(1)[0]!.id)); // the current object
    }
  });
});
