// Where every open case stands against its time limit (core/domain/sla), kept from each delta by
// the cases it changed and moved on once per tick (time left moves on).
// One index for the page: the map's time-left labels and the wall's clocks read the same groups,
// so each case's limit is worked out once however many views show it.
import { isCaseOpen, type Case } from '../../../core/domain/model';
import {
  slaLevelHoldsUntil,
  slaLimitOf,
  slaStatus,
  slaStatusAt,
  type SlaLimit,
  type SlaStatus,
} from '../../../core/domain/sla';
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

/** Open cases with a running limit, and those of them overdue. */
export interface ClockCounts {
  withLimit: number;
  overdue: number;
}

/**
 * A running limit counts towards "with a limit", and an overdue one towards "overdue": adds the
 * clock to `counts` (sign 1) or takes it out (-1), in place, as a tick does for each clock it reads.
 */
export function countClock(counts: ClockCounts, clock: CaseClock, sign: 1 | -1): void {
  if (!clock.sla?.running) return;
  counts.withLimit += sign;
  if (clock.sla.level === 'overdue') counts.overdue += sign;
}

interface Entry {
  clock: CaseClock;
  group: ClockGroup | null;
  /** The case's limit, read once; null when none runs. */
  limit: SlaLimit | null;
  /** Until then a running limit outside every group stays so (core's slaLevelHoldsUntil). */
  holdsUntil: number;
}

/**
 * The clocks of every open case, followed through deltas. `sync` catches up with the cases; a
 * tick later than any seen moves the clocks on to `nowMs`, another calendar works every clock out
 * again. Views that tick on timers of their own share it: the first to see a new tick moves it on.
 *
 * A tick reads only what time can change: running limits in a group (their time left is shown)
 * and those outside whose level may have changed since. A case without a limit, or handled,
 * stands still; a routine case on time is read again only when its warning could start. With
 * tens of thousands of open cases a tick is then a pass over numbers, not over every case's limit.
 */
export class CaseClockIndex implements ClockCounts {
  /** Open cases with a limit or in a group: the rest count nowhere until a delta changes them. */
  private readonly open = new Map<string, Entry>();
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
    const recalendared = calendar !== this.calendar;
    const ticked = tick > this.tick;
    this.nowMs = nowMs;
    this.calendar = calendar;
    this.tick = Math.max(tick, this.tick);
    this.follow(cases, recalendared);
    if (ticked && !recalendared) this.moveOn();
    return this;
  }

  private add(c: Case): void {
    if (!isCaseOpen(c.state)) return;
    const limit = slaLimitOf(c, this.calendar);
    const entry: Entry = { clock: { case: c, sla: null }, group: null, limit, holdsUntil: 0 };
    this.read(entry);
    if (!limit && !entry.group) return; // counts nowhere, and time does not change that: not kept
    this.open.set(c.id, entry);
    countClock(this, entry.clock, 1);
    if (entry.group) this.groups[entry.group].set(c.id, entry.clock);
  }

  private remove(id: string): void {
    const entry = this.open.get(id);
    if (!entry) return;
    this.open.delete(id);
    countClock(this, entry.clock, -1);
    if (entry.group) this.groups[entry.group].delete(id);
  }

  /** Works the entry's clock out at the index's time. */
  private read(entry: Entry): void {
    const { limit } = entry;
    const sla = limit && slaStatusAt(limit, this.nowMs, this.calendar);
    entry.clock = { case: entry.clock.case, sla };
    entry.group = groupOf(entry.clock);
    entry.holdsUntil = limit && sla ? slaLevelHoldsUntil(limit, sla, this.nowMs) : Number.POSITIVE_INFINITY;
  }

  /** Moves the running clocks on to the index's time. */
  private moveOn(): void {
    for (const entry of this.open.values()) {
      if (!entry.limit?.running || (entry.group === null && this.nowMs < entry.holdsUntil)) continue;
      const { id } = entry.clock.case;
      const { clock: was, group: wasIn } = entry;
      this.read(entry);
      countClock(this, was, -1);
      countClock(this, entry.clock, 1);
      if (wasIn && wasIn !== entry.group) this.groups[wasIn].delete(id);
      if (entry.group) this.groups[entry.group].set(id, entry.clock);
    }
  }
}

/** The page's one index: the map and the wall read it. */
export const caseClockIndex = new CaseClockIndex();
