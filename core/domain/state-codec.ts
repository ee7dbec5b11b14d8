// The live state as text, for checkpoints: a header, then the maps in parts of bounded size (a
// state of a million events would not fit in one string). And a canonical form for hashing: the
// same state gives the same text however its maps were filled.
import {
  createLiveState,
  NO_PEOPLE,
  type LiveState,
  type PeopleSetup,
  type StaticEnterprise,
} from './live-state';
import { rosterKey } from './people';

/** Bumped whenever applyEvent or the shape of LiveState changes: older checkpoints are then ignored. */
export const PROJECTION_VERSION = 3; // 2: case.transitioned applied · 3: people

// Every Map in LiveState is stored, whatever maps are added later; Set values are stored as arrays.
function mapsOf(state: LiveState): [string, Map<string, unknown>][] {
  return Object.entries(state).filter((e): e is [string, Map<string, unknown>] => e[1] instanceof Map);
}

interface Head {
  kind: 'head';
  projectionVersion: number;
  seq: number;
  clockMs: number;
  /** The static enterprises the state was built with: another area gives another state. */
  enterprises: string;
  /** The roster the state was built with. */
  roster: string;
}
interface Part {
  kind: 'part';
  map: string;
  sets: boolean;
  entries: [string, unknown][];
}

export class StateCodecError extends Error {
  override name = 'StateCodecError';
}

/** A stable key for the static enterprises (order-independent). */
export function enterprisesKey(enterprises: readonly StaticEnterprise[]): string {
  return JSON.stringify([...enterprises].map((e) => [e.id, e.risk]).sort());
}

/** The state as JSON texts: the head first, then parts of at most `partSize` entries. */
export function* encodeLiveState(
  state: LiveState,
  enterprises: readonly StaticEnterprise[],
  partSize = 2000,
): Generator<string> {
  const head: Head = {
    kind: 'head',
    projectionVersion: PROJECTION_VERSION,
    seq: state.seq,
    clockMs: state.clockMs,
    enterprises: enterprisesKey(enterprises),
    roster: rosterKey(state.roster.values()),
  };
  yield JSON.stringify(head);
  for (const [map, values] of mapsOf(state)) {
    let entries: [string, unknown][] = [];
    let sets = false;
    const flush = () => JSON.stringify({ kind: 'part', map, sets, entries } satisfies Part);
    for (const [key, value] of values) {
      if (value instanceof Set) {
        sets = true;
        entries.push([key, [...(value as Set<unknown>)]]);
      } else entries.push([key, value]);
      if (entries.length >= partSize) {
        yield flush();
        entries = [];
      }
    }
    if (entries.length > 0) yield flush();
  }
}

export interface StateDecoder {
  push(text: string): void;
  /** The state, once every text was pushed. */
  finish(): LiveState;
}

/** Reads what encodeLiveState wrote, one text at a time; throws StateCodecError when it is not that, or not for these enterprises. */
export function createStateDecoder(
  enterprises: readonly StaticEnterprise[],
  people: PeopleSetup = NO_PEOPLE,
): StateDecoder {
  const state = createLiveState([], people);
  let head: Head | null = null;
  return {
    push(text) {
      let item: Head | Part;
      try {
        item = JSON.parse(text) as Head | Part;
      } catch (err) {
        throw new StateCodecError(`not JSON: ${(err as Error).message}`);
      }
      if (head === null) {
        if (item.kind !== 'head') throw new StateCodecError('no head');
        if (item.projectionVersion !== PROJECTION_VERSION) {
          throw new StateCodecError(
            `projection version ${item.projectionVersion}, this server builds ${PROJECTION_VERSION}`,
          );
        }
        if (item.enterprises !== enterprisesKey(enterprises)) {
          throw new StateCodecError('built with other area data (enterprises differ)');
        }
        if (item.roster !== rosterKey(people.roster)) {
          throw new StateCodecError('built with another roster of people');
        }
        head = item;
        state.seq = item.seq;
        state.clockMs = item.clockMs;
        for (const [, values] of mapsOf(state)) values.clear();
        return;
      }
      const target: unknown = item.kind === 'part' ? state[item.map as keyof LiveState] : undefined;
      if (item.kind !== 'part' || !(target instanceof Map)) {
        throw new StateCodecError('a part of unknown kind');
      }
      for (const [key, value] of item.entries)
        target.set(key, item.sets ? new Set(value as unknown[]) : value);
    },
    finish() {
      if (head === null) throw new StateCodecError('empty');
      return state;
    },
  };
}

export function decodeLiveState(
  texts: Iterable<string>,
  enterprises: readonly StaticEnterprise[],
  people: PeopleSetup = NO_PEOPLE,
): LiveState {
  const decoder = createStateDecoder(enterprises, people);
  for (const text of texts) decoder.push(text);
  return decoder.finish();
}

function canonicalValue(value: unknown): unknown {
  if (value instanceof Map) {
    return [...value.entries()]
      .map(([k, v]) => [k, canonicalValue(v)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  if (value instanceof Set) return [...value].sort();
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonicalValue(v);
    }
    return out;
  }
  return value;
}

/** One text for one state, whatever the order its maps, sets and objects were filled in. */
export function canonicalLiveState(state: LiveState): string {
  return JSON.stringify(canonicalValue(state));
}
