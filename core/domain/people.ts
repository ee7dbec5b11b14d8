// People in the field: the street's grid workers (from the area data) and its responders (the
// roster in data/people/), where they were last heard from, their status and their open-case load.
// Pure: the projection keeps the facts (fixes, trails, load) and asks these functions what they mean.
import type { CellCollection } from './area';
import type { Case, CaseState, LonLat } from './model';
import { isWorkingDay, MINUTE_MS, shanghaiHour, toMs } from './time';

export const PERSON_KINDS = [
  'grid-worker',
  'inspector',
  'fire-station',
  'police',
  'drone',
  'enforcement',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export type PersonRole = 'grid-worker' | 'responder';

export const PERSON_STATUSES = ['available', 'busy', 'off-duty', 'offline'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Who a person is (static: from the area data and the roster). */
export interface Person {
  id: string;
  name: string;
  role: PersonRole;
  kind: PersonKind;
  /** The cells a grid worker is responsible for; empty for responders. */
  cellCodes: string[];
  communityCode?: string;
  /** Where a responder starts from (station, office); the simulator's home for them. */
  base?: LonLat;
  /** A drone's patrol line, flown back and forth. */
  patrol?: LonLat[];
}

/** The last position fix of a person, in WGS84. */
export interface PersonFix {
  lon: number;
  lat: number;
  /** When the device took the fix (ISO). */
  at: string;
  accuracyM?: number;
  /** Outside the street's boundary (people travel): accepted, but flagged. */
  outside: boolean;
}

/** A person as screens see them (snapshot and deltas). */
export interface PersonView {
  id: string;
  name: string;
  role: PersonRole;
  kind: PersonKind;
  cellCodes: string[];
  communityCode?: string;
  position?: { lon: number; lat: number; at: string; outside?: true };
  status: PersonStatus;
  /** Cases dispatched to them and not yet handled. */
  openCases: number;
}

/** When each kind is on duty, Shanghai time; null hours = around the clock. */
export interface Shift {
  hours: readonly [number, number] | null;
  workingDaysOnly: boolean;
}

export const SHIFTS: Readonly<Record<PersonKind, Shift>> = {
  // Grid workers walk their cells every day on a rota: 08:00–18:00.
  'grid-worker': { hours: [8, 18], workingDaysOnly: false },
  inspector: { hours: [8.5, 17.5], workingDaysOnly: true },
  'fire-station': { hours: null, workingDaysOnly: false },
  police: { hours: null, workingDaysOnly: false },
  // Drones fly in daylight.
  drone: { hours: [9, 17], workingDaysOnly: false },
  enforcement: { hours: [8, 20], workingDaysOnly: false },
};

/** Not heard from for this long (on shift): offline. Configurable per server (PEOPLE_OFFLINE_MINUTES). */
export const DEFAULT_OFFLINE_AFTER_MS = 10 * MINUTE_MS;

/** The case states that count as a person's load: dispatched to them and not yet handled. */
export const LOAD_STATES: readonly CaseState[] = ['dispatched', 'in-progress', 'postponed'];

export function isOnShift(kind: PersonKind, nowMs: number): boolean {
  const shift = SHIFTS[kind];
  if (shift.workingDaysOnly && !isWorkingDay(nowMs)) return false;
  if (shift.hours === null) return true;
  const hour = shanghaiHour(nowMs);
  return hour >= shift.hours[0] && hour < shift.hours[1];
}

export interface PersonLoad {
  open: number;
  inProgress: number;
}

export function loadOf(cases: Iterable<Pick<Case, 'state'>>): PersonLoad {
  let open = 0;
  let inProgress = 0;
  for (const c of cases) {
    if (!LOAD_STATES.includes(c.state)) continue;
    open += 1;
    if (c.state === 'in-progress') inProgress += 1;
  }
  return { open, inProgress };
}

/**
 * Busy while working a case and heard from; off duty outside the shift; offline when not heard
 * from for `offlineAfterMs`; otherwise available. Someone working a case at night is busy, not off duty.
 */
export function personStatus(
  kind: PersonKind,
  fix: Pick<PersonFix, 'at'> | undefined,
  load: PersonLoad,
  nowMs: number,
  offlineAfterMs: number,
): PersonStatus {
  const heard = fix !== undefined && nowMs - toMs(fix.at) <= offlineAfterMs;
  if (heard && load.inProgress > 0) return 'busy';
  if (!isOnShift(kind, nowMs)) return 'off-duty';
  if (!heard) return 'offline';
  return load.inProgress > 0 ? 'busy' : 'available';
}

export function personViewOf(
  person: Person,
  fix: PersonFix | undefined,
  load: PersonLoad,
  nowMs: number,
  offlineAfterMs: number,
): PersonView {
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    kind: person.kind,
    cellCodes: person.cellCodes,
    ...(person.communityCode !== undefined ? { communityCode: person.communityCode } : {}),
    ...(fix
      ? { position: { lon: fix.lon, lat: fix.lat, at: fix.at, ...(fix.outside ? { outside: true } : {}) } }
      : {}),
    status: personStatus(person.kind, fix, load, nowMs, offlineAfterMs),
    openCases: load.open,
  };
}

export function samePersonView(a: PersonView, b: PersonView): boolean {
  return (
    a.status === b.status &&
    a.openCases === b.openCases &&
    a.position?.at === b.position?.at &&
    a.position?.lon === b.position?.lon &&
    a.position?.lat === b.position?.lat &&
    a.name === b.name
  );
}

/** The street's grid workers from the area data: one person per worker id, with the cells they hold. */
export function gridWorkersOf(cells: CellCollection): Person[] {
  const byId = new Map<string, Person>();
  for (const f of cells.features) {
    for (const w of f.properties.workers ?? []) {
      const known = byId.get(w.id);
      if (known) known.cellCodes.push(f.properties.code);
      else
        byId.set(w.id, {
          id: w.id,
          name: w.name,
          role: 'grid-worker',
          kind: 'grid-worker',
          cellCodes: [f.properties.code],
          communityCode: f.properties.communityCode,
        });
    }
  }
  return [...byId.values()];
}

/** A stable key of a roster (order-independent): a checkpoint built with another roster is not used. */
export function rosterKey(people: Iterable<Person>): string {
  return JSON.stringify(
    [...people].map((p) => [p.id, p.kind, p.role, p.name, p.cellCodes, p.communityCode ?? null]).sort(),
  );
}
