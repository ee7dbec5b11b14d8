// What a case's history says about it as of a moment: the facts the figures count. Only history
// steps before `asOfMs` count, so figures for a past range do not change as later steps arrive.
import type { Case, CaseHistoryEntry, CaseState } from './model';
import { toMs } from './time';

export interface CaseFacts {
  /** The first registration, or null if not registered before `asOfMs`. */
  registeredAt: number | null;
  state: CaseState; // as of `asOfMs`
  /** The handling stands: handled, checked or closed (not sent back for rework). */
  handled: boolean;
  /** ... and its latest handling was no later than the deadline then in force. */
  handledOnTime: boolean;
  everHandled: boolean;
  closed: boolean;
  closedOnTime: boolean; // closed, and handledOnTime
  /** Should be closed by `asOfMs`: closed, or open past its deadline (backlog excepted). */
  due: boolean;
  reworked: boolean; // at least one failed check
  postponed: boolean;
  dispatched: boolean;
  returned: boolean;
  /** Registration to the latest handling (wall clock), for handled cases. */
  handlingMs: number | null;
  /** The person of the latest dispatch. */
  lastAssignee: string | null;
  dispatchedTo: ReadonlySet<string>;
  returnedBy: ReadonlySet<string>;
}

/** The deadline in force at `atMs`: the latest one set (by registration or postponement) by then. */
function deadlineAt(steps: readonly CaseHistoryEntry[], atMs: number): number | null {
  let deadline: number | null = null;
  for (const s of steps) if (s.deadline !== undefined && toMs(s.at) <= atMs) deadline = toMs(s.deadline);
  return deadline;
}

const HANDLED: ReadonlySet<CaseState> = new Set(['handled', 'checked', 'closed']);

export function caseFactsAt(c: Pick<Case, 'history'>, asOfMs: number): CaseFacts {
  const steps = (c.history ?? []).filter((h) => toMs(h.at) < asOfMs);
  const state: CaseState = steps.at(-1)?.to ?? 'reported';
  const registered = steps.find((s) => s.action === 'register');
  const registeredAt = registered ? toMs(registered.at) : null;
  const lastHandle = steps.findLast((s) => s.action === 'handle');
  const handled = HANDLED.has(state) && lastHandle !== undefined;
  const handledAt = lastHandle ? toMs(lastHandle.at) : null;
  const deadlineThen = handledAt === null ? null : deadlineAt(steps, handledAt);
  const handledOnTime = handled && deadlineThen !== null && handledAt !== null && handledAt <= deadlineThen;
  const closed = state === 'closed';
  const deadlineNow = deadlineAt(steps, asOfMs);
  const dispatchedTo = new Set<string>();
  const returnedBy = new Set<string>();
  let lastAssignee: string | null = null;
  for (const s of steps) {
    if (s.action === 'dispatch' && s.assignee) {
      dispatchedTo.add(s.assignee.id);
      lastAssignee = s.assignee.id;
    }
    if (s.action === 'return' && s.actor.kind === 'user') returnedBy.add(s.actor.id);
  }
  return {
    registeredAt,
    state,
    handled,
    handledOnTime,
    everHandled: lastHandle !== undefined,
    closed,
    closedOnTime: closed && handledOnTime,
    due: closed || (state !== 'backlog' && deadlineNow !== null && deadlineNow < asOfMs),
    reworked: steps.some((s) => s.action === 'check-fail'),
    postponed: steps.some((s) => s.action === 'postpone'),
    dispatched: dispatchedTo.size > 0,
    returned: steps.some((s) => s.action === 'return'),
    handlingMs: handled && handledAt !== null && registeredAt !== null ? handledAt - registeredAt : null,
    lastAssignee,
    dispatchedTo,
    returnedBy,
  };
}
