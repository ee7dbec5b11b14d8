// Which cases are new (opened in the last minute of server time) and where their rings go.
import type { Case } from '../../../core/domain/model';
import { isCaseOpen } from '../../../core/domain/model';
import { NEW_CASE_MS, openedMs } from '../state/case-phase';
import type { PulseDatum } from './layers/incident-pulses';
import { categoryColour, SEVERITY_RADIUS } from './palette';

export interface PulseSelection {
  pulses: PulseDatum[];
  /** Server time at which the set of new cases next changes; null if it will not by itself. */
  nextChangeAt: number | null;
}

const EMPTY: PulseSelection = { pulses: [], nextChangeAt: null };

export function computePulses(cases: ReadonlyMap<string, Case>, serverNow: number): PulseSelection {
  const pulses: PulseDatum[] = [];
  let nextChangeAt = Infinity;
  for (const c of cases.values()) {
    if (!isCaseOpen(c.state)) continue;
    const seen = openedMs(c);
    if (seen > serverNow) {
      nextChangeAt = Math.min(nextChangeAt, seen); // a clock ahead of ours: new soon
    } else if (serverNow - seen < NEW_CASE_MS) {
      nextChangeAt = Math.min(nextChangeAt, seen + NEW_CASE_MS);
      pulses.push({
        id: c.id,
        position: [c.location.lon, c.location.lat],
        colour: categoryColour(c.category),
        radius: SEVERITY_RADIUS[c.severity],
      });
    }
  }
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
  const result = computePulses(cases, serverNow);
  cache = { cases, at: serverNow, result };
  return result;
}
