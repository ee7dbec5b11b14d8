// What the live state looks like on the wire: the snapshot, and a delta of touched entities.
import { isFeedSource } from './feed-health';
import type { LiveState, Touched } from './live-state';
import { isCaseOpen, type Case, type Hazard } from './model';
import { DAY_MS, HOUR_MS, toMs } from './time';
import { PROTOCOL_VERSION, type Delta, type Snapshot } from '../protocol/sync';

/** Rectified hazards stay in the live picture this long, then leave it. */
export const RECTIFIED_HAZARD_SHOWN_DAYS = 7;

export function isHazardShown(hazard: Hazard, nowMs: number): boolean {
  return (
    hazard.rectifiedAt === null || toMs(hazard.rectifiedAt) > nowMs - RECTIFIED_HAZARD_SHOWN_DAYS * DAY_MS
  );
}

/** Closed and rejected cases stay in the live picture this long after they were finished. */
export const FINISHED_CASE_SHOWN_HOURS = 24;

/** When a finished case was finished: its latest step (the case's last change, if it has none). */
export function finishedAtMs(c: Case): number {
  return toMs(c.history?.at(-1)?.at ?? c.updatedAt);
}

export function isCaseShown(c: Case, nowMs: number): boolean {
  return isCaseOpen(c.state) || finishedAtMs(c) > nowMs - FINISHED_CASE_SHOWN_HOURS * HOUR_MS;
}

export function buildSnapshot(state: LiveState, serverTime: string): Snapshot {
  return {
    protocol: PROTOCOL_VERSION,
    seq: state.seq,
    serverTime,
    cases: [...state.cases.values()].filter((c) => isCaseShown(c, state.clockMs)),
    hazards: [...state.hazards.values()].filter((h) => isHazardShown(h, state.clockMs)),
    enterprises: [...state.enterprises.values()],
    feeds: [...state.feeds.values()],
    people: [...state.people.values()],
  };
}

/**
 * The latest state of every touched entity; touched cases and hazards no longer shown are listed as
 * removed. `seq` is where the delta leaves a screen: the state's, or an earlier one for a part of a
 * catch-up (its entities are already at their latest state, which the parts after it may send again).
 */
export function buildDelta(
  state: LiveState,
  touched: Touched,
  fromSeq: number,
  serverTime: string,
  seq = state.seq,
): Delta {
  const delta: Delta = {
    fromSeq,
    seq,
    serverTime,
    cases: [],
    hazards: [],
    enterprises: [],
    feeds: [],
    people: [],
  };
  const removedCases: string[] = [];
  const removedHazards: string[] = [];
  for (const id of touched.cases) {
    const c = state.cases.get(id);
    if (c && isCaseShown(c, state.clockMs)) delta.cases.push(c);
    else removedCases.push(id);
  }
  for (const id of touched.hazards) {
    const h = state.hazards.get(id);
    if (h && isHazardShown(h, state.clockMs)) delta.hazards.push(h);
    else removedHazards.push(id);
  }
  for (const id of touched.enterprises) {
    const e = state.enterprises.get(id);
    if (e) delta.enterprises.push(e);
  }
  for (const id of touched.feeds) {
    const f = isFeedSource(id) ? state.feeds.get(id) : undefined;
    if (f) delta.feeds.push(f);
  }
  for (const id of touched.people) {
    const p = state.people.get(id);
    if (p) delta.people.push(p);
  }
  if (removedCases.length || removedHazards.length) {
    delta.removed = {
      ...(removedCases.length ? { cases: removedCases } : {}),
      ...(removedHazards.length ? { hazards: removedHazards } : {}),
    };
  }
  return delta;
}
