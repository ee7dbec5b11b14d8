// The case figures of the wall, all by core's rules: the rates leaders quote (core/domain/figures)
// for today and this month, the overdue count and the most pressing cases (core/domain/sla).
import { computeFigures, type Figures } from '../../../../core/domain/figures';
import { isCaseOpen, type Case } from '../../../../core/domain/model';
import { slaStatus, type SlaStatus } from '../../../../core/domain/sla';
import type { WorkingCalendar } from '../../../../core/domain/working-calendar';
import { startOfShanghaiDay } from '../../../../core/domain/time';
import { openedMs } from '../../state/case-phase';
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

export interface PressingCase {
  case: Case;
  sla: SlaStatus | null;
}

export interface CaseClocks {
  /** Open cases past their time limit, with the limit still running. */
  overdue: number;
  /** Cases with a time limit at all: until cases are registered, "overdue" cannot be known. */
  withLimit: number;
  /** The most overdue first (least time left), then open urgent cases without a limit, oldest first. */
  pressing: PressingCase[];
}

export function caseClocks(
  cases: Iterable<Case>,
  nowMs: number,
  limit: number,
  calendar?: WorkingCalendar,
): CaseClocks {
  let overdue = 0;
  let withLimit = 0;
  const timed: PressingCase[] = [];
  const urgent: PressingCase[] = [];
  for (const c of cases) {
    if (!isCaseOpen(c.state)) continue;
    const sla = slaStatus(c, nowMs, calendar);
    if (sla?.running) {
      withLimit += 1;
      if (sla.level === 'overdue') overdue += 1;
      if (sla.level !== 'ok' || c.severity === 1) timed.push({ case: c, sla });
    } else if (c.severity === 1) {
      urgent.push({ case: c, sla: null });
    }
  }
  timed.sort((a, b) => (a.sla?.remainingMs ?? 0) - (b.sla?.remainingMs ?? 0));
  urgent.sort((a, b) => openedMs(a.case) - openedMs(b.case));
  return { overdue, withLimit, pressing: [...timed, ...urgent].slice(0, limit) };
}
