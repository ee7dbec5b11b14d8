// Times as the command centre reads them: Asia/Shanghai, 24-hour clock.

export const TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hourCycle: 'h23', ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** 14:05:09 */
export function formatClockTime(ms: number, locale: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(ms);
}

/** 2025年6月1日 星期日 / Sun, Jun 1, 2025 */
export function formatClockDate(ms: number, locale: string): string {
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(ms);
}

/** 14:05 */
export function formatHourMinute(iso: string, locale: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));
}

/** 06-01 14:05 */
export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(Date.parse(iso));
}

/** The calendar day in Shanghai, e.g. "2025-06-01", for "new today". */
export function shanghaiDay(ms: number): string {
  // en-CA formats as YYYY-MM-DD.
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** The largest whole unit of a duration, for "3分钟" and "Reconnecting 12 s". */
export function splitDuration(ms: number): { n: number; unit: DurationUnit } {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return { n: s, unit: 'seconds' };
  if (s < 3600) return { n: Math.floor(s / 60), unit: 'minutes' };
  if (s < 86_400) return { n: Math.floor(s / 3600), unit: 'hours' };
  return { n: Math.floor(s / 86_400), unit: 'days' };
}
