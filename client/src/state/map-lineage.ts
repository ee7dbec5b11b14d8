// Which entries a delta changed, remembered per derived map, so that code holding an older map
// (the map's fixed slots) can catch up by the changed ids instead of comparing every entry: with
// 100,000 cases a full pass costs more than the whole budget of one change. Bounded: only the
// last LINEAGE_KEPT derivations are kept, and nothing keeps an old map alive.

export interface MapStep {
  /** The generation this map was derived from. */
  from: number;
  changed: string[];
  removed: string[];
}

const LINEAGE_KEPT = 256;

const generationOf = new WeakMap<ReadonlyMap<string, unknown>, number>();
const steps = new Map<number, MapStep>(); // generation → how it was made (insertion order = age)
let lastGeneration = 0;

/** The map's generation, given on first ask. */
export function generationOfMap(map: ReadonlyMap<string, unknown>): number {
  let generation = generationOf.get(map);
  if (generation === undefined) {
    generation = ++lastGeneration;
    generationOf.set(map, generation);
  }
  return generation;
}

/** Records that `next` is `previous` with these entries set and removed. */
export function recordStep(
  previous: ReadonlyMap<string, unknown>,
  next: ReadonlyMap<string, unknown>,
  changed: readonly string[],
  removed: readonly string[],
): void {
  const from = generationOfMap(previous);
  steps.set(generationOfMap(next), { from, changed: [...changed], removed: [...removed] });
  if (steps.size > LINEAGE_KEPT) steps.delete(steps.keys().next().value!);
}

/**
 * Records that `map`, derived by recordStep and seen by no one since, was changed again in place:
 * its step grows by these ids. Returns false (nothing recorded) when its step is not known.
 */
export function extendStep(
  map: ReadonlyMap<string, unknown>,
  changed: readonly string[],
  removed: readonly string[],
): boolean {
  const generation = generationOf.get(map);
  const step = generation === undefined ? undefined : steps.get(generation);
  if (!step) return false;
  step.changed.push(...changed);
  step.removed.push(...removed);
  return true;
}

/**
 * The ids changed and removed on the way from `older` to `newer` (an id may be in both: take the
 * newer map's word), or null when the way is not known (not derived, or too long ago).
 */
export function changesBetween(
  older: ReadonlyMap<string, unknown>,
  newer: ReadonlyMap<string, unknown>,
): string[] | null {
  const target = generationOf.get(older);
  if (target === undefined) return null;
  const ids: string[] = [];
  let generation = generationOf.get(newer);
  while (generation !== undefined && generation !== target) {
    const step = steps.get(generation);
    if (!step) return null;
    ids.push(...step.changed, ...step.removed);
    generation = step.from;
  }
  return generation === target ? ids : null;
}

export interface MapFollower<T> {
  /** Catches up with `map`; `afresh` rebuilds from every entry even when the way is known. */
  (map: ReadonlyMap<string, T>, afresh?: boolean): void;
}

/**
 * Keeps something derived from a map in step with it by the entries its deltas changed: `change`
 * gets each changed entry as it was and as it is (undefined where absent), `reset` the whole map
 * when the way from the map last seen is not known.
 */
export function followMap<T>(on: {
  reset: (map: ReadonlyMap<string, T>) => void;
  change: (before: T | undefined, after: T | undefined) => void;
}): MapFollower<T> {
  let source: ReadonlyMap<string, T> | null = null;
  return (map, afresh = false) => {
    if (map === source && !afresh) return;
    const changed = source && !afresh ? changesBetween(source, map) : null;
    if (changed) {
      for (const id of new Set(changed)) {
        const before = source!.get(id);
        const after = map.get(id);
        if (before !== after) on.change(before, after);
      }
    } else {
      on.reset(map);
    }
    source = map;
  };
}
