// The decision on one position fix: an event to append, a duplicate (not newer than the last fix
// of that person), or a rejection naming the field. Outside the street is accepted and flagged.
import { rejectFuture, type Decision } from './decision';
import type { LiveState } from './live-state';
import type { Actor, LonLat } from './model';
import { DAY_MS, toIso, toMs } from './time';
import type { PositionReport } from '../protocol/positions';

/** A fix older than this is no position any more: rejected. */
export const MAX_FIX_AGE_MS = DAY_MS;

export function decidePosition(args: {
  state: LiveState;
  report: PositionReport;
  location: LonLat; // WGS84
  insideStreet: boolean;
  nowMs: number;
  actor: Actor;
}): Decision {
  const { state, report, location, nowMs } = args;
  const person = state.roster.get(report.personId);
  if (!person) return { kind: 'rejected', field: 'personId', reason: 'no such person on the roster' };
  if (report.kind !== undefined && report.kind !== person.kind)
    return { kind: 'rejected', field: 'kind', reason: `${report.personId} is a ${person.kind}` };
  const atMs = toMs(report.at);
  const future = rejectFuture(atMs, nowMs);
  if (future) return future;
  if (nowMs - atMs > MAX_FIX_AGE_MS)
    return { kind: 'rejected', field: 'at', reason: 'is more than a day old' };
  const fixAt = toIso(atMs);
  const id = `${report.personId}@${fixAt}`;
  const last = state.fixes.get(report.personId);
  if (last && last.at >= fixAt) return { kind: 'duplicate', id };
  return {
    kind: 'accepted',
    id,
    ...(args.insideStreet ? {} : { outside: true }),
    event: {
      type: 'position.reported',
      at: toIso(nowMs),
      actor: args.actor,
      personId: person.id,
      lon: Math.round(location.lon * 1e7) / 1e7,
      lat: Math.round(location.lat * 1e7) / 1e7,
      fixAt,
      ...(report.accuracyM !== undefined ? { accuracyM: report.accuracyM } : {}),
      ...(args.insideStreet ? {} : { outside: true as const }),
    },
  };
}
