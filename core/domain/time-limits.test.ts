import { describe, expect, it } from 'vitest';
import calendarFile from '../../data/rules/calendar-cn-2026.json';
import rulesFile from '../../data/rules/time-limits.json';
import { CATEGORY_IDS, type CategoryId } from './categories';
import type { CaseHistoryEntry } from './model';
import { deadlineOf, limitMinutes, registrationSla, timeLimitRulesSchema } from './time-limits';
import { buildCalendar } from './working-calendar';
import { calendarFileSchema } from './working-calendar-file';

const calendar = buildCalendar([calendarFileSchema.parse(calendarFile)]);
const rules = timeLimitRulesSchema.parse(rulesFile);
const sh = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const show = (ms: number | null) =>
  ms === null ? null : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const actor = { kind: 'user' as const, id: 'd1', role: 'dispatcher' as const };

describe('the time limits file', () => {
  it('gives every category a limit', () => {
    expect(Object.keys(rules.limits).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('is refused when a category is missing or a unit is unknown', () => {
    const { noise: _noise, ...rest } = rulesFile.limits;
    expect(timeLimitRulesSchema.safeParse({ ...rulesFile, limits: rest }).success).toBe(false);
    const weeks = { ...rulesFile.limits, noise: { clock: 'working', amount: 1, unit: 'weeks' } };
    expect(timeLimitRulesSchema.safeParse({ ...rulesFile, limits: weeks }).success).toBe(false);
  });

  it('runs fire, gatherings and safety hazards in minutes, around the clock', () => {
    for (const id of ['fire-smoke', 'crowd-gathering', 'safety-hazard'] as const) {
      expect(rules.limits[id].clock).toBe('around-the-clock');
      expect(limitMinutes(rules.limits[id], calendar)).toBeLessThanOrEqual(60);
    }
    expect(limitMinutes(rules.limits['road-damage'], calendar)).toBe(5 * 450);
  });
});

describe('registrationSla and deadlineOf', () => {
  it.each<[CategoryId, string, string]>([
    ['fire-smoke', '2026-03-07 23:50', '2026-03-08 00:20'], // Saturday night: wall clock
    ['high-altitude-throwing', '2026-10-03 15:00', '2026-10-03 17:00'], // during 国庆
    ['safety-hazard', '2026-02-16 23:30', '2026-02-17 00:30'], // 除夕
    ['road-damage', '2026-03-04 10:00', '2026-03-11 10:00'], // five working days
    ['road-damage', '2026-09-29 10:00', '2026-10-12 10:00'], // across 国庆 and the Saturday worked
    ['garbage-overflow', '2026-03-06 16:00', '2026-03-09 16:00'], // Friday to Monday
    ['noise', '2026-03-06 16:00', '2026-03-09 11:00'], // 1.5 h Friday + 2.5 h Monday
    ['noise', '2026-03-04 20:00', '2026-03-05 14:00'], // at night: 3.5 h the next morning, 0.5 h after lunch
    ['illegal-parking', '2026-02-13 16:30', '2026-02-14 09:30'], // into the Saturday worked
  ])('%s registered %s is due %s', (category, registered, due) => {
    const sla = registrationSla(category, sh(registered), rules, calendar);
    expect(show(Date.parse(sla.deadline))).toBe(due);
    expect(sla.clock).toBe(rules.limits[category].clock);
    const history: CaseHistoryEntry[] = [
      {
        at: new Date(sh(registered)).toISOString(),
        action: 'register',
        from: 'verified',
        to: 'registered',
        actor,
      },
    ];
    expect(show(deadlineOf({ category, history }, rules, calendar))).toBe(due);
  });

  it('has no deadline before registration, and the latest postponement moves it', () => {
    expect(deadlineOf({ category: 'noise' }, rules, calendar)).toBeNull();
    const step = (at: string, action: 'register' | 'postpone', deadline?: string): CaseHistoryEntry => ({
      at: new Date(sh(at)).toISOString(),
      action,
      from: 'registered',
      to: 'registered',
      actor,
      ...(deadline ? { deadline: new Date(sh(deadline)).toISOString() } : {}),
    });
    const history = [
      step('2026-03-04 10:00', 'register'),
      step('2026-03-05 10:00', 'postpone', '2026-03-20 17:30'),
      step('2026-03-19 10:00', 'postpone', '2026-03-27 17:30'),
    ];
    expect(show(deadlineOf({ category: 'road-damage', history }, rules, calendar))).toBe('2026-03-27 17:30');
  });
});
