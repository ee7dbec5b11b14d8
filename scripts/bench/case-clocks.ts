// The 30-second tick of the page's time-limit clocks (client/src/state/case-clocks) with tens of
// thousands of open cases: the index moved on (only what time can change is read again) against
// working every open case's limit out afresh (the naive way), on the same cases and moments.
import { performance } from 'node:perf_hooks';
import calendarFile from '../../data/rules/calendar-cn-2026.json';
import { CaseClockIndex } from '../../client/src/state/case-clocks';
import { makeCase } from '../../client/src/test-support/fixtures';
import type { Case, CaseState } from '../../core/domain/model';
import {
  buildCalendar,
  workingMinutesBetween,
  workingMinutesDayByDay,
  type WorkingCalendar,
} from '../../core/domain/working-calendar';
import { calendarFileSchema } from '../../core/domain/working-calendar-file';
import { quantile, type BenchResult } from './measure';

const MINUTE = 60_000;
const TICK_MS = 30_000;
const START = Date.parse('2026-03-09T09:00:00+08:00'); // a Monday morning
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `count` open cases; a share `limited` of them registered with a running limit, the rest just
 * reported; each opened (and registered) up to `withinMinutes` before the start.
 */
function openCases(count: number, limited: number, withinMinutes: number): Map<string, Case> {
  const cases = new Map<string, Case>();
  const states: CaseState[] = ['registered', 'dispatched', 'in-progress', 'postponed'];
  for (let i = 0; i < count; i++) {
    const id = `AJ20260309-${String(i).padStart(5, '0')}`;
    const openedMs = START - ((i * 7919) % withinMinutes) * MINUTE;
    const at = iso(openedMs);
    const hasLimit = i < count * limited;
    cases.set(
      id,
      makeCase(id, {
        severity: i % 9 === 0 ? 1 : 3,
        state: hasLimit ? states[i % states.length]! : 'reported',
        openedAt: at,
        updatedAt: at,
        lastReportAt: at,
        ...(hasLimit && {
          sla: {
            from: at,
            deadline: iso(openedMs + (60 + (i % 47) * 30) * MINUTE),
            clock: i % 2 === 0 ? 'working' : 'around-the-clock',
          },
        }),
      }),
    );
  }
  return cases;
}

export function benchCaseClocks(count = 50_000, ticks = 20): BenchResult[] {
  const calendar = buildCalendar([calendarFileSchema.parse(calendarFile)]);
  const rows: BenchResult[] = [];
  for (const [limited, withinMinutes, what] of [
    [0, 720, 'just reported, no limit yet (as the browser run feeds them)'],
    [1, 720, 'all registered in the last 12 hours with a running limit (a bad day)'],
    [1, 30 * 1440, 'all registered in the last 30 days with a running limit'],
  ] as const) {
    const cases = openCases(count, limited, withinMinutes);
    const moved = new CaseClockIndex().sync(cases, START, calendar, 0);
    const movedMs: number[] = [];
    const afreshMs: number[] = [];
    for (let tick = 1; tick <= ticks; tick++) {
      const now = START + tick * TICK_MS;
      let t = performance.now();
      moved.sync(cases, now, calendar, tick);
      movedMs.push(performance.now() - t);
      t = performance.now();
      const afresh = new CaseClockIndex().sync(cases, now, calendar, tick);
      afreshMs.push(performance.now() - t);
      const standing = (i: CaseClockIndex) =>
        [
          i.withLimit,
          i.overdue,
          i.groups.alerting.size,
          i.groups.urgentOnTime.size,
          i.groups.urgentUntimed.size,
        ].join();
      if (standing(moved) !== standing(afresh))
        throw new Error(`tick ${tick}: moved on ${standing(moved)}, afresh ${standing(afresh)}`);
    }
    const row = (name: string, ms: number[]) => {
      const median = quantile(ms, 0.5);
      return {
        name: `${name}, ${count.toLocaleString('en-US')} open cases ${what}: median ${median.toFixed(1)} ms, longest ${Math.max(...ms).toFixed(1)} ms`,
        operations: count,
        ms: median,
        perSecond: (count / median) * 1000,
      };
    };
    const fast = row('time-limit tick: the clocks moved on', movedMs);
    rows.push(
      { ...fast, budget: 'no long task: ≤ 50 ms', ok: Math.max(...movedMs) <= 50 },
      { ...row('time-limit tick: every open case worked out afresh', afreshMs), budget: 'naive', ok: true },
    );
  }
  rows.push(...benchWorkingTime(calendar, count));
  return rows;
}

/** Working minutes from registration to now for `count` limits registered over 30 days. */
function benchWorkingTime(calendar: WorkingCalendar, count: number): BenchResult[] {
  const froms = Array.from({ length: count }, (_, i) => START - ((i * 7919) % (30 * 1440)) * MINUTE);
  const now = START + TICK_MS;
  const time = (minutesBetween: (a: number, b: number, calendar: WorkingCalendar) => number) => {
    const ms: number[] = [];
    let sum = 0;
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      sum = 0;
      for (const from of froms) sum += minutesBetween(from, now, calendar);
      ms.push(performance.now() - t);
    }
    return { median: quantile(ms, 0.5), sum };
  };
  const timeline = time(workingMinutesBetween);
  const days = time(workingMinutesDayByDay);
  if (timeline.sum !== days.sum)
    throw new Error(`working minutes: ${timeline.sum} against ${days.sum} day by day`);
  const row = (how: string, median: number, budget: string) => ({
    name: `working minutes from registration to now, ${count.toLocaleString('en-US')} limits registered in the last 30 days, ${how}: ${median.toFixed(2)} ms`,
    operations: count,
    ms: median,
    perSecond: (count / median) * 1000,
    budget,
    ok: true,
  });
  return [row("from the calendar's timeline", timeline.median, '—'), row('day by day', days.median, 'naive')];
}
