// Which cases are new (opened in the last minute of server time) and where their rings go.
import type { Case } from '../../../core/domain/model';
import { isCaseOpen } from '../../../core/domain/model';
import { NEW_CASE_MS, openedMs } from '../state/case-phase';
import { selectCasesByOpening } from '../state/selectors';
import type { PulseDatum } from './layers/incident-pulses';
import { categoryColour, SEVERITY_RADIUS } from './palette';

export interface PulseSelection {
  pulses: PulseDatum[];
  /** Server time at which the set of new cases next changes; null if it will not by itself. */
  nextChangeAt: number | null;
}

const EMPTY: PulseSelection = { pulses: [], nextChangeAt: null };

/**
 * At most this many rings at once, the newest. On a bad day (hundreds of new cases a minute) a ring
 * for each would cover the map and tell nothing, and every frame would draw thousands of them.
 */
export const MAX_PULSES = 40;

/** From the cases newest first (CasesByOpening): reads only the new ones and any beyond "now". */
export function computePulses(
  newestFirst: Iterable<Case>,
  serverNow: number,
  max = MAX_PULSES,
): PulseSelection {
  const fresh: Case[] = [];
  let nextChangeAt = Infinity;
  for (const c of newestFirst) {
    const seen = openedMs(c);
    if (seen <= serverNow && (serverNow - seen >= NEW_CASE_MS || fresh.length === max)) break;
    if (!isCaseOpen(c.state)) continue;
    if (seen > serverNow)
      nextChangeAt = Math.min(nextChangeAt, seen); // a clock ahead of ours: new soon
    else fresh.push(c);
  }
  // The newest `max`: the set changes by itself when the oldest of them ages out (any older new
  // case has aged out before it).
  const pulses = fresh.map((c): PulseDatum => {
    nextChangeAt = Math.min(nextChangeAt, openedMs(c) + NEW_CASE_MS);
    return {
      id: c.id,
      position: [c.location.lon, c.location.lat],
      colour: categoryColour(c.category),
      radius: SEVERITY_RADIUS[c.severity],
    };
  });
  if (pulses.length === 0 && nextChangeAt === Infinity) return EMPTY;
  return { pulses, nextChangeAt: Number.isFinite(nextChangeAt) ? nextChangeAt : null };
}

let cache: { cases: ReadonlyMap<string, Case>; at: number; result: PulseSelection } | null = null;

/** computePulses, reused while the cases are the same and no case has aged out. */
export function selectPulses(cases: ReadonlyMap<string, Case>, serverNow: number): PulseSelection {
  if (
    cache &&
    cache.cases === cases &&
    serverNow >= cache.at &&
    (cache.result.nextChangeAt === null || serverNow < cache.result.nextChangeAt)
  ) {
    return cache.result;
  }
  const result = computePulses(selectCasesByOpening(cases).newestFirst(), serverNow);
  cache = { cases, at: serverNow, result };
  return result;
}
