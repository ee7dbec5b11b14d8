// Loads the rules a case's deadline comes from (RULES_DIR, default data/rules): the time limits
// by category and the working calendars (calendar-cn-<year>.json), checked with core's schemas.
// Read once at start; a bad file stops the server with a message naming it.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { timeLimitRulesSchema } from '../../../core/domain/time-limits';
import type { TransitionLimits } from '../../../core/domain/transition';
import { buildCalendar } from '../../../core/domain/working-calendar';
import { calendarFileSchema } from '../../../core/domain/working-calendar-file';

export const TIME_LIMITS_FILE = 'time-limits.json';
const CALENDAR_FILE = /^calendar-cn-\d{4}\.json$/;

export class RulesDataError extends Error {
  override name = 'RulesDataError';
}

function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new RulesDataError(
      missing
        ? `${file} is missing: set RULES_DIR to the folder holding ${what}`
        : `${file} is not valid JSON: ${(err as Error).message}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RulesDataError(
      `${file} does not look like ${what}: ${issue?.path.join('.') || '(file)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

export function loadTransitionLimits(dir: string): TransitionLimits {
  const rules = readJson(path.join(dir, TIME_LIMITS_FILE), timeLimitRulesSchema, 'time limits');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => CALENDAR_FILE.test(n)) : [];
  if (names.length === 0)
    throw new RulesDataError(`${dir} holds no working calendar (calendar-cn-<year>.json)`);
  const files = names.sort().map((name) => {
    const file = path.join(dir, name);
    const calendar = readJson(file, calendarFileSchema, 'a working calendar');
    if (!name.includes(String(calendar.year)))
      throw new RulesDataError(`${file} holds the year ${calendar.year}: the name should say so`);
    return calendar;
  });
  try {
    return { rules, calendar: buildCalendar(files) };
  } catch (err) {
    throw new RulesDataError(`${dir}: ${(err as Error).message}`);
  }
}
