// What the wall's map does, as a pure state machine: the whole street while things happen, a
// slow tour of the communities when nothing has happened for a while, and a flight to each new
// urgent case for ALERT_MS before going back. Timers live in the hook; this only decides.
import { isCaseOpen, type Case } from '../../../../core/domain/model';
import type { LiveData } from '../../state/apply-sync';
import { openedMs } from '../../state/case-phase';
import { changesBetween } from '../../state/map-lineage';

export const ALERT_MS = 20_000;
export const IDLE_BEFORE_TOUR_MS = 60_000;
export const TOUR_STEP_MS = 15_000;
/** A case first seen after a reconnect is news only if it opened this recently (server time). */
export const NEWS_WINDOW_MS = 10 * 60_000;

export type DirectorState =
  | { kind: 'overview'; quietSince: number }
  | { kind: 'alert'; caseId: string; until: number }
  | { kind: 'tour'; index: number; nextAt: number };

export type DirectorEvent =
  { type: 'tick'; now: number; stale: boolean } | { type: 'news'; now: number; urgentCaseId: string | null };

export function startDirector(now: number): DirectorState {
  return { kind: 'overview', quietSince: now };
}

export function stepDirector(state: DirectorState, event: DirectorEvent, stops: number): DirectorState {
  const { now } = event;
  if (event.type === 'news') {
    if (event.urgentCaseId !== null)
      return { kind: 'alert', caseId: event.urgentCaseId, until: now + ALERT_MS };
    // Routine news keeps the street in view a while longer; a tour already under way goes on.
    return state.kind === 'overview' ? { kind: 'overview', quietSince: now } : state;
  }
  switch (state.kind) {
    case 'alert':
      return now >= state.until ? { kind: 'overview', quietSince: now } : state;
    case 'overview':
      // A stale screen shows the whole street: no tour over data that is not live.
      if (event.stale) return { kind: 'overview', quietSince: now };
      if (stops > 0 && now - state.quietSince >= IDLE_BEFORE_TOUR_MS) {
        return { kind: 'tour', index: 0, nextAt: now + TOUR_STEP_MS };
      }
      return state;
    case 'tour':
      if (event.stale || stops === 0) return { kind: 'overview', quietSince: now };
      return now >= state.nextAt
        ? { kind: 'tour', index: (state.index + 1) % stops, nextAt: now + TOUR_STEP_MS }
        : state;
  }
}

export interface News {
  any: boolean;
  /** The newest open urgent case among the new ones. */
  urgentCaseId: string | null;
}

const NO_NEWS: News = { any: false, urgentCaseId: null };

/** Cases that appeared between two versions of the data. The first snapshot is not news. */
export function findNews(previous: LiveData, next: LiveData, serverNow: number): News {
  if (previous.seq === null || previous.cases === next.cases) return NO_NEWS;
  let any = false;
  let urgent: Case | null = null;
  // By the deltas' changed ids when the way is known: a pass over every case per frame is too much
  // on a bad day.
  const changed = changesBetween(previous.cases, next.cases);
  const candidates = changed ? changed.map((id) => next.cases.get(id)) : next.cases.values();
  for (const c of candidates) {
    if (!c || previous.cases.has(c.id)) continue;
    if (serverNow - openedMs(c) > NEWS_WINDOW_MS) continue;
    any = true;
    if (c.severity === 1 && isCaseOpen(c.state) && (!urgent || openedMs(c) > openedMs(urgent))) urgent = c;
  }
  return any ? { any, urgentCaseId: urgent?.id ?? null } : NO_NEWS;
}
