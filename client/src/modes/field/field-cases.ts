// The field page's list: the cases dispatched to this person and not finished, what needs them
// first (new ones to accept, then the least time left), and the photo size rule.
import type { Case, CaseState } from '../../../../core/domain/model';
import { slaStatus } from '../../../../core/domain/sla';
import type { WorkingCalendar } from '../../../../core/domain/working-calendar';
import { PHOTO_LIMITS } from '../../../../core/protocol/photos';

/** States in which a case is in the assignee's hands. */
const MINE: readonly CaseState[] = ['dispatched', 'in-progress', 'postponed', 'handled'];
const STATE_ORDER: Readonly<Partial<Record<CaseState, number>>> = {
  dispatched: 0, // to accept
  'in-progress': 1,
  postponed: 2,
  handled: 3, // done, waiting for the check
};

export function myCases(
  cases: Iterable<Case>,
  personId: string,
  nowMs: number,
  calendar?: WorkingCalendar,
): Case[] {
  const mine = [...cases].filter((c) => c.assignee?.id === personId && MINE.includes(c.state));
  const left = (c: Case) => {
    const sla = slaStatus(c, nowMs, calendar);
    return sla?.running ? sla.remainingMs : Infinity;
  };
  return mine.sort(
    (a, b) =>
      (STATE_ORDER[a.state] ?? 9) - (STATE_ORDER[b.state] ?? 9) ||
      left(a) - left(b) ||
      a.severity - b.severity ||
      a.id.localeCompare(b.id),
  );
}

/** Photos are resized in the browser to at most this many pixels before upload. */
export const MAX_PHOTO_PIXELS = 2_000_000;
/** The server takes photos up to this size. */
export const MAX_PHOTO_BYTES = PHOTO_LIMITS.bytes;
/** A picked file larger than this is not even decoded (a phone camera's photo is ~3–12 MB). */
export const MAX_PICKED_BYTES = 40 * 1024 * 1024;

/** The size to draw a width×height image at so that it has at most maxPixels, keeping its shape. */
export function fitWithin(
  width: number,
  height: number,
  maxPixels = MAX_PHOTO_PIXELS,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const pixels = width * height;
  if (pixels <= maxPixels) return { width, height };
  const scale = Math.sqrt(maxPixels / pixels);
  // Floors keep the result at or under the limit.
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

export type PhotoProblem = 'type' | 'too-large';

/** Why a picked file cannot be a photo, before any work is done on it; null when it may be. */
export function checkPickedFile(file: { type: string; size: number }): PhotoProblem | null {
  if (!file.type.startsWith('image/')) return 'type';
  if (file.size > MAX_PICKED_BYTES) return 'too-large';
  return null;
}
