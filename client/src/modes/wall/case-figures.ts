// The case figures of the wall, all by core's rules: the rates leaders quote (core/domain/figures)
// for today and this month, the overdue count and the most pressing cases (core/domain/sla).
// `periodFigures` and `caseClocks` count from every case; the indexes below keep the same
// results from each delta by the cases it changed, for a wall that takes hundreds a second.
import TinyQueue from 'tinyqueue';
import { caseFactsAt, type CaseFacts } from '../../../../core/domain/case-facts';
import {
  computeFigures,
  emptyCounts,
  firstRegisteredAt,
  ratesOf,
  tallyCase,
  type FigureCounts,
  type Figures,
} from '../../../../core/domain/figures';
import type { Case } from '../../../../core/domain/model';
import type { WorkingCalendar } from '../../../../core/domain/working-calendar';
import { startOfShanghaiDay, toMs } from '../../../../core/domain/time';
import { clockOf, countClock, groupOf, type CaseClock, type CaseClockIndex } from '../../state/case-clocks';
import { openedMs } from '../../state/case-phase';
import { leastK } from '../../state/least-k';
import { followMap } from '../../state/map-lineage';
import { startOfShanghaiMonth } from './wall-figures';

export interface PeriodFigures {
  today: Figures;
  month: Figures;
}

export function periodFigures(cases: Iterable<Case>, nowMs: number): PeriodFigures {
  const list = [...cases];
  return {
    today: computeFigures(list, startOfShanghaiDay(nowMs), nowMs).street,
    month: computeFigures(list, startOfShanghaiMonth(nowMs), nowMs).street,
  };
}

/** A case in this month's cohort: its facts now, and when time alone will change them. */
interface Revisit {
  at: number;
  id: string;
}
const byRevisitTime = (a: Revisit, b: Revisit) => a.at - b.at;

interface Counted {
  case: Case;
  facts: CaseFacts;
  /** Counted in the figures (its registration is before now), and in today's too. */
  counted: boolean;
  today: boolean;
  /** The next moment its facts change with no new step (null: not before a new step). */
  revisitAt: number | null;
}

/**
 * When a case's facts as of now change with time alone: when a step dated after now (a clock
 * ahead of ours) comes to count, else when an open case's deadline passes and it falls due.
 */
function revisitAt(c: Case, facts: CaseFacts, nowMs: number): number | null {
  let deadline: number | null = null;
  for (const step of c.history ?? []) {
    const at = toMs(step.at);
    if (at >= nowMs) return at;
    if (step.deadline !== undefined) deadline = toMs(step.deadline);
  }
  if (facts.due || facts.state === 'closed' || facts.state === 'backlog' || deadline === null) return null;
  return deadline;
}

/**
 * periodFigures kept case by case: a case is counted again when a delta changes it and when its
 * facts change with time (`revisitAt`, in time order); a new day or month counts every case.
 */
export class PeriodFigureIndex {
  private readonly byId = new Map<string, Counted>();
  private revisits = new TinyQueue<Revisit>([], byRevisitTime);
  private today: FigureCounts = emptyCounts();
  private month: FigureCounts = emptyCounts();
  private dayStart = Number.NaN;
  private monthStart = Number.NaN;
  private nowMs = 0;
  private readonly follow = followMap<Case>({
    reset: (cases) => {
      this.byId.clear();
      this.revisits = new TinyQueue<Revisit>([], byRevisitTime);
      this.today = emptyCounts();
      this.month = emptyCounts();
      for (const c of cases.values()) this.add(c);
    },
    change: (was, now) => {
      if (was) this.remove(was.id);
      if (now) this.add(now);
    },
  });

