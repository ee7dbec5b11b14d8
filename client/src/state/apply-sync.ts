// How snapshots, deltas and heartbeats change the client's copy of the live state. Pure but for
// one thing: an applied message's cases come to share equal values in place, reading the same
// (state/share-equal-values). The socket code decides what to send, this what a message means.
import type { Case, EnterpriseState, FeedHealth, Hazard } from '../../../core/domain/model';
import type { PersonView } from '../../../core/domain/people';
import type { Delta, Snapshot } from '../../../core/protocol/sync';
import { extendStep, recordStep } from './map-lineage';
import { shareEqualValues } from './share-equal-values';
import { ShardedMap } from './sharded-map';

export interface LiveData {
  /** The sequence number of the last applied message; null before the first snapshot. */
  seq: number | null;
  /** Server time of the last applied message (ISO). */
  serverTime: string | null;
  cases: ReadonlyMap<string, Case>;
  hazards: ReadonlyMap<string, Hazard>;
  enterprises: ReadonlyMap<string, EnterpriseState>;
  feeds: ReadonlyMap<string, FeedHealth>;
  people: ReadonlyMap<string, PersonView>;
}

export const EMPTY_LIVE_DATA: LiveData = {
  seq: null,
  serverTime: null,
  cases: ShardedMap.of([]),
  hazards: ShardedMap.of([]),
  enterprises: ShardedMap.of([]),
  feeds: ShardedMap.of([]),
  people: ShardedMap.of([]),
};

/** applied: the data moved on · stale: already seen, ignored · gap: something was missed. */
export type DeltaOutcome = 'applied' | 'stale' | 'gap';

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string): ShardedMap<T> {
  return ShardedMap.of(items.map((item) => [keyOf(item), item] as const));
}

/** A snapshot replaces everything. Its cases come to share equal values (shareEqualValues). */
export function applySnapshot(snapshot: Snapshot): LiveData {
  shareEqualValues(snapshot.cases);
  return {
    seq: snapshot.seq,
    serverTime: snapshot.serverTime,
    cases: indexBy(snapshot.cases, (c) => c.id),
    hazards: indexBy(snapshot.hazards, (h) => h.id),
    enterprises: indexBy(snapshot.enterprises, (e) => e.id),
    feeds: indexBy(snapshot.feeds, (f) => f.source),
    people: indexBy(snapshot.people, (p) => p.id),
  };
}

/**
 * A batch of deltas applied before anyone sees the result (the socket's deltas between two frames):
 * the maps it made may take its next delta in place instead of being copied again.
 */
export type UnpublishedBatch = object;

const madeInBatch = new WeakMap<ReadonlyMap<string, unknown>, UnpublishedBatch>();

/**
 * Latest state per entity: changed entities replace theirs, removed ids leave. The result shares
 * every shard the changes do not touch with `current` (state/sharded-map), which stays as it was.
 */
function mergeEntities<T>(
  current: ReadonlyMap<string, T>,
  changed: readonly T[],
  keyOf: (item: T) => string,
  removed: readonly string[] = [],
  batch?: UnpublishedBatch,
): ReadonlyMap<string, T> {
  if (changed.length === 0 && removed.length === 0) return current;
  const changedIds = changed.map(keyOf);
  const set = changed.map((item, i) => [changedIds[i]!, item] as const);
  const inPlace = batch !== undefined && madeInBatch.get(current) === batch && current instanceof ShardedMap;
  let next: ShardedMap<T>;
  if (inPlace) {
    next = current;
    next.change(set, removed);
  } else {
    next = (current instanceof ShardedMap ? current : ShardedMap.of(current)).with(set, removed);
  }
  if (!(inPlace && extendStep(next, changedIds, removed))) recordStep(current, next, changedIds, removed);
  if (batch !== undefined) madeInBatch.set(next, batch);
  return next;
}

export function classifyDelta(seq: number | null, delta: Delta): DeltaOutcome {
  if (seq === null) return 'gap';
  // fromSeq === seq also covers a time-only delta (fromSeq === seq === delta.seq).
  if (delta.fromSeq === seq) return 'applied';
  if (delta.seq <= seq) return 'stale';
  return 'gap';
}

/**
 * Applies a delta only when it continues exactly where the data stands; its cases come to share
 * equal values (shareEqualValues). With `batch`, `data` is
 * that batch's unpublished result so far (or data from before it), and maps the batch made are
 * changed in place.
 */
export function applyDelta(
  data: LiveData,
  delta: Delta,
  batch?: UnpublishedBatch,
): { outcome: DeltaOutcome; data: LiveData } {
  const outcome = classifyDelta(data.seq, delta);
  if (outcome !== 'applied') return { outcome, data };
  shareEqualValues(delta.cases);
  return {
    outcome,
    data: {
      seq: delta.seq,
      serverTime: delta.serverTime,
      cases: mergeEntities(data.cases, delta.cases, (c) => c.id, delta.removed?.cases, batch),
      hazards: mergeEntities(data.hazards, delta.hazards, (h) => h.id, delta.removed?.hazards, batch),
      enterprises: mergeEntities(data.enterprises, delta.enterprises, (e) => e.id, undefined, batch),
      feeds: mergeEntities(data.feeds, delta.feeds, (f) => f.source, undefined, batch),
      people: mergeEntities(data.people, delta.people, (p) => p.id, undefined, batch),
    },
  };
}

/** A heartbeat ahead of the data means a delta went missing. */
export function heartbeatShowsGap(data: LiveData, beat: { seq: number }): boolean {
  return data.seq !== null && beat.seq > data.seq;
}
