// GET /api/v1/rules: the time limits by category and the working calendar, so that screens
// compute time left with core's own functions (sla.ts) instead of a copy of the rules.
import type { TimeLimitRules } from '../domain/time-limits';
import type { TransitionLimits } from '../domain/transition';
import type { WorkingCalendar, WorkingPeriod } from '../domain/working-calendar';

export const RULES_PATH = '/api/v1/rules';

export interface RulesResponse {
  timeLimits: TimeLimitRules;
  calendar: {
    periods: WorkingPeriod[];
    holidays: string[]; // yyyymmdd
    workdays: string[]; // adjusted working days, yyyymmdd
    years: number[];
  };
}

export function rulesToWire(limits: TransitionLimits): RulesResponse {
  const { calendar } = limits;
  return {
    timeLimits: limits.rules,
    calendar: {
      periods: [...calendar.periods],
      holidays: [...calendar.holidays].sort(),
      workdays: [...calendar.workdays].sort(),
      years: [...calendar.years],
    },
  };
}

/** The limits as core's functions take them. */
export function rulesFromWire(wire: RulesResponse): TransitionLimits {
  const calendar: WorkingCalendar = {
    periods: wire.calendar.periods,
    holidays: new Set(wire.calendar.holidays),
    workdays: new Set(wire.calendar.workdays),
    years: wire.calendar.years,
  };
  return { rules: wire.timeLimits, calendar };
}
