// Time left beside the map's case markers: which open cases get a label (a running limit in
// warning or overdue, the most urgent first, at most a few dozen so the map stays readable and
// cheap) and the label's short text. Pure: the clock and the calendar come in.
import { isCaseOpen, type Case } from '../../../core/domain/model';
import { slaStatus, type SlaLevel } from '../../../core/domain/sla';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';
import { leastK } from '../state/least-k';
import { followMap } from '../state/map-lineage';

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

/** The case's label: an open case with a running limit in warning or overdue, else null. */
function slaLabelOf(c: Case, nowMs: number, calendar: WorkingCalendar | undefined): SlaLabel | null {
  if (!isCaseOpen(c.state) || !c.sla) return null;
  const sla = slaStatus(c, nowMs, calendar);
  if (!sla?.running || sla.level === 'ok') return null;
  return {
    id: c.id,
    position: [c.location.lon, c.location.lat],
    level: sla.level,
    remainingMs: sla.remainingMs,
    elapsedFraction: sla.elapsedFraction,
  };
}

/** The most used fraction first, at most `limit`. */
function mostUrgent(labels: Iterable<SlaLabel>, limit: number): SlaLabel[] {
  return leastK(
    labels,
    limit,
    (a, b) =>
      b.elapsedFraction - a.elapsedFraction || a.remainingMs - b.remainingMs || a.id.localeCompare(b.id),
  );
}

/** Open cases with a running limit in warning or overdue: the most used fraction first, at most `limit`. */
export function selectSlaLabels(
  cases: Iterable<Case>,
  nowMs: number,
  calendar: WorkingCalendar | undefined,
  limit = MAX_SLA_LABELS,
): SlaLabel[] {
  const labels: SlaLabel[] = [];
  for (const c of cases) {
    const label = slaLabelOf(c, nowMs, calendar);
    if (label) labels.push(label);
  }
  return mostUrgent(labels, limit);
}

/**
 * selectSlaLabels kept from each delta: a changed case's label is worked out again when it
 * changes, and every label on a new tick (time left moves on) or calendar.
 */
export class SlaLabelIndex {
  private readonly byId = new Map<string, SlaLabel>();
  private nowMs = 0;
  private calendar: WorkingCalendar | undefined;
  private tick = Number.NaN;
  private readonly follow = followMap<Case>({
    reset: (cases) => {
      this.byId.clear();
      for (const c of cases.values()) this.consider(c);
    },
    change: (was, now) => {
      if (was) this.byId.delete(was.id);
      if (now) this.consider(now);
    },
  });

  labels(
    cases: ReadonlyMap<string, Case>,
    nowMs: number,
    calendar: WorkingCalendar | undefined,
    tick: number,
    limit = MAX_SLA_LABELS,
  ): SlaLabel[] {
    const afresh = tick !== this.tick || calendar !== this.calendar;
    this.nowMs = nowMs;
    this.calendar = calendar;
    this.tick = tick;
    this.follow(cases, afresh);
    return mostUrgent(this.byId.values(), limit);
  }

  private consider(c: Case): void {
    const label = slaLabelOf(c, this.nowMs, this.calendar);
    if (label) this.byId.set(c.id, label);
  }
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
