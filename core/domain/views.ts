// What the live state looks like on the wire: the snapshot, and a delta of touched entities.
import { isFeedSource } from './feed-health';
import type { LiveState, Touched } from './live-state';
import type { Hazard } from './model';
import { DAY_MS, toMs } from './time';
import { PROTOCOL_VERSION, type Delta, type Snapshot } from '../protocol/sync';

/** Rectified hazards stay in the live picture this long, then leave it. */
export const RECTIFIED_HAZARD_SHOWN_DAYS = 7;

export function isHazardShown(hazard: Hazard, nowMs: number): boolean {
  return (
    hazard.rectifiedAt === null || toMs(hazard.rectifiedAt) > nowMs - RECTIFIED_HAZARD_SHOWN_DAYS * DAY_MS
  );
}

export function buildSnapshot(state: LiveState, serverTime: string): Snapshot {
  return {
    protocol: PROTOCOL_VERSION,
    seq: state.seq,
    serverTime,
    cases: [...state.cases.values()],
    hazards: [...state.hazards.values()].filter((h) => isHazardShown(h, state.clockMs)),
    enterprises: [...state.enterprises.values()],
    feeds: [...state.feeds.values()],
  };
}

/** The latest state of every touched entity; touched hazards no longer shown are listed as removed. */
export function buildDelta(state: LiveState, touched: Touched, fromSeq: number, serverTime: string): Delta {
  const delta: Delta = {
    fromSeq,
    seq: state.seq,
    serverTime,
    cases: [],
    hazards: [],
    enterprises: [],
    feeds: [],
  };
  const removedCases: string[] = [];
  const removedHazards: string[] = [];
  for (const id of touched.cases) {
    const c = state.cases.get(id);
    if (c) delta.cases.push(c);
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
  if (removedCases.length || removedHazards.length) {
    delta.removed = {
      ...(removedCases.length ? { cases: removedCases } : {}),
      ...(removedHazards.length ? { hazards: removedHazards } : {}),
    };
  }
  return delta;
}
