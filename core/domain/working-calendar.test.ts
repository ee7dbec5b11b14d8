import { describe, expect, it } from 'vitest';
import calendarFile from '../../data/rules/calendar-cn-2026.json';
import {
  addWorkingTime,
  buildCalendar,
  isCalendarWorkingDay,
  workingMinutesBetween,
  workingMinutesDayByDay,
  workingMinutesPerDay,
} from './working-calendar';
import { calendarFileSchema } from './working-calendar-file';

const calendar = buildCalendar([calendarFileSchema.parse(calendarFile)]);
/** A Shanghai wall-clock time, e.g. '2026-03-04 10:00'. */
const sh = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const show = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('the 2026 calendar file', () => {
  it('has 08:30–12:00 and 13:30–17:30: 7.5 working hours a day', () => {
    expect(calendar.periods).toEqual([
      { start: 510, end: 720 },
      { start: 810, end: 1050 },
    ]);
    expect(workingMinutesPerDay(calendar)).toBe(450);
  });

  it.each([
    ['2026-01-01', false], // 元旦, Thursday
    ['2026-01-04', true], // Sunday worked for 元旦
    ['2026-02-14', true], // Saturday worked for 春节
    ['2026-02-16', false], // 除夕, Monday
    ['2026-02-23', false], // last day of 春节, Monday
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday worked for 春节
    ['2026-04-06', false], // 清明, Monday
    ['2026-05-05', false], // 劳动节, Tuesday
    ['2026-05-09', true], // Saturday worked
    ['2026-06-19', false], // 端午, Friday
    ['2026-09-20', true], // Sunday worked for 国庆
    ['2026-09-25', false], // 中秋, Friday
    ['2026-10-07', false], // 国庆, Wednesday
    ['2026-10-10', true], // Saturday worked for 国庆
    ['2026-03-07', false], // an ordinary Saturday
    ['2027-03-01', true], // outside the file: Monday by weekday
  ])('%s working: %s', (day, working) => {
    expect(isCalendarWorkingDay(sh(`${day} 12:00`), calendar)).toBe(working);
  });

  it('rejects a file with overlapping hours or a holiday outside its year', () => {
    const bad = {
      ...calendarFile,
      workingHours: [
        { from: '13:00', to: '17:00' },
        { from: '08:30', to: '12:00' },
      ],
    };
    expect(calendarFileSchema.safeParse(bad).success).toBe(false);
    const stray = { ...calendarFile, holidays: [{ name: 'x', from: '2025-12-31', to: '2026-01-01' }] };
    expect(calendarFileSchema.safeParse(stray).success).toBe(false);
  });
});

describe('addWorkingTime', () => {
  it.each([
    ['2026-03-04 10:00', 0, '2026-03-04 10:00'],
    ['2026-03-04 11:00', 60, '2026-03-04 12:00'], // ends as the morning ends
    ['2026-03-04 11:30', 60, '2026-03-04 14:00'], // across lunch
    ['2026-03-04 12:30', 30, '2026-03-04 14:00'], // starts in lunch
    ['2026-03-04 17:00', 60, '2026-03-05 09:00'], // across the night
    ['2026-03-04 22:00', 30, '2026-03-05 09:00'], // starts at night
    ['2026-03-06 17:00', 60, '2026-03-09 09:00'], // Friday across the weekend
    ['2026-03-07 10:00', 30, '2026-03-09 09:00'], // starts on Saturday
    ['2026-03-04 10:00', 5 * 450, '2026-03-11 10:00'], // five working days
    ['2026-09-30 17:00', 60, '2026-10-08 09:00'], // across 国庆
    ['2026-10-09 17:00', 60, '2026-10-10 09:00'], // into the Saturday worked
    ['2026-02-13 17:00', 60, '2026-02-14 09:00'], // into the Saturday worked for 春节
    ['2026-02-14 17:00', 60, '2026-02-24 09:00'], // across 春节
    ['2025-12-31 17:00', 60, '2026-01-04 09:00'], // across 元旦 to the Sunday worked
    ['2026-09-18 17:00', 60, '2026-09-20 09:00'], // Friday to the Sunday worked
  ])('%s + %i min = %s', (start, minutes, end) => {
    expect(show(addWorkingTime(sh(start), minutes, calendar))).toBe(end);
  });

  it('refuses a calendar without working time instead of looping', () => {
    expect(() => addWorkingTime(0, 1, { ...calendar, periods: [] })).toThrow(/working minutes/);
  });
});

describe('workingMinutesBetween', () => {
  /** Day by day, as the definition reads (either order). */
  const dayByDay = (aMs: number, bMs: number): number =>
    bMs < aMs ? -workingMinutesDayByDay(bMs, aMs, calendar) : workingMinutesDayByDay(aMs, bMs, calendar);

  it.each([
    ['2026-03-04 11:00', '2026-03-04 14:00', 90],
    ['2026-03-06 17:00', '2026-03-09 09:00', 60],
    ['2026-03-09 00:00', '2026-03-16 00:00', 5 * 450],
    ['2026-09-28 00:00', '2026-10-12 00:00', 6 * 450], // 3 days, 国庆, Thu, Fri and the Saturday worked
    ['2026-03-04 19:00', '2026-03-04 23:00', 0],
    ['2026-03-09 09:00', '2026-03-06 17:00', -60],
  ])('%s to %s: %i', (a, b, minutes) => {
    expect(workingMinutesBetween(sh(a), sh(b), calendar)).toBe(minutes);
    expect(dayByDay(sh(a), sh(b))).toBe(minutes);
  });

  it('undoes addWorkingTime from any start', () => {
    let start = sh('2026-01-01 00:00');
    for (let i = 0; i < 400; i++) {
      start += 19 * 3_600_000 + 7 * 60_000; // steps through every hour of the day and week
      const minutes = (i * 37) % 3000;
      expect(workingMinutesBetween(start, addWorkingTime(start, minutes, calendar), calendar)).toBe(minutes);
    }
  });

  it('counts as day by day does, for spans from minutes to years, also across the ends of 2020–2099', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const from = sh('2019-06-01 00:00');
    const spanMs = sh('2027-06-01 00:00') - from;
    for (let i = 0; i < 2000; i++) {
      const a = from + Math.floor(random() * spanMs);
      const within = i % 50 === 0 ? spanMs : (i % 2 === 0 ? 3 : 60) * 86_400_000;
      const b = a + Math.floor((random() - 0.2) * within);
      expect(workingMinutesBetween(a, b, calendar), `${show(a)} to ${show(b)}`).toBe(dayByDay(a, b));
    }
    const end = sh('2100-01-01 00:00');
    for (const [a, b] of [
      [sh('2099-12-31 09:00'), sh('2100-01-04 10:00')],
      [sh('2099-12-30 09:00'), end],
      [sh('2019-12-31 09:00'), sh('2020-01-02 10:00')],
    ] as const)
      expect(workingMinutesBetween(a, b, calendar)).toBe(dayByDay(a, b));
  });

  it('counts no time between moments that do not parse', () => {
    expect(workingMinutesBetween(Number.NaN, sh('2026-03-04 10:00'), calendar)).toBe(0);
  });
});
