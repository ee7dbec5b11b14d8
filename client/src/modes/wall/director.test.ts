import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/domain/model';
import { applyDelta, applySnapshot, EMPTY_LIVE_DATA, type LiveData } from '../../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../../test-support/fixtures';
import {
  ALERT_MS,
  findNews,
  IDLE_BEFORE_TOUR_MS,
  NEWS_WINDOW_MS,
  startDirector,
  stepDirector,
  TOUR_STEP_MS,
} from './director';

const tick = (now: number, stale = false) => ({ type: 'tick' as const, now, stale });

function dataWith(seq: number, cases: Case[]): LiveData {
  return applySnapshot({ ...makeSnapshot(seq), cases });
}

describe('stepDirector', () => {
  it('tours the communities after a quiet minute, one every step, round and round', () => {
    let s = startDirector(0);
    s = stepDirector(s, tick(IDLE_BEFORE_TOUR_MS - 1), 3);
    expect(s.kind).toBe('overview');
    s = stepDirector(s, tick(IDLE_BEFORE_TOUR_MS), 3);
    expect(s).toMatchObject({ kind: 'tour', index: 0 });
    let now = IDLE_BEFORE_TOUR_MS;
    for (const expected of [1, 2, 0]) {
      now += TOUR_STEP_MS;
      s = stepDirector(s, tick(now), 3);
      expect(s).toMatchObject({ kind: 'tour', index: expected });
    }
  });

  it('flies to an urgent case, even mid-tour, and returns to the street after ALERT_MS', () => {
    let s = stepDirector(startDirector(0), tick(IDLE_BEFORE_TOUR_MS), 8);
    expect(s.kind).toBe('tour');
    s = stepDirector(s, { type: 'news', now: 70_000, urgentCaseId: 'C9' }, 8);
    expect(s).toEqual({ kind: 'alert', caseId: 'C9', until: 70_000 + ALERT_MS });
    s = stepDirector(s, tick(70_000 + ALERT_MS - 1), 8);
    expect(s.kind).toBe('alert');
    s = stepDirector(s, tick(70_000 + ALERT_MS), 8);
    expect(s).toEqual({ kind: 'overview', quietSince: 70_000 + ALERT_MS });
  });

  it('does not tour while the data is stale, and routine news delays the tour', () => {
    let s = startDirector(0);
    s = stepDirector(s, tick(IDLE_BEFORE_TOUR_MS * 2, true), 8);
    expect(s.kind).toBe('overview');
    s = stepDirector(s, { type: 'news', now: 200_000, urgentCaseId: null }, 8);
    s = stepDirector(s, tick(200_000 + IDLE_BEFORE_TOUR_MS - 1), 8);
    expect(s.kind).toBe('overview');
  });
});

describe('findNews', () => {
  const now = Date.parse('2025-06-01T08:05:00+08:00');
  const old = makeCase('OLD');
  it('reports new cases and the newest urgent one, never the first snapshot', () => {
    const first = dataWith(1, [old]);
    expect(findNews(EMPTY_LIVE_DATA, first, now).any).toBe(false);
    const a = makeCase('A', { severity: 1, openedAt: '2025-06-01T08:01:00+08:00' });
    const b = makeCase('B', { severity: 1, openedAt: '2025-06-01T08:02:00+08:00' });
    const c = makeCase('C', { severity: 3, openedAt: '2025-06-01T08:03:00+08:00' });
    expect(findNews(first, dataWith(2, [old, a, b, c]), now)).toEqual({ any: true, urgentCaseId: 'B' });
    expect(findNews(first, dataWith(2, [old, c]), now)).toEqual({ any: true, urgentCaseId: null });
  });

  it('ignores cases that opened long ago (caught up after a reconnect)', () => {
    const first = dataWith(1, []);
    const late = makeCase('L', { severity: 1, openedAt: new Date(now - NEWS_WINDOW_MS - 1).toISOString() });
    expect(findNews(first, dataWith(2, [late]), now).any).toBe(false);
  });

  it('finds them by the changed cases of the deltas when the data was derived from the last', () => {
    const first = applySnapshot(makeSnapshot(1, { cases: [old] }));
    const b = makeCase('B', { severity: 1, openedAt: '2025-06-01T08:02:00+08:00' });
    const next = applyDelta(
      first,
      makeDelta(1, 2, { cases: [b, makeCase('OLD', { state: 'dispatched' })] }),
    ).data;
    expect(withoutFullPass(next.cases, () => findNews(first, next, now))).toEqual({
      any: true,
      urgentCaseId: 'B',
    });
  });
});
