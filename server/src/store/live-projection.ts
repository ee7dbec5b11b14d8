// Holds the live state: replays the event log at start, and is the one place where state
// changes. Writers and readers take turns (`exclusive`), so nobody sees an event that is not
// yet committed; listeners hear what changed only after the commit.
import {
  addTouched,
  emptyTouched,
  isTouchedEmpty,
  type LiveState,
  type PeopleSetup,
  type StaticEnterprise,
  type Touched,
} from '../../../core/domain/live-state';
import type { DomainEvent } from '../../../core/domain/model';
import { applyEvent, refreshClock } from '../../../core/domain/projection';
import { toIso } from '../../../core/domain/time';
import { maskCases } from '../../../core/domain/masking';
import { buildSnapshot } from '../../../core/domain/views';
import type { Snapshot } from '../../../core/protocol/sync';
import { EventStoreError, type EventStore } from './event-store';
import { rebuildState } from './rebuild';

export interface Transaction {
  readonly state: LiveState;
  /** Applies a decided event now; it is appended with the others when the work returns. */
  apply(event: DomainEvent): void;
}

/** Who a snapshot or delta is for: with residents' names and phones, or with them masked. */
export type Audience = 'full' | 'masked';

export interface SnapshotBytes {
  snapshot: Snapshot;
  bytes: Buffer;
  etag: string;
}

export interface LiveProjection {
  /** How the state was rebuilt at start: from which checkpoint (0: none), and how many events after it. */
  readonly startedFrom: { checkpointSeq: number; replayed: number };
  readonly state: LiveState;
  /** Bumped on every change, including clock-only changes that keep the seq. */
  readonly version: number;
  exclusive<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Runs `work` alone; the events it applied are appended in one transaction before it resolves. */
  transact<T>(work: (tx: Transaction) => T): Promise<T>;
  /** Brings time-derived fields to `nowMs` (inside `exclusive`). */
  refresh(nowMs: number): Promise<Touched>;
  /** The snapshot at the current version, serialised once per audience. Call inside `exclusive`. */
  snapshot(audience?: Audience): SnapshotBytes;
  onChange(listener: (touched: Touched) => void): () => void;
}

export async function createLiveProjection(opts: {
  store: EventStore;
  enterprises: readonly StaticEnterprise[];
  clock: () => number;
  /** false: replay the whole log, ignoring checkpoints. */
  useCheckpoint?: boolean;
  warn?: (message: string) => void;
  people?: PeopleSetup;
}): Promise<LiveProjection> {
  const { store, enterprises, clock } = opts;
  const replay = async () => (await rebuildState(store, enterprises, opts)).state;
  const started = await rebuildState(store, enterprises, opts);
  let state = started.state;
  refreshClock(state, clock());
  let version = 1;
  // Part of the ETag, so that a restart (version counting again from 1) cannot reuse a tag.
  const bootId = clock().toString(36);
  const cached: Record<Audience, (SnapshotBytes & { version: number }) | null> = { full: null, masked: null };
  const listeners = new Set<(touched: Touched) => void>();
  let tail: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(fn: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
  const changed = (touched: Touched) => {
    version += 1;
    for (const listener of listeners) listener(touched);
  };

  return {
    startedFrom: { checkpointSeq: started.checkpoint?.seq ?? 0, replayed: started.replayed },
    get state() {
      return state;
    },
    get version() {
      return version;
    },
    exclusive,
    transact<T>(work: (tx: Transaction) => T): Promise<T> {
      return exclusive(async () => {
        const pending: DomainEvent[] = [];
        const touched = emptyTouched();
        const tx: Transaction = {
          state,
          apply(event) {
            pending.push(event);
            addTouched(touched, applyEvent(state, { ...event, seq: state.seq + 1 }));
          },
        };
        const rebuild = async () => {
          // Nothing uncommitted may stay in memory: rebuild from what the log holds.
          state = await replay();
          refreshClock(state, clock());
          version += 1;
        };
        let result: T;
        try {
          result = work(tx);
        } catch (err) {
          if (pending.length > 0) await rebuild();
          throw err;
        }
        if (pending.length === 0) return result;
        try {
          const logged = await store.append(pending);
          if (logged.at(-1)?.seq !== state.seq) {
            throw new EventStoreError(
              `the log at ${store.location} has another writer (seq ${logged.at(-1)?.seq}, expected ${state.seq})`,
            );
          }
        } catch (err) {
          await rebuild();
          throw err;
        }
        changed(touched);
        return result;
      });
    },
    refresh(nowMs) {
      return exclusive(() => {
        const touched = refreshClock(state, nowMs);
        if (!isTouchedEmpty(touched)) changed(touched);
        return touched;
      });
    },
    snapshot(audience = 'full') {
      let full = cached.full;
      if (full?.version !== version) {
        const snapshot = buildSnapshot(state, toIso(clock()));
        const bytes = Buffer.from(JSON.stringify(snapshot));
        full = cached.full = { version, snapshot, bytes, etag: `"${bootId}-${snapshot.seq}-${version}"` };
      }
      if (audience === 'full') return full;
      let masked = cached.masked;
      if (masked?.version !== version) {
        const snapshot = maskCases(full.snapshot);
        const bytes = Buffer.from(JSON.stringify(snapshot));
        masked = cached.masked = {
          version,
          snapshot,
          bytes,
          etag: `"${bootId}-${snapshot.seq}-${version}-m"`,
        };
      }
      return masked;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
