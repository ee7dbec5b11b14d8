// Chinese working time in Asia/Shanghai: working days (Monday to Friday, minus public holidays,
// plus the adjusted working weekend days, 调休) and working hours, from calendar files in
// data/rules/. Days outside the years the files cover count by weekday alone.
import type { CalendarFile } from './working-calendar-file';
import {
  DAY_MS,
  MINUTE_MS,
  SHANGHAI_OFFSET_MS,
  shanghaiDayKey,
  shanghaiWeekday,
  startOfShanghaiDay,
} from './time';

export interface WorkingPeriod {
  start: number; // minutes after Shanghai midnight
  end: number;
}

export interface WorkingCalendar {
  periods: readonly WorkingPeriod[];
  holidays: ReadonlySet<string>; // yyyymmdd
  workdays: ReadonlySet<string>; // adjusted working days (weekends worked), yyyymmdd
  years: readonly number[];
}

/** Minutes after midnight of an "HH:MM" time. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const dayKey = (isoDate: string) => isoDate.replaceAll('-', '');

/** One calendar from the files of several years; they must agree on working hours. */
export function buildCalendar(files: readonly CalendarFile[]): WorkingCalendar {
  const first = files[0];
  if (!first) throw new Error('at least one calendar file is needed');
  const hours = JSON.stringify(first.workingHours);
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const file of files) {
    if (JSON.stringify(file.workingHours) !== hours)
      throw new Error(`calendar ${file.year}: working hours differ from ${first.year}`);
    for (const h of file.holidays) {
      // Whole days from `from` to `to`, counted in UTC dates (no offset involved in a date's key).
      for (let ms = Date.parse(h.from); ms <= Date.parse(h.to); ms += DAY_MS)
        holidays.add(dayKey(new Date(ms).toISOString().slice(0, 10)));
    }
    for (const w of file.workdays) workdays.add(dayKey(w.date));
  }
  return {
    periods: first.workingHours.map((p) => ({ start: minutesOf(p.from), end: minutesOf(p.to) })),
    holidays,
    workdays,
    years: files.map((f) => f.year).sort((a, b) => a - b),
  };
}

/** Whether the Shanghai day containing `ms` is a working day. */
export function isCalendarWorkingDay(ms: number, calendar: WorkingCalendar): boolean {
  const key = shanghaiDayKey(ms);
  if (calendar.workdays.has(key)) return true;
  if (calendar.holidays.has(key)) return false;
  const weekday = shanghaiWeekday(ms);
  return weekday >= 1 && weekday <= 5;
}

/** Working minutes in one working day (e.g. 450 for 08:30–12:00 and 13:30–17:30). */
export function workingMinutesPerDay(calendar: WorkingCalendar): number {
  return calendar.periods.reduce((sum, p) => sum + p.end - p.start, 0);
}

/** No limit reaches further than this; a calendar without working time would loop forever. */
const MAX_DAYS = 3660;

/** The moment `minutes` of working time after `startMs`. */
export function addWorkingTime(startMs: number, minutes: number, calendar: WorkingCalendar): number {
  let remaining = minutes * MINUTE_MS;
  if (remaining <= 0) return startMs;
  let day = startOfShanghaiDay(startMs);
  for (let i = 0; i < MAX_DAYS; i++, day += DAY_MS) {
    if (!isCalendarWorkingDay(day, calendar)) continue;
    for (const p of calendar.periods) {
      const from = Math.max(day + p.start * MINUTE_MS, startMs);
      const to = day + p.end * MINUTE_MS;
      if (to <= from) continue;
      if (to - from >= remaining) return from + remaining;
      remaining -= to - from;
    }
  }
  throw new Error(`no ${minutes} working minutes within ${MAX_DAYS} days`);
}

/** The timeline counts working time from Shanghai midnight of 1 January 2020, for 80 years. */
const TIMELINE_START = Date.UTC(2020, 0, 1) - SHANGHAI_OFFSET_MS;
const TIMELINE_DAYS = 29_220;

/**
 * Working time summed day by day from TIMELINE_START, built as far as it is asked for: the working
 * time before a moment is then one lookup and the part of its own day, however long ago a limit
 * began. Working minutes between two moments are the difference.
 */
class WorkingTimeline {
  /** before[i]: working ms in the timeline's first i days. */
  private readonly before: number[] = [0];
  /** working[i]: whether day i is a working day. */
  private readonly working: boolean[] = [];

  constructor(private readonly calendar: WorkingCalendar) {}

  /** Working ms from TIMELINE_START to `ms`; NaN outside the timeline. */
  workedBefore(ms: number): number {
    const i = Math.floor((ms - TIMELINE_START) / DAY_MS);
    if (!(i >= 0 && i < TIMELINE_DAYS)) return Number.NaN;
    while (this.working.length <= i) {
      const day = this.working.length;
      this.working.push(isCalendarWorkingDay(TIMELINE_START + day * DAY_MS, this.calendar));
      this.before.push(this.before[day]! + this.workedIn(day, Number.POSITIVE_INFINITY));
    }
    return this.before[i]! + this.workedIn(i, ms);
  }

  /** Working ms of day i before `untilMs`. */
  private workedIn(i: number, untilMs: number): number {
    if (!this.working[i]) return 0;
    const day = TIMELINE_START + i * DAY_MS;
    let total = 0;
    for (const p of this.calendar.periods) {
      const to = Math.min(day + p.end * MINUTE_MS, untilMs);
      if (to > day + p.start * MINUTE_MS) total += to - (day + p.start * MINUTE_MS);
    }
    return total;
  }
}

const timelines = new WeakMap<WorkingCalendar, WorkingTimeline>();

function timelineOf(calendar: WorkingCalendar): WorkingTimeline {
  let timeline = timelines.get(calendar);
  if (!timeline) timelines.set(calendar, (timeline = new WorkingTimeline(calendar)));
  return timeline;
}

/**
 * Working minutes from `aMs` to `bMs` (negative when `bMs` is earlier). Within 2020–2099 from the
 * calendar's timeline, in constant time; outside it day by day.
 */
export function workingMinutesBetween(aMs: number, bMs: number, calendar: WorkingCalendar): number {
  if (bMs < aMs) return -workingMinutesBetween(bMs, aMs, calendar);
  const timeline = timelineOf(calendar);
  const worked = timeline.workedBefore(bMs) - timeline.workedBefore(aMs);
  return Number.isNaN(worked) ? workingMinutesDayByDay(aMs, bMs, calendar) : worked / MINUTE_MS;
}

/** Working minutes from `aMs` (not after `bMs`) to `bMs`, counted day by day. */
export function workingMinutesDayByDay(aMs: number, bMs: number, calendar: WorkingCalendar): number {
  let total = 0;
  for (let day = startOfShanghaiDay(aMs); day < bMs; day += DAY_MS) {
    if (!isCalendarWorkingDay(day, calendar)) continue;
    for (const p of calendar.periods) {
      const from = Math.max(day + p.start * MINUTE_MS, aMs);
      const to = Math.min(day + p.end * MINUTE_MS, bMs);
      if (to > from) total += to - from;
    }
  }
  return total / MINUTE_MS;
}
