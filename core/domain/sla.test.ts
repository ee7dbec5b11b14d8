import { describe, expect, it } from 'vitest';
import calendarFile from '../../data/rules/calendar-cn-2026.json';
import type { Case, CaseSla, CaseState } from './model';
import { slaLevelHoldsUntil, slaLimitOf, slaStatus, slaStatusAt } from './sla';
import { buildCalendar } from './working-calendar';
import { calendarFileSchema } from './working-calendar-file';

const calendar = buildCalendar([calendarFileSchema.parse(calendarFile)]);
const sh = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const isoSh = (s: string) => new Date(sh(s)).toISOString();
const actor = { kind: 'user' as const, id: 'GW1', role: 'grid-worker' as const };

function at(state: CaseState, sla: CaseSla | undefined, handledAt?: string) {
  return {
    state,
    sla,
    updatedAt: isoSh('2026-03-04 10:00'),
    history: handledAt
      ? [
          {
            at: isoSh(handledAt),
            action: 'handle' as const,
            from: 'in-progress' as const,
            to: 'handled' as const,
            actor,
          },
        ]
      : [],
  } satisfies Pick<Case, 'state' | 'sla' | 'history' | 'updatedAt'>;
}

// A fire reported at 10:00, due at 10:30, around the clock.
const fire: CaseSla = {
  from: isoSh('2026-03-07 10:00'),
  deadline: isoSh('2026-03-07 10:30'),
  clock: 'around-the-clock',
};
// Garbage registered on Friday 16:00, due Monday 16:00 (one working day).
const garbage: CaseSla = {
  from: isoSh('2026-03-06 16:00'),
  deadline: isoSh('2026-03-09 16:00'),
  clock: 'working',
};

describe('slaStatus', () => {
  it.each([
    ['2026-03-07 10:00', 0, 'ok'],
    ['2026-03-07 10:15', 0.5, 'ok'],
    ['2026-03-07 10:23', 23 / 30, 'warning'],
    ['2026-03-07 10:30', 1, 'overdue'],
    ['2026-03-07 11:00', 2, 'overdue'],
  ])('an around-the-clock case at %s: %f, %s', (now, fraction, level) => {
    const s = slaStatus(at('in-progress', fire), sh(now));
    expect(s).toMatchObject({ elapsedFraction: fraction, level, deadline: fire.deadline, running: true });
    expect(s?.remainingMs).toBe(sh('2026-03-07 10:30') - sh(now));
  });

  it('warns at exactly 75 %', () => {
    const s = slaStatus(at('in-progress', fire), sh('2026-03-07 10:22') + 30_000);
    expect(s).toMatchObject({ elapsedFraction: 0.75, level: 'warning' });
  });

  it('counts a working-time case in working minutes: no warning over the weekend', () => {
    const monday = sh('2026-03-09 09:30'); // 90 min on Friday + 60 on Monday = 150 of 450
    expect(slaStatus(at('dispatched', garbage), monday, calendar)).toMatchObject({ level: 'ok' });
    expect(slaStatus(at('dispatched', garbage), monday, calendar)?.elapsedFraction).toBeCloseTo(1 / 3);
    // Without the calendar it falls back to wall-clock time: 65.5 h of 72 h.
    expect(slaStatus(at('dispatched', garbage), monday)).toMatchObject({ level: 'warning' });
    expect(slaStatus(at('dispatched', garbage), sh('2026-03-09 14:15'), calendar)?.level).toBe('warning'); // 345 of 450
    expect(slaStatus(at('dispatched', garbage), sh('2026-03-09 14:00'), calendar)?.level).toBe('ok'); // 330 of 450
    expect(slaStatus(at('dispatched', garbage), sh('2026-03-09 16:00'), calendar)?.level).toBe('overdue');
  });

  it('stops the clock at the handling', () => {
    const s = slaStatus(at('handled', fire, '2026-03-07 10:20'), sh('2026-03-07 12:00'));
    expect(s).toMatchObject({ level: 'ok', running: false, remainingMs: 10 * 60_000 });
    expect(slaStatus(at('closed', fire, '2026-03-07 10:40'), sh('2026-03-08 12:00'))?.level).toBe('overdue');
  });

  it('runs no clock before registration, for rejected and for backlog cases', () => {
    for (const state of ['reported', 'verified', 'rejected', 'backlog'] as const)
      expect(slaStatus(at(state, fire), sh('2026-03-07 12:00'))).toBeNull();
    expect(slaStatus(at('registered', undefined), sh('2026-03-07 12:00'))).toBeNull();
  });

  it('uses the postponed deadline', () => {
    const postponed = { ...fire, deadline: isoSh('2026-03-07 12:00') };
    expect(slaStatus(at('postponed', postponed), sh('2026-03-07 11:00'))).toMatchObject({
      level: 'ok',
      elapsedFraction: 0.5,
    });
  });
});

describe('slaLevelHoldsUntil', () => {
  const MINUTE = 60_000;
  // Every minute of a week from the garbage case's registration, and of a day around the fire's.
  const minutes = (from: string, count: number) =>
    Array.from({ length: count }, (_, i) => sh(from) + i * MINUTE);

  it.each([
    ['an around-the-clock limit', fire, undefined, minutes('2026-03-07 09:00', 24 * 60)],
    ['a working-time limit', garbage, calendar, minutes('2026-03-06 15:00', 7 * 24 * 60)],
  ] as const)('%s keeps its level until then', (_, sla, cal, times) => {
    const limit = slaLimitOf(at('in-progress', sla), cal)!;
    let firstChange = Number.POSITIVE_INFINITY;
    const start = slaStatusAt(limit, times[0]!, cal);
    const holds = slaLevelHoldsUntil(limit, start, times[0]!);
    for (const t of times) {
      if (slaStatusAt(limit, t, cal).level !== start.level) {
        firstChange = t;
        break;
      }
    }
    expect(holds).toBeGreaterThan(times[0]!); // on time: not read again at once
    expect(holds).toBeLessThanOrEqual(firstChange); // and never later than the warning
    // Checked again from every moment before the warning, the bound still holds.
    for (const t of times.filter((x) => x < firstChange))
      expect(slaLevelHoldsUntil(limit, slaStatusAt(limit, t, cal), t)).toBeLessThanOrEqual(firstChange);
  });

  it('is exact for an around-the-clock limit: the warning starts at 75 % of the time', () => {
    const limit = slaLimitOf(at('in-progress', fire))!;
    const now = sh('2026-03-07 10:05');
    expect(slaLevelHoldsUntil(limit, slaStatusAt(limit, now), now)).toBe(sh('2026-03-07 10:22') + 30_000);
  });

  it('is now for a limit already warning, overdue or stopped', () => {
    const now = sh('2026-03-07 10:25');
    const limit = slaLimitOf(at('in-progress', fire))!;
    expect(slaLevelHoldsUntil(limit, slaStatusAt(limit, now), now)).toBe(now);
    const stopped = slaLimitOf(at('handled', fire, '2026-03-07 10:05'))!;
    expect(slaLevelHoldsUntil(stopped, slaStatusAt(stopped, now), now)).toBe(now);
  });
});
