// Decides when to write a projection checkpoint: after `everyEvents` new events, or every
// `everyMs` when anything happened. One at a time; the work itself runs in the projection jobs.
import type { Logger } from '../log';
import type { LiveProjection } from './live-projection';
import type { ProjectionJobs } from './projection-jobs';

export interface CheckpointPolicy {
  everyEvents: number;
  everyMs: number;
}

export interface Checkpointer {
  /** Writes one now (after the one in progress); resolves with its seq, null if nothing new. */
  runNow(): Promise<number | null>;
  stop(): Promise<void>;
}

export function createCheckpointer(deps: {
  projection: LiveProjection;
  jobs: ProjectionJobs;
  policy: CheckpointPolicy;
  /** The seq of the checkpoint the projection started from (0: none). */
  startSeq: number;
  log: Logger;
}): Checkpointer {
  const { projection, jobs, policy, log } = deps;
  let lastSeq = deps.startSeq;
  let running: Promise<number | null> | null = null;
  let stopped = false;

  const run = (): Promise<number | null> => {
    const previous = running ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(async () => {
        const seq = await jobs.checkpoint();
        if (seq !== null) {
          lastSeq = seq;
          log.debug(`checkpoint written at seq ${seq}`);
        }
        return seq;
      });
    running = next;
    void next.then(
      () => {
        if (running === next) running = null;
        maybeRun(); // events that came while it ran may be enough for the next one
      },
      (err: unknown) => {
        if (running === next) running = null;
        log.warn(`checkpoint failed: ${(err as Error).message}`);
      },
    );
    return next;
  };
  function maybeRun(): void {
    if (!stopped && running === null && projection.state.seq - lastSeq >= policy.everyEvents) void run();
  }

  const unsubscribe = projection.onChange(maybeRun);
  const timer = setInterval(() => {
    if (!stopped && running === null && projection.state.seq > lastSeq) void run().catch(() => undefined);
  }, policy.everyMs);
  timer.unref();
  maybeRun();

  return {
    runNow: run,
    async stop() {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
