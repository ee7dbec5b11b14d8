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
  if (!c.sla || NO_CLOCK.has(c.state)) return null;
  const running = !STOPPED.has(c.state);
  const at = running ? nowMs : lastHandledAt(c);
  const from = toMs(c.sla.from);
  const deadline = toMs(c.sla.deadline);
  const working = c.sla.clock === 'working' && calendar !== undefined;
  const allowed = working ? workingMinutesBetween(from, deadline, calendar) : deadline - from;
  const used = working ? workingMinutesBetween(from, at, calendar) : at - from;
  const elapsedFraction = allowed > 0 ? Math.max(0, used) / allowed : at >= deadline ? 1 : 0;
  return {
    deadline: toIso(deadline),
    elapsedFraction,
    level: levelOf(elapsedFraction),
    remainingMs: deadline - at,
    running,
  };
}
