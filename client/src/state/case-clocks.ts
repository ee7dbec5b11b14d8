// Where every open case stands against its time limit (core/domain/sla), kept from each delta by
// the cases it changed and worked out again for every case once per tick (time left moves on).
// One index for the page: the map's time-left labels and the wall's clocks read the same groups,
// so each case's limit is worked out once however many views show it.
import { isCaseOpen, type Case } from '../../../core/domain/model';
import { slaStatus, type SlaStatus } from '../../../core/domain/sla';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';
import { followMap } from './map-lineage';

export interface CaseClock {
  case: Case;
  sla: SlaStatus | null;
}

/** The groups an open case's clock puts it in (none for a routine case on time or without a limit). */
export type ClockGroup = 'alerting' | 'urgentOnTime' | 'urgentUntimed';

/** Where an open case stands (null for a closed one). */
export function clockOf(c: Case, nowMs: number, calendar: WorkingCalendar | undefined): CaseClock | null {
  return isCaseOpen(c.state) ? { case: c, sla: slaStatus(c, nowMs, calendar) } : null;
}

/**
 * alerting: a running limit in warning or overdue; urgentOnTime: an urgent case (severity 1)
 * with a running limit still on time; urgentUntimed: an urgent case with no running limit.
 */
export function groupOf(clock: CaseClock): ClockGroup | null {
  if (clock.sla?.running) {
    if (clock.sla.level !== 'ok') return 'alerting';
    return clock.case.severity === 1 ? 'urgentOnTime' : null;
  }
  return clock.case.severity === 1 ? 'urgentUntimed' : null;
}

/** A running limit counts towards "with a limit", and an overdue one towards "overdue". */
export function countsOf(clock: CaseClock): { withLimit: number; overdue: number } {
  const running = clock.sla?.running === true;
  return { withLimit: running ? 1 : 0, overdue: running && clock.sla!.level === 'overdue' ? 1 : 0 };
}

/**
 * The clocks of every open case, followed through deltas. `sync` catches up with the cases; a
 * tick later than any seen (or another calendar) works every clock out again at `nowMs`. Views
 * that tick on timers of their own share it: the first to see a new tick moves it on.
 */
export class CaseClockIndex {
  private readonly open = new Map<string, CaseClock>();
  readonly groups: Record<ClockGroup, Map<string, CaseClock>> = {
    alerting: new Map(),
    urgentOnTime: new Map(),
    urgentUntimed: new Map(),
  };
  /** Open cases with a running limit, and those of them overdue. */
  withLimit = 0;
  overdue = 0;
  private nowMs = 0;
  private calendar: WorkingCalendar | undefined;
  private tick = Number.NEGATIVE_INFINITY;
  private readonly follow = followMap<Case>({
    reset: (cases) => {
      this.open.clear();
      for (const group of Object.values(this.groups)) group.clear();
      this.withLimit = 0;
      this.overdue = 0;
      for (const c of cases.values()) this.add(c);
    },
    change: (was, now) => {
      if (was) this.remove(was.id);
      if (now) this.add(now);
    },
  });

  sync(
    cases: ReadonlyMap<string, Case>,
    nowMs: number,
    calendar: WorkingCalendar | undefined,
    tick: number,
  ): this {
    const afresh = tick > this.tick || calendar !== this.calendar;
    this.nowMs = nowMs;
    this.calendar = calendar;
    this.tick = Math.max(tick, this.tick);
    this.follow(cases, afresh);
    return this;
  }

  private add(c: Case): void {
    const clock = clockOf(c, this.nowMs, this.calendar);
    if (!clock) return;
    this.open.set(c.id, clock);
    this.count(clock, 1);
    const group = groupOf(clock);
    if (group) this.groups[group].set(c.id, clock);
  }

  private remove(id: string): void {
    const clock = this.open.get(id);
    if (!clock) return;
    this.open.delete(id);
    this.count(clock, -1);
    const group = groupOf(clock);
    if (group) this.groups[group].delete(id);
  }

  private count(clock: CaseClock, sign: 1 | -1): void {
    const { withLimit, overdue } = countsOf(clock);
    this.withLimit += sign * withLimit;
    this.overdue += sign * overdue;
  }
}

/** The page's one index: the map and the wall read it. */
export const caseClockIndex = new CaseClockIndex();
