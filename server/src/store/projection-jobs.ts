// The heavy reads of the log, off the request path: writing a checkpoint, and the snapshot at a
// past moment. Both rebuild a state of their own from the log; neither touches the live one.
import type { PeopleSetup, StaticEnterprise } from '../../../core/domain/live-state';
import { refreshClock } from '../../../core/domain/projection';
import { toIso, toMs } from '../../../core/domain/time';
import { buildSnapshot } from '../../../core/domain/views';
import type { EventStore } from './event-store';
import { rebuildState, writeCheckpoint } from './rebuild';

export interface PastSnapshot {
  seq: number;
  /** The snapshot as JSON, its serverTime the moment asked for. */
  json: string;
  /** The checkpoint it started from, and how many events were replayed after it. */
  fromCheckpointSeq: number | null;
  replayed: number;
}

export interface ProjectionJobs {
  /** Writes a checkpoint at the end of the log; resolves with its seq (null: nothing new). */
  checkpoint(): Promise<number | null>;
  snapshotAt(atIso: string): Promise<PastSnapshot>;
  close(): Promise<void>;
}

export interface JobContext {
  store: EventStore;
  enterprises: readonly StaticEnterprise[];
  people?: PeopleSetup;
  keepCheckpoints: number;
  warn: (message: string) => void;
}

export async function runCheckpoint(ctx: JobContext): Promise<number | null> {
  const written = await writeCheckpoint(
    ctx.store,
    ctx.enterprises,
    ctx.keepCheckpoints,
    ctx.warn,
    ctx.people,
  );
  return written?.seq ?? null;
}

/** The state after the last event at or before `atIso`, with time-derived fields computed for that moment. */
export async function runSnapshotAt(ctx: JobContext, atIso: string): Promise<PastSnapshot> {
  const atMs = toMs(atIso);
  const upToSeq = await ctx.store.seqAt(atIso);
  const { state, checkpoint, replayed } = await rebuildState(ctx.store, ctx.enterprises, {
    upToSeq,
    maxClockMs: atMs,
    warn: ctx.warn,
    ...(ctx.people ? { people: ctx.people } : {}),
  });
  refreshClock(state, atMs);
  return {
    seq: state.seq,
    json: JSON.stringify(buildSnapshot(state, toIso(atMs))),
    fromCheckpointSeq: checkpoint?.seq ?? null,
    replayed,
  };
}

/** The jobs run in this thread, one at a time: for stores the worker cannot open, and as a fallback. */
export function inProcessJobs(ctx: JobContext): ProjectionJobs {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    checkpoint: () => queue(() => runCheckpoint(ctx)),
    snapshotAt: (atIso) => queue(() => runSnapshotAt(ctx, atIso)),
    close: () => queue(async () => undefined),
  };
}
