// Groups of the case workflow as a wall screen shows them: four open phases and done.
import type { Case, CaseState } from '../../../core/domain/model';

export const OPEN_PHASES = ['awaiting', 'handling', 'checking', 'parked'] as const;
export type OpenPhase = (typeof OPEN_PHASES)[number];
export type CasePhase = OpenPhase | 'done';

const PHASE_OF: Record<CaseState, CasePhase> = {
  reported: 'awaiting',
  verified: 'awaiting',
  registered: 'awaiting',
  returned: 'awaiting',
  dispatched: 'handling',
  'in-progress': 'handling',
  handled: 'checking',
  checked: 'checking',
  postponed: 'parked',
  backlog: 'parked',
  closed: 'done',
  rejected: 'done',
};

export function phaseOf(state: CaseState): CasePhase {
  return PHASE_OF[state];
}

// Cases are immutable (a change is a new object), so the parsed time is kept per object: the map
// and the lists ask for it for every case on every delta.
const openedMsOf = new WeakMap<Case, number>();

/** When the case opened (its first report's time): "new" and "newest first" are measured from here. */
export function openedMs(c: Case): number {
  let ms = openedMsOf.get(c);
  if (ms === undefined) {
    ms = Date.parse(c.openedAt);
    if (!Number.isFinite(ms)) ms = 0;
    openedMsOf.set(c, ms);
  }
  return ms;
}

/** A case is new for this long after it opened, in server time. */
export const NEW_CASE_MS = 60_000;

export function isNewCase(c: Case, serverNow: number): boolean {
  const age = serverNow - openedMs(c);
  return age >= 0 && age < NEW_CASE_MS;
}
