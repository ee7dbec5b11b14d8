// Building the state at a seq from the log: the newest usable checkpoint, then the events after
// it. A checkpoint that cannot be read is skipped with a warning: the log is the truth.
import {
  createLiveState,
  NO_PEOPLE,
  type LiveState,
  type PeopleSetup,
  type StaticEnterprise,
} from '../../../core/domain/live-state';
import { applyEvent } from '../../../core/domain/projection';
import { createStateDecoder, encodeLiveState, PROJECTION_VERSION } from '../../../core/domain/state-codec';
import type { CheckpointInfo, EventStore } from './event-store';

const REPLAY_PAGE = 5000;

export interface RebuildOptions {
  /** Stop after this seq (default: the end of the log). */
  upToSeq?: number;
  /** Use only checkpoints taken at or before this moment (for time travel). */
  maxClockMs?: number;
  /** false: replay the whole log. */
  useCheckpoint?: boolean;
  warn?: (message: string) => void;
  /** The roster of people in the field (default: none). */
  people?: PeopleSetup;
}

export interface Rebuilt {
  state: LiveState;
  checkpoint: CheckpointInfo | null;
  replayed: number;
}

async function loadCheckpoint(
  store: EventStore,
  enterprises: readonly StaticEnterprise[],
  info: CheckpointInfo,
  people: PeopleSetup,
): Promise<LiveState> {
  const decoder = createStateDecoder(enterprises, people);
  for await (const text of store.readCheckpoint(info.id)) decoder.push(text);
  const state = decoder.finish();
  if (state.seq !== info.seq) throw new Error(`it holds seq ${state.seq}, its row says ${info.seq}`);
  return state;
}

export async function rebuildState(
  store: EventStore,
  enterprises: readonly StaticEnterprise[],
  opts: RebuildOptions = {},
): Promise<Rebuilt> {
  const upToSeq = opts.upToSeq ?? Number.MAX_SAFE_INTEGER;
  let state: LiveState | null = null;
  let checkpoint: CheckpointInfo | null = null;
  if (opts.useCheckpoint !== false) {
    checkpoint = await store.latestCheckpoint(upToSeq, opts.maxClockMs ?? Number.MAX_SAFE_INTEGER);
    if (checkpoint) {
      try {
        state = await loadCheckpoint(store, enterprises, checkpoint, opts.people ?? NO_PEOPLE);
      } catch (err) {
        opts.warn?.(
          `checkpoint ${checkpoint.id} (seq ${checkpoint.seq}) in ${store.location} is not usable ` +
            `(${(err as Error).message}): replaying the whole log instead`,
        );
        checkpoint = null;
      }
    }
  }
  state ??= createLiveState(enterprises, opts.people ?? NO_PEOPLE);
  let replayed = 0;
  for (;;) {
    const limit = Math.min(REPLAY_PAGE, upToSeq - state.seq);
    if (limit <= 0) break;
    const page = await store.readAfter(state.seq, limit);
    for (const event of page) applyEvent(state, event);
    replayed += page.length;
    if (page.length < limit) break;
  }
  return { state, checkpoint, replayed };
}

/** Writes a checkpoint at the end of the log, unless the newest one is already there. */
export async function writeCheckpoint(
  store: EventStore,
  enterprises: readonly StaticEnterprise[],
  keep: number,
  warn?: (message: string) => void,
  people: PeopleSetup = NO_PEOPLE,
): Promise<CheckpointInfo | null> {
  const { state, checkpoint, replayed } = await rebuildState(store, enterprises, { warn, people });
  if (state.seq === 0 || (checkpoint && replayed === 0)) return null;
  return store.writeCheckpoint(
    { seq: state.seq, clockMs: state.clockMs, projectionVersion: PROJECTION_VERSION },
    encodeLiveState(state, enterprises),
    keep,
  );
}
