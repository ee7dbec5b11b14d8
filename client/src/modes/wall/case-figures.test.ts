import { describe, expect, it } from 'vitest';
import type { Case, CaseHistoryEntry } from '../../../../core/domain/model';
import { startOfShanghaiDay, toMs } from '../../../../core/domain/time';
import { createRandom } from '../../../../core/random/seeded-random';
import { applyDelta, applySnapshot } from '../../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../../test-support/fixtures';
import { CaseClockIndex } from '../../state/case-clocks';
import { caseClocks, caseClocksFrom, PeriodFigureIndex, periodFigures } from './case-figures';

const now = Date.parse('2025-06-10T12:00:00+08:00');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

function registered(id: string, fromMs: number, deadlineMs: number, overrides: Partial<Case> = {}): Case {
  return makeCase(id, {
    state: 'dispatched',
    openedAt: iso(fromMs),
    sla: { from: iso(fromMs), deadline: iso(deadlineMs), clock: 'around-the-clock' },
    history: [
      {
        at: iso(fromMs),
        action: 'register',
        from: 'verified',
        to: 'registered',
        actor: { kind: 'system', name: 'test' },
        deadline: iso(deadlineMs),
      },
    ],
    ...overrides,
  });
}

describe('caseClocks', () => {
  it('counts open cases past their limit and lists the most overdue first, then old urgent ones', () => {
    const cases = [
      registered('LATE', now - 5 * HOUR, now - 1 * HOUR),
      registered('LATER', now - 9 * HOUR, now - 3 * HOUR),
      registered('FINE', now - 1 * HOUR, now + 9 * HOUR),
      makeCase('URGENT', { severity: 1, openedAt: iso(now - 2 * HOUR) }),
      makeCase('ROUTINE', { openedAt: iso(now - 20 * HOUR) }),
    ];
    const clocks = caseClocks(cases, now, 10);
    expect(clocks.overdue).toBe(2);
    expect(clocks.withLimit).toBe(3);
    expect(clocks.pressing.map((p) => p.case.id)).toEqual(['LATER', 'LATE', 'URGENT']);
  });
});

describe('periodFigures', () => {
  it('has no rate before any case is registered', () => {
    const figures = periodFigures([makeCase('A', { openedAt: iso(now - HOUR) })], now);
    expect(figures.today.closeRate).toBeNull();
    expect(figures.month.onTimeHandlingRate).toBeNull();
  });

  it('counts the cases registered today and this month', () => {
    const figures = periodFigures([registered('R', now - HOUR, now + HOUR)], now);
    expect(figures.today.registered).toBe(1);
    expect(figures.month.registered).toBe(1);
    expect(figures.today.closeRate).toBe(0);
  });
});

/** A street whose cases move through their workflow as time passes, by deltas. */
function randomStreet(seed: number) {
  const random = createRandom(seed);
  const MIN = 60_000;
  const states: Case['state'][] = [
    'registered',
    'dispatched',
    'in-progress',
    'handled',
    'checked',
    'backlog',
  ];
  const actions: Record<string, CaseHistoryEntry['action']> = {
    dispatched: 'dispatch',
    'in-progress': 'accept',
    handled: 'handle',
    checked: 'check-pass',
    backlog: 'backlog',
    closed: 'close',
  };
  const next = (c: Case, atMs: number): Case => {
    const step = (
      action: CaseHistoryEntry['action'],
      to: Case['state'],
      extra: Partial<CaseHistoryEntry> = {},
    ) => ({
      ...c,
      state: to,
      updatedAt: iso(atMs),
      history: [
        ...(c.history ?? []),
        {
          at: iso(atMs),
          action,
          from: c.state,
          to,
          actor: { kind: 'user', id: 'u1', role: 'dispatcher' },
          ...extra,
        } as CaseHistoryEntry,
      ],
    });
    const roll = random.next();
    if (roll < 0.1 && c.sla) {
      const deadline = iso(toMs(c.sla.deadline) + random.int(10, 120) * MIN);
      return { ...step('postpone', c.state, { deadline }), sla: { ...c.sla, deadline } };
    }
    if (roll < 0.2) return step('check-fail', 'dispatched');
    if (roll < 0.3) return step('return', 'returned');
    if (roll < 0.45) return step('close', 'closed');
    const to = random.pick(states);
    return step(
      actions[to] ?? 'dispatch',
      to,
      to === 'dispatched' ? { assignee: { id: `p${random.int(1, 4)}`, role: 'grid-worker' } } : {},
    );
  };
  const fresh = (id: string, atMs: number): Case => {
    // Now and then a registration a little ahead of our clock.
    const registeredAt = atMs + (random.chance(0.1) ? random.int(1, 3) * MIN : -random.int(0, 30) * MIN);
    const deadline = iso(registeredAt + random.int(5, 180) * MIN);
    return registered(id, registeredAt, Date.parse(deadline), {
      severity: random.pick([1, 2, 3] as const),
      sla: { from: iso(registeredAt), deadline, clock: 'around-the-clock' },
    });
  };
  return { random, next, fresh, MIN };
}

