import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/domain/model';
import { makeCase } from '../../test-support/fixtures';
import { caseClocks, periodFigures } from './case-figures';

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
