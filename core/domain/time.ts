// Calendar helpers in Asia/Shanghai (UTC+8 all year, no daylight saving since 1991). A fixed
// offset keeps the core pure and deterministic: no dependence on the host's time zone data.

export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3600_000;
export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO time; NaN if it does not parse. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The Shanghai calendar day of a moment as `yyyymmdd`. */
export function shanghaiDayKey(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The moment the Shanghai day containing `ms` began. */
export function startOfShanghaiDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** Hour of the day in Shanghai as a fraction, 0 <= h < 24 (e.g. 8.5 for 08:30). */
export function shanghaiHour(ms: number): number {
  return (ms - startOfShanghaiDay(ms)) / HOUR_MS;
}

/** Day of the week in Shanghai, 0 = Sunday .. 6 = Saturday. */
export function shanghaiWeekday(ms: number): number {
  return new Date(ms + SHANGHAI_OFFSET_MS).getUTCDay();
}

export function isWorkingDay(ms: number): boolean {
  const day = shanghaiWeekday(ms);
  return day >= 1 && day <= 5;
}
