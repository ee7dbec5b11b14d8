// The figures leaders quote, for any time range [from, to), for the street and per community,
// cell and person. Pure: computed from the cases' histories; server and client call the same code.
//
// The cases counted ("the cohort") are those first registered (立案) within [from, to); what
// happened to them is read from their history steps before `to` (see case-facts.ts), so the
// figures of a past range stay what they were. Each rate is null when its denominator is 0.
//
//   结案率 closeRate             = closed / registered
//   按期处置率 onTimeHandlingRate = handled on time / handled
//       handled: the latest handling stands (handled, checked or closed; not sent back for rework);
//       on time: that handling was no later than the deadline in force then (a postponement counts)
//   按期结案率 onTimeCloseRate    = closed on time / due
//       closed on time: closed and handled on time;
//       due (应结案): closed, or still open past its deadline; backlog (挂账) cases are not due
//   返工率 reworkRate            = cases with a failed check / cases handled at least once
//   延期率 postponeRate          = cases postponed at least once / registered
//   回退率 returnRate            = cases returned at least once / cases dispatched at least once
//   平均处置时长 averageHandlingMs = mean of (latest handling − registration) over handled cases,
//       wall-clock milliseconds
//
// Per person: a case counts for the person of its latest dispatch (who holds or held it), except
// for 回退率, where the person's returns are over the cases dispatched to them (a case returned by
// A and re-dispatched to B counts in A's 回退率, and in B's other figures).
import { caseFactsAt, type CaseFacts } from './case-facts';
import type { Case } from './model';
import { toIso, toMs } from './time';

export interface FigureCounts {
  registered: number;
  closed: number;
  handled: number;
  handledOnTime: number;
  due: number;
  closedOnTime: number;
  everHandled: number;
  reworked: number;
  postponed: number;
  dispatched: number;
  returned: number;
  handlingMsTotal: number;
}

export interface Figures extends FigureCounts {
  closeRate: number | null;
  onTimeHandlingRate: number | null;
  onTimeCloseRate: number | null;
  reworkRate: number | null;
  postponeRate: number | null;
  returnRate: number | null;
  averageHandlingMs: number | null;
}

export interface FigureReport {
  from: string;
  to: string;
  street: Figures;
  byCommunity: Record<string, Figures>;
  byCell: Record<string, Figures>;
  byPerson: Record<string, Figures>;
}

export function emptyCounts(): FigureCounts {
  return {
    registered: 0,
    closed: 0,
    handled: 0,
    handledOnTime: 0,
    due: 0,
    closedOnTime: 0,
    everHandled: 0,
    reworked: 0,
    postponed: 0,
    dispatched: 0,
    returned: 0,
    handlingMsTotal: 0,
  };
}

/** Adds (sign 1) or takes out (sign -1) a case's outcome: everything but dispatched and returned. */
function addOutcome(into: FigureCounts, f: CaseFacts, sign: 1 | -1 = 1): void {
  into.registered += sign;
  if (f.closed) into.closed += sign;
  if (f.handled) into.handled += sign;
  if (f.handledOnTime) into.handledOnTime += sign;
  if (f.due) into.due += sign;
  if (f.closedOnTime) into.closedOnTime += sign;
  if (f.everHandled) into.everHandled += sign;
  if (f.reworked) into.reworked += sign;
  if (f.postponed) into.postponed += sign;
  if (f.handlingMs !== null) into.handlingMsTotal += sign * f.handlingMs;
}

/**
 * Adds (sign 1) or takes out (sign -1) one case of the cohort: what computeFigures counts for the
 * street, so that a screen can keep the figures case by case with the same rule.
 */
export function tallyCase(into: FigureCounts, f: CaseFacts, sign: 1 | -1 = 1): void {
  addOutcome(into, f, sign);
  if (f.dispatched) into.dispatched += sign;
  if (f.returned) into.returned += sign;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function ratesOf(n: FigureCounts): Figures {
  return {
    ...n,
    closeRate: ratio(n.closed, n.registered),
    onTimeHandlingRate: ratio(n.handledOnTime, n.handled),
    onTimeCloseRate: ratio(n.closedOnTime, n.due),
    reworkRate: ratio(n.reworked, n.everHandled),
    postponeRate: ratio(n.postponed, n.registered),
    returnRate: ratio(n.returned, n.dispatched),
    averageHandlingMs: ratio(n.handlingMsTotal, n.handled),
  };
}

function bucket(groups: Map<string, FigureCounts>, key: string): FigureCounts {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = emptyCounts()));
  return counts;
}

function finish(groups: Map<string, FigureCounts>): Record<string, Figures> {
  const out = Object.create(null) as Record<string, Figures>;
  for (const key of [...groups.keys()].sort()) out[key] = ratesOf(groups.get(key) as FigureCounts);
  return out;
}

/**
 * When the case was first registered (history is in time order), read without its other facts:
 * most cases of a live state are outside a period's cohort, and this passes over them cheaply.
 */
export function firstRegisteredAt(c: Pick<Case, 'history'>): number | null {
  const step = c.history?.find((h) => h.action === 'register');
  return step ? toMs(step.at) : null;
}

export function computeFigures(cases: Iterable<Case>, fromMs: number, toMs: number): FigureReport {
  const street = emptyCounts();
  const communities = new Map<string, FigureCounts>();
  const cells = new Map<string, FigureCounts>();
  const people = new Map<string, FigureCounts>();
  for (const c of cases) {
    const registeredAt = firstRegisteredAt(c);
    if (registeredAt === null || registeredAt < fromMs || registeredAt >= toMs) continue;
    const f = caseFactsAt(c, toMs);
    tallyCase(street, f);
    tallyCase(bucket(communities, c.communityCode), f);
    tallyCase(bucket(cells, c.cellCode), f);
    if (f.lastAssignee !== null) addOutcome(bucket(people, f.lastAssignee), f);
    for (const id of f.dispatchedTo) bucket(people, id).dispatched += 1;
    for (const id of f.returnedBy) bucket(people, id).returned += 1;
  }
  return {
    from: toIso(fromMs),
    to: toIso(toMs),
    street: ratesOf(street),
    byCommunity: finish(communities),
    byCell: finish(cells),
    byPerson: finish(people),
  };
}
