// Who to send to a case: the cell's own grid worker(s) first (unless offline), then the nearest
// available people by great-circle distance, with an ETA by how each kind travels and their
// open-case load. Pure; the dispatcher's screen calls it and never re-implements the rule.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineM } from '../geo/distance';
import type { Case } from './model';
import type { PersonKind, PersonView } from './people';

/** How each kind gets there: ground speed and the detour of streets over the straight line. */
export const TRAVEL: Readonly<Record<PersonKind, { kmh: number; detour: number; startMin: number }>> = {
  'grid-worker': { kmh: 15, detour: 1.3, startMin: 1 }, // e-bike
  inspector: { kmh: 15, detour: 1.3, startMin: 2 }, // e-bike
  enforcement: { kmh: 25, detour: 1.3, startMin: 3 }, // patrol car in town
  police: { kmh: 30, detour: 1.3, startMin: 2 },
  'fire-station': { kmh: 30, detour: 1.3, startMin: 1 }, // turnout in a minute
  drone: { kmh: 40, detour: 1, startMin: 1 }, // flies straight
};

export type RecommendReason = 'own-cell' | 'nearest';

export interface Recommendation {
  person: PersonView;
  reason: RecommendReason;
  /** Straight-line metres from the last fix; absent when the person has no fix. */
  distanceM?: number;
  etaMin?: number;
  /** Minutes since that fix. */
  fixAgeMin?: number;
  openCases: number;
}

export interface RecommendOptions {
  /** How many nearest people after the cell's own (default 5). */
  limit?: number;
  /** Past this many candidates a point index is used (default 64). */
  indexFrom?: number;
}

export function etaMinutes(kind: PersonKind, distanceM: number): number {
  const t = TRAVEL[kind];
  return Math.ceil(t.startMin + (distanceM * t.detour) / ((t.kmh * 1000) / 60));
}

function withDistance(
  c: Pick<Case, 'location'>,
  person: PersonView,
  reason: RecommendReason,
  nowMs: number,
): Recommendation {
  if (!person.position) return { person, reason, openCases: person.openCases };
  const distanceM = Math.round(haversineM(c.location, person.position));
  return {
    person,
    reason,
    distanceM,
    etaMin: etaMinutes(person.kind, distanceM),
    fixAgeMin: Math.max(0, Math.floor((nowMs - Date.parse(person.position.at)) / 60_000)),
    openCases: person.openCases,
  };
}

interface Candidates {
  own: Map<string, PersonView[]>; // by cell code, not offline
  available: PersonView[]; // available, with a position
  index: KDBush | null;
  indexFrom: number;
}

/**
 * Who could go, sorted out once per list of people: screens ask for many cases against the same
 * list (the store's, replaced, never changed in place), so the point index is built once per list.
 */
const prepared = new WeakMap<object, Candidates>();

function prepare(people: readonly PersonView[], indexFrom: number): Candidates {
  const own = new Map<string, PersonView[]>();
  const available: PersonView[] = [];
  for (const p of people) {
    if (p.role === 'grid-worker' && p.status !== 'offline')
      for (const code of p.cellCodes) own.set(code, [...(own.get(code) ?? []), p]);
    if (p.status === 'available' && p.position) available.push(p);
  }
  let index: KDBush | null = null;
  if (available.length >= indexFrom) {
    index = new KDBush(available.length);
    for (const p of available) index.add(p.position!.lon, p.position!.lat);
    index.finish();
  }
  return { own, available, index, indexFrom };
}

/** The nearest `limit` of the available (all with positions), closest first. */
function nearest(
  c: Pick<Case, 'location'>,
  from: Candidates,
  skip: Set<string>,
  limit: number,
): PersonView[] {
  const { available, index } = from;
  if (!index) {
    return available
      .filter((p) => !skip.has(p.id))
      .map((p) => ({ p, d: haversineM(c.location, p.position!) }))
      .sort((a, b) => a.d - b.d || a.p.id.localeCompare(b.p.id))
      .slice(0, limit)
      .map((x) => x.p);
  }
  return around(
    index,
    c.location.lon,
    c.location.lat,
    limit,
    Infinity,
    (i) => !skip.has(available[i]!.id),
  ).map((i) => available[i]!);
}

export function recommendAssignees(
  c: Pick<Case, 'location' | 'cellCode'>,
  people: Iterable<PersonView>,
  nowMs: number,
  options: RecommendOptions = {},
): Recommendation[] {
  const limit = options.limit ?? 5;
  const indexFrom = options.indexFrom ?? 64;
  const list = Array.isArray(people) ? (people as readonly PersonView[]) : [...people];
  let candidates = prepared.get(list);
  if (candidates?.indexFrom !== indexFrom) {
    candidates = prepare(list, indexFrom);
    prepared.set(list, candidates);
  }
  const own = [...(candidates.own.get(c.cellCode) ?? [])].sort(
    (a, b) => a.openCases - b.openCases || a.id.localeCompare(b.id),
  );
  const skip = new Set(own.map((p) => p.id));
  return [
    ...own.map((p) => withDistance(c, p, 'own-cell', nowMs)),
    ...nearest(c, candidates, skip, limit).map((p) => withDistance(c, p, 'nearest', nowMs)),
  ];
}
