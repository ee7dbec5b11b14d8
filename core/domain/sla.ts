// How far along its time limit a case is: the map's time left, the queue's order, the warnings.
import type { Case, CaseState } from './model';
import { toIso, toMs } from './time';
import { workingMinutesBetween, type WorkingCalendar } from './working-calendar';

export const SLA_WARNING_FRACTION = 0.75;

export type SlaLevel = 'ok' | 'warning' | 'overdue';

export interface SlaStatus {
  deadline: string; // ISO
  /** Time used over time allowed, on the limit's own clock; above 1 once overdue. */
  elapsedFraction: number;
  level: SlaLevel;
  /** Wall-clock time to the deadline; negative once overdue. */
  remainingMs: number;
  /** False once the case is handled: the clock stopped at the handling. */
  running: boolean;
}

/** States whose handling is done: the clock stopped at the (latest) handling. */
const STOPPED: ReadonlySet<CaseState> = new Set(['handled', 'checked', 'closed']);
/** States without a running limit: not taken on, or parked by a leader. */
const NO_CLOCK: ReadonlySet<CaseState> = new Set(['reported', 'verified', 'rejected', 'backlog']);

function lastHandledAt(c: Pick<Case, 'history' | 'updatedAt'>): number {
  const history = c.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i];
    if (entry?.action === 'handle') return toMs(entry.at);
  }
  return toMs(c.updatedAt);
}

export function levelOf(elapsedFraction: number): SlaLevel {
  if (elapsedFraction >= 1) return 'overdue';
  return elapsedFraction >= SLA_WARNING_FRACTION ? 'warning' : 'ok';
}

/** A case's limit with its times read once (slaStatusAt gives its standing at any moment). */
export interface SlaLimit {
  fromMs: number;
  deadlineMs: number;
  deadline: string; // ISO
  /** Counted in working minutes (a working-time limit with a calendar given), else in ms. */
  working: boolean;
  /** Time allowed, in the limit's own unit. */
  allowed: number;
  /** False once the case is handled; then `stoppedAtMs` is the (latest) handling. */
  running: boolean;
  stoppedAtMs: number;
}

/** The case's limit, or null when none runs (before registration, rejected, in backlog). */
export function slaLimitOf(
  c: Pick<Case, 'state' | 'sla' | 'history' | 'updatedAt'>,
  calendar?: WorkingCalendar,
): SlaLimit | null {
  if (!c.sla || NO_CLOCK.has(c.state)) return null;
  const running = !STOPPED.has(c.state);
  const fromMs = toMs(c.sla.from);
  const deadlineMs = toMs(c.sla.deadline);
  const working = c.sla.clock === 'working' && calendar !== undefined;
  return {
    fromMs,
    deadlineMs,
    deadline: toIso(deadlineMs),
    working,
    allowed: working ? workingMinutesBetween(fromMs, deadlineMs, calendar) : deadlineMs - fromMs,
    running,
    stoppedAtMs: running ? Number.NaN : lastHandledAt(c),
  };
}

/** The limit's standing at `nowMs` (at the handling once stopped); `calendar` as given to slaLimitOf. */
export function slaStatusAt(limit: SlaLimit, nowMs: number, calendar?: WorkingCalendar): SlaStatus {
  const at = limit.running ? nowMs : limit.stoppedAtMs;
  const used = limit.working ? workingMinutesBetween(limit.fromMs, at, calendar!) : at - limit.fromMs;
  const elapsedFraction =
    limit.allowed > 0 ? Math.max(0, used) / limit.allowed : at >= limit.deadlineMs ? 1 : 0;
  return {
    deadline: limit.deadline,
    elapsedFraction,
    level: levelOf(elapsedFraction),
    remainingMs: limit.deadlineMs - at,
    running: limit.running,
  };
}

/**
 * The earliest moment a running limit's level can next change: now once it is past its warning
 * or will be overdue, else when its warning could start. Working time never runs faster than the
 * wall clock, so the time still to use before the warning, taken as wall-clock time, is a lower
 * bound for both kinds of limit (exact for an around-the-clock one).
 */
export function slaLevelHoldsUntil(limit: SlaLimit, status: SlaStatus, nowMs: number): number {
  if (!limit.running || status.level !== 'ok') return nowMs;
  const toWarning = (SLA_WARNING_FRACTION - status.elapsedFraction) * limit.allowed;
  return nowMs + Math.max(0, limit.working ? toWarning * 60_000 : toWarning);
}

/**
 * The case's standing against its deadline at `nowMs`, or null when no limit runs (before
 * registration, rejected, in backlog). Working-time limits count the fraction in working minutes
 * when the calendar is given (a case registered on Friday evening does not warn on Sunday), in
 * wall-clock time otherwise.
 */
export function slaStatus(
  c: Pick<Case, 'state' | 'sla' | 'history' | 'updatedAt'>,
  nowMs: number,
  calendar?: WorkingCalendar,
): SlaStatus | null {
  const limit = slaLimitOf(c, calendar);
  return limit && slaStatusAt(limit, nowMs, calendar);
}
