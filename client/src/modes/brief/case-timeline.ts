// The cases of a time range and how each one looked at every moment, rebuilt from the state at the
// start (snapshot?at=) plus the logged events after it. The events are applied by core's projection,
// so the client follows the same rules as the server; finished cases are kept here (the live picture
// drops them 24 h after closing), which is what the figures of a long range need.
import { createLiveState } from '../../../../core/domain/live-state';
import type { Case, LoggedEvent } from '../../../../core/domain/model';
import { applyEvent } from '../../../../core/domain/projection';
import { toMs } from '../../../../core/domain/time';
import { isCaseShown } from '../../../../core/domain/views';

interface CaseVersion {
  atMs: number;
  c: Case;
}

export interface CaseTimeline {
  baseMs: number;
  /** Per case, its versions oldest first: the one at the base, then one after each event that changed it. */
  versions: ReadonlyMap<string, readonly CaseVersion[]>;
  /** Every case as it was after the last event. */
  latest: readonly Case[];
}

export function buildCaseTimeline(
  baseMs: number,
  baseCases: readonly Case[],
  events: readonly LoggedEvent[],
): CaseTimeline {
  const state = createLiveState([]);
  state.clockMs = baseMs;
  const versions = new Map<string, CaseVersion[]>();
  for (const c of baseCases) {
    state.cases.set(c.id, c);
    versions.set(c.id, [{ atMs: baseMs, c }]);
  }
  for (const event of events) {
    if (event.type !== 'report.accepted' && event.type !== 'case.transitioned') continue;
    const touched = applyEvent(state, event);
    const atMs = toMs(event.at);
    for (const id of touched.cases) {
      const c = state.cases.get(id);
      if (!c) continue;
      const list = versions.get(id) ?? [];
      list.push({ atMs, c });
      versions.set(id, list);
    }
  }
  return { baseMs, versions, latest: [...state.cases.values()] };
}

/** The case as it was at `ms` (after the events at or before it), or null if it did not exist yet. */
function versionAt(list: readonly CaseVersion[], ms: number): Case | null {
  let lo = 0;
  let hi = list.length - 1;
  let found: Case | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] as CaseVersion;
    if (v.atMs <= ms) {
      found = v.c;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The cases in the picture at `ms`, as snapshot?at= would list them. */
export function casesShownAt(timeline: CaseTimeline, ms: number): Case[] {
  const out: Case[] = [];
  for (const list of timeline.versions.values()) {
    const c = versionAt(list, ms);
    if (c && isCaseShown(c, ms)) out.push(c);
  }
  return out;
}

/** The cases first reported in (fromMs, toMs], as they were at `toMs`: a moving or growing window. */
export function casesOpenedIn(timeline: CaseTimeline, fromMs: number, toMs_: number): Case[] {
  const out: Case[] = [];
  for (const list of timeline.versions.values()) {
    const c = versionAt(list, toMs_);
    if (!c) continue;
    const opened = toMs(c.openedAt);
    if (opened > fromMs && opened <= toMs_) out.push(c);
  }
  return out;
}