  figures(cases: ReadonlyMap<string, Case>, nowMs: number): PeriodFigures {
    const dayStart = startOfShanghaiDay(nowMs);
    const monthStart = startOfShanghaiMonth(nowMs);
    const afresh = dayStart !== this.dayStart || monthStart !== this.monthStart;
    this.dayStart = dayStart;
    this.monthStart = monthStart;
    this.nowMs = nowMs;
    this.follow(cases, afresh);
    while (this.revisits.length > 0 && this.revisits.peek()!.at < nowMs) {
      const { at, id } = this.revisits.pop()!;
      const counted = this.byId.get(id);
      if (counted?.revisitAt !== at) continue; // counted again since
      this.remove(id);
      this.add(counted.case);
    }
    // Entries of cases counted again pile up; past twice the live ones, keep only the live ones.
    if (this.revisits.length > 2 * this.byId.size + 1_024) {
      const live = [...this.byId].flatMap(([id, c]) =>
        c.revisitAt === null ? [] : [{ at: c.revisitAt, id }],
      );
      this.revisits = new TinyQueue(live, byRevisitTime);
    }
    return { today: ratesOf(this.today), month: ratesOf(this.month) };
  }

  private add(c: Case): void {
    const registeredAt = firstRegisteredAt(c);
    if (registeredAt === null || registeredAt < this.monthStart) return;
    const facts = caseFactsAt(c, this.nowMs);
    // A registration dated after now is not counted yet (computeFigures' cohort ends at now).
    const counted: Counted = {
      case: c,
      facts,
      counted: registeredAt < this.nowMs,
      today: registeredAt >= this.dayStart,
      revisitAt: registeredAt >= this.nowMs ? registeredAt : revisitAt(c, facts, this.nowMs),
    };
    this.byId.set(c.id, counted);
    if (counted.counted) this.tally(counted, 1);
    if (counted.revisitAt !== null) this.revisits.push({ at: counted.revisitAt, id: c.id });
  }

  private remove(id: string): void {
    const counted = this.byId.get(id);
    if (!counted) return;
    this.byId.delete(id);
    if (counted.counted) this.tally(counted, -1);
  }

  private tally(counted: Counted, sign: 1 | -1): void {
    tallyCase(this.month, counted.facts, sign);
    if (counted.today) tallyCase(this.today, counted.facts, sign);
  }
}

export type PressingCase = CaseClock;

export interface CaseClocks {
  /** Open cases past their time limit, with the limit still running. */
  overdue: number;
  /** Cases with a time limit at all: until cases are registered, "overdue" cannot be known. */
  withLimit: number;
  /** The most overdue first (least time left), then open urgent cases without a limit, oldest first. */
  pressing: PressingCase[];
}

const byId = (a: CaseClock, b: CaseClock) => (a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0);
const byTimeLeft = (a: CaseClock, b: CaseClock) => a.sla!.remainingMs - b.sla!.remainingMs || byId(a, b);
const byAge = (a: CaseClock, b: CaseClock) => openedMs(a.case) - openedMs(b.case) || byId(a, b);

/** Pressing by time left: a running limit in warning or overdue, or an urgent case's. */
function pressingOf(
  timed: Iterable<CaseClock>,
  urgentUntimed: Iterable<CaseClock>,
  limit: number,
): PressingCase[] {
  const first = leastK(timed, limit, byTimeLeft);
  return [...first, ...leastK(urgentUntimed, limit - first.length, byAge)];
}

export function caseClocks(
  cases: Iterable<Case>,
  nowMs: number,
  limit: number,
  calendar?: WorkingCalendar,
): CaseClocks {
  const counts = { overdue: 0, withLimit: 0 };
  const timed: CaseClock[] = [];
  const urgent: CaseClock[] = [];
  for (const c of cases) {
    const clock = clockOf(c, nowMs, calendar);
    if (!clock) continue;
    countClock(counts, clock, 1);
    const group = groupOf(clock);
    if (group === 'urgentUntimed') urgent.push(clock);
    else if (group) timed.push(clock);
  }
  return { ...counts, pressing: pressingOf(timed, urgent, limit) };
}

/** caseClocks from an index kept in step with the cases (state/case-clocks). */
export function caseClocksFrom(index: CaseClockIndex, limit: number): CaseClocks {
  const { alerting, urgentOnTime, urgentUntimed } = index.groups;
  return {
    overdue: index.overdue,
    withLimit: index.withLimit,
    pressing: pressingOf(chain(alerting.values(), urgentOnTime.values()), urgentUntimed.values(), limit),
  };
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}
