// Times as the street reads them: Shanghai wall-clock time, whatever the laptop's zone.
import { SHANGHAI_OFFSET_MS } from '../../../../core/domain/time';

/** "11-23 14:05" in Shanghai time. */
export function formatShanghai(ms: number): string {
  const text = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${text.slice(5, 10)} ${text.slice(11, 16)}`;
}

/** "2026-11-23 14:05" in Shanghai time. */
export function formatShanghaiFull(ms: number): string {
  const text = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)}`;
}

/** A period as "2026-11-16 14:05 – 2026-11-23 14:05". */
export function formatPeriod(fromMs: number, toMs: number): string {
  return `${formatShanghaiFull(fromMs)} – ${formatShanghaiFull(toMs)}`;
}

/** The value of a datetime-local input, in Shanghai time. */
export function toShanghaiInput(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local input's value read as Shanghai time; null if empty or malformed. */
export function fromShanghaiInput(value: string): number | null {
  const ms = Date.parse(`${value}:00Z`);
  return Number.isNaN(ms) ? null : ms - SHANGHAI_OFFSET_MS;
}
