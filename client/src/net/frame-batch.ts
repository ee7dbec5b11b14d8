// Socket messages change the store at most once an animation frame. Deltas come every tick, but
// after a long frame several wait in the queue; each published on its own would re-render every
// panel and rebuild the map's layers once per message, for frames nobody sees. The sync session
// reads the pending value, so its sequence rule sees every delta as it arrives.
import type { LiveData, UnpublishedBatch } from '../state/apply-sync';

export interface LivePatch {
  data?: LiveData;
  /** The last server time heard and the local clock then. */
  heard?: { serverTime: string; at: number };
}

/** Calls `run` soon; returns a cancel. */
export type Scheduler = (run: () => void) => () => void;

/** The next animation frame, or a timer when frames do not come (a hidden tab still keeps up). */
export const nextFrame: Scheduler = (run) => {
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 250);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export interface FrameBatch {
  setData: (data: LiveData) => void;
  markHeard: (serverTime: string, at?: number) => void;
  /** The data as it will be after the next publish. */
  pendingData: () => LiveData | undefined;
  /** Names what is applied until the next publish: maps made under it may change in place. */
  unpublished: () => UnpublishedBatch;
  flush: () => void;
  cancel: () => void;
}

export function createFrameBatch(publish: (patch: LivePatch) => void, schedule = nextFrame): FrameBatch {
  let patch: LivePatch | null = null;
  let cancelScheduled: (() => void) | null = null;
  let unpublished: UnpublishedBatch | null = null;
  const flush = () => {
    cancelScheduled?.();
    cancelScheduled = null;
    unpublished = null;
    const ready = patch;
    patch = null;
    if (ready) publish(ready);
  };
  const add = (next: LivePatch) => {
    patch = { ...patch, ...next };
    cancelScheduled ??= schedule(flush);
  };
  return {
    setData: (data) => add({ data }),
    markHeard: (serverTime, at = Date.now()) => add({ heard: { serverTime, at } }),
    pendingData: () => patch?.data,
    unpublished: () => (unpublished ??= {}),
    flush,
    cancel: () => {
      cancelScheduled?.();
      cancelScheduled = null;
      unpublished = null;
      patch = null;
    },
  };
}
