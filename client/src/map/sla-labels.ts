// Time left beside the map's case markers: which open cases get a label (a running limit in
// warning or overdue, the most urgent first, at most a few dozen so the map stays readable and
// cheap) and the label's short text. Pure: the clock and the calendar come in.
import type { Case } from '../../../core/domain/model';
import type { SlaLevel } from '../../../core/domain/sla';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';
import { clockOf, groupOf, type CaseClock, type CaseClockIndex } from '../state/case-clocks';
import { leastK } from '../state/least-k';

/** More labels than this and the map turns into text. */
export const MAX_SLA_LABELS = 60;

export interface SlaLabel {
  id: string;
  position: [number, number];
  level: Exclude<SlaLevel, 'ok'>;
  /** Wall-clock time to the deadline; negative once overdue. */
  remainingMs: number;
  elapsedFraction: number;
}

/** The most used fraction first, at most `limit`, of clocks with a running limit in warning or overdue. */
function labelsOf(alerting: Iterable<CaseClock>, limit: number): SlaLabel[] {
  const first = leastK(
    alerting,
    limit,
    (a, b) =>
      b.sla!.elapsedFraction - a.sla!.elapsedFraction ||
      a.sla!.remainingMs - b.sla!.remainingMs ||
      a.case.id.localeCompare(b.case.id),
  );
  return first.map(({ case: c, sla }) => ({
    id: c.id,
    position: [c.location.lon, c.location.lat],
    level: sla!.level as SlaLabel['level'],
    remainingMs: sla!.remainingMs,
    elapsedFraction: sla!.elapsedFraction,
  }));
}

/** Open cases with a running limit in warning or overdue: the most used fraction first, at most `limit`. */
export function selectSlaLabels(
  cases: Iterable<Case>,
  nowMs: number,
  calendar: WorkingCalendar | undefined,
  limit = MAX_SLA_LABELS,
): SlaLabel[] {
  const alerting: CaseClock[] = [];
  for (const c of cases) {
    const clock = clockOf(c, nowMs, calendar);
    if (clock && groupOf(clock) === 'alerting') alerting.push(clock);
  }
  return labelsOf(alerting, limit);
}

/** selectSlaLabels from an index kept in step with the cases (state/case-clocks). */
export function slaLabelsFrom(index: CaseClockIndex, limit = MAX_SLA_LABELS): SlaLabel[] {
  return labelsOf(index.groups.alerting.values(), limit);
}

export type Translate = (key: string, values: Record<string, string | number>) => string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2时15分" / "1天3时" / "40分": the two largest units, time left rounded down to the minute. */
export function compactDuration(ms: number, t: Translate): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  if (d > 0) return t('mapSla.daysHours', { d, h });
  if (h > 0) return t('mapSla.hoursMinutes', { h, m });
  return t('mapSla.minutes', { m });
}

/** "剩 2时15分" before the deadline, "超 1天3时" after it. */
export function slaLabelText(remainingMs: number, t: Translate): string {
  const time = compactDuration(remainingMs, t);
  return remainingMs < 0 ? t('mapSla.over', { time }) : t('mapSla.left', { time });
}

/** A label with its text, as the map shows it. */
export interface SlaLabelDatum extends SlaLabel {
  text: string;
}

/** A box on the screen, in CSS pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which labels to draw, most urgent first: a label is drawn whole where its box runs into none
 * drawn before it and none of the `taken` boxes (the communities' names), and not at all otherwise.
 */
export function placeLabels(boxes: readonly ScreenBox[], taken: readonly ScreenBox[]): boolean[] {
  const drawn = [...taken];
  return boxes.map((box) => {
    if (drawn.some((other) => overlaps(box, other))) return false;
    drawn.push(box);
    return true;
  });
}
