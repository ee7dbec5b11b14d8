// Each category's handling time limit (data/rules/time-limits.json) and the deadline it gives a
// case: counted from registration, on working time or around the clock; a postponement moves it.
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from './categories';
import type { Case, CaseSla, LimitClock } from './model';
import { MINUTE_MS, toIso, toMs } from './time';
import { addWorkingTime, workingMinutesPerDay, type WorkingCalendar } from './working-calendar';

export const timeLimitSchema = z.strictObject({
  clock: z.enum(['working', 'around-the-clock']),
  amount: z.number().positive().max(10_000),
  /** With `working`, hours are working hours and days are working days. */
  unit: z.enum(['minutes', 'hours', 'days']),
});
export type TimeLimit = z.output<typeof timeLimitSchema>;

export const timeLimitRulesSchema = z.looseObject({
  version: z.literal(1),
  // A record keyed by an enum needs every key: a category without a limit is an error.
  limits: z.record(z.enum(CATEGORY_IDS), timeLimitSchema),
});
export type TimeLimitRules = z.output<typeof timeLimitRulesSchema>;

/** A limit in minutes of its clock: wall-clock minutes, or working minutes. */
export function limitMinutes(limit: TimeLimit, calendar: WorkingCalendar): number {
  if (limit.unit === 'minutes') return limit.amount;
  if (limit.unit === 'hours') return limit.amount * 60;
  return limit.amount * (limit.clock === 'working' ? workingMinutesPerDay(calendar) : 24 * 60);
}

/** The moment a limit that starts at `fromMs` runs out. */
export function addLimit(fromMs: number, limit: TimeLimit, calendar: WorkingCalendar): number {
  const minutes = limitMinutes(limit, calendar);
  return limit.clock === 'working' ? addWorkingTime(fromMs, minutes, calendar) : fromMs + minutes * MINUTE_MS;
}

/** The time limit a case of `category` registered at `fromMs` gets. */
export function registrationSla(
  category: CategoryId,
  fromMs: number,
  rules: TimeLimitRules,
  calendar: WorkingCalendar,
): CaseSla {
  const limit = rules.limits[category];
  const clock: LimitClock = limit.clock;
  return { from: toIso(fromMs), deadline: toIso(addLimit(fromMs, limit, calendar)), clock };
}

/**
 * A case's deadline from its history: the limit from its registration, or the latest postponement's
 * deadline after it. Null before registration. (The case's `sla` holds the same, as decided when the
 * events were taken; this recomputes it with today's rules.)
 */
export function deadlineOf(
  c: Pick<Case, 'category' | 'history' | 'sla'>,
  rules: TimeLimitRules,
  calendar: WorkingCalendar,
): number | null {
  const history = c.history ?? [];
  const registered = history.find((h) => h.action === 'register');
  const fromIso = registered?.at ?? c.sla?.from;
  if (fromIso === undefined) return null;
  let deadline = addLimit(toMs(fromIso), rules.limits[c.category], calendar);
  for (const h of history) if (h.action === 'postpone' && h.deadline) deadline = toMs(h.deadline);
  return deadline;
}