describe('PeriodFigureIndex', () => {
  it('equals periodFigures through deltas and passing time, reading only the changed cases within a day', () => {
    for (const seed of [1, 2, 3]) {
      const { random, next, fresh, MIN } = randomStreet(seed);
      // From the evening of the last day of a month across midnight: a new day and a new month.
      let nowMs = Date.parse('2025-06-30T21:00:00+08:00');
      let data = applySnapshot(
        makeSnapshot(1, { cases: Array.from({ length: 30 }, (_, i) => fresh(`c${i}`, nowMs)) }),
      );
      const index = new PeriodFigureIndex();
      expect(index.figures(data.cases, nowMs)).toEqual(periodFigures(data.cases.values(), nowMs));
      for (let k = 0; k < 400; k += 1) {
        const before = nowMs;
        nowMs += random.int(0, 6) * MIN;
        const changed: Case[] = [];
        for (let n = random.int(0, 3); n > 0; n -= 1) {
          const id = `c${random.int(0, 45)}`;
          const c = data.cases.get(id);
          changed.push(c ? next(c, nowMs) : fresh(id, nowMs));
        }
        const removed = random.chance(0.05) ? { cases: [`c${random.int(0, 45)}`] } : undefined;
        data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: changed, removed })).data;
        const sameDay = startOfShanghaiDay(before) === startOfShanghaiDay(nowMs);
        const figures = sameDay
          ? withoutFullPass(data.cases, () => index.figures(data.cases, nowMs))
          : index.figures(data.cases, nowMs);
        expect(figures).toEqual(periodFigures(data.cases.values(), nowMs));
      }
      expect(startOfShanghaiDay(nowMs)).toBeGreaterThan(Date.parse('2025-06-30T21:00:00+08:00'));
    }
  });

  it('counts a case as it falls due with no delta at all', () => {
    const cases = new Map([['R', registered('R', now - HOUR, now + HOUR)]]);
    const index = new PeriodFigureIndex();
    expect(index.figures(cases, now).today.due).toBe(0);
    const later = now + 2 * HOUR;
    expect(withoutFullPass(cases, () => index.figures(cases, later)).today.due).toBe(1);
    expect(periodFigures(cases.values(), later).today.due).toBe(1);
  });
});

describe('caseClocksFrom', () => {
  it('equals caseClocks through deltas, reading only the changed cases within a tick', () => {
    const { random, next, fresh, MIN } = randomStreet(9);
    let nowMs = Date.parse('2025-06-10T09:00:00+08:00');
    let tick = 0;
    let data = applySnapshot(
      makeSnapshot(1, { cases: Array.from({ length: 40 }, (_, i) => fresh(`c${i}`, nowMs)) }),
    );
    const index = new CaseClockIndex();
    for (let k = 0; k < 300; k += 1) {
      // Time moves on by ticks; within one the clocks are as of its start (like the map's labels).
      const newTick = random.chance(0.1);
      if (newTick) {
        tick += 1;
        nowMs += random.int(1, 40) * MIN;
      }
      const changed: Case[] = [];
      for (let n = random.int(0, 3); n > 0; n -= 1) {
        const id = `c${random.int(0, 55)}`;
        const c = data.cases.get(id);
        changed.push(c ? next(c, nowMs) : fresh(id, nowMs));
      }
      const removed = random.chance(0.05) ? { cases: [`c${random.int(0, 55)}`] } : undefined;
      data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: changed, removed })).data;
      const clocks =
        newTick || k === 0
          ? caseClocksFrom(index.sync(data.cases, nowMs, undefined, tick), 6)
          : withoutFullPass(data.cases, () =>
              caseClocksFrom(index.sync(data.cases, nowMs, undefined, tick), 6),
            );
      expect(clocks).toEqual(caseClocks(data.cases.values(), nowMs, 6));
    }
  });
});
