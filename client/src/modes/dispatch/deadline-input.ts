// A postponement's new deadline as the form edits it: a datetime-local value read as Shanghai time.
import type { Case } from '../../../../core/domain/model';
import { DAY_MS, SHANGHAI_OFFSET_MS } from '../../../../core/domain/time';

/** "2026-03-05T18:00" for a moment, in Shanghai. */
export function toDeadlineInput(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** One day after the current deadline (or after now, when there is none or it has passed). */
export function defaultDeadlineInput(c: Pick<Case, 'sla'> | null, nowMs: number): string {
  const current = c?.sla ? Date.parse(c.sla.deadline) : NaN;
  const base = Number.isFinite(current) && current > nowMs ? current : nowMs;
  return toDeadlineInput(base + DAY_MS);
}

/** The ISO time of a datetime-local value taken as Shanghai time, or null when it is not one. */
export function deadlineFromInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = Date.parse(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
