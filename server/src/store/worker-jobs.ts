// The projection jobs in a worker thread (projection-worker.ts). From source (tsx, tests) the
// worker loads TypeScript through tsx; from the bundle it is dist/server/store/projection-worker.js.
// If the worker cannot start, the jobs run in this thread with a warning.
import { Worker } from 'node:worker_threads';
import type { PeopleSetup, StaticEnterprise } from '../../../core/domain/live-state';
import { inProcessJobs, type JobContext, type PastSnapshot, type ProjectionJobs } from './projection-jobs';

export interface WorkerData {
  dataDir: string;
  enterprises: StaticEnterprise[];
  people?: PeopleSetup;
  keepCheckpoints: number;
}
export type WorkerRequest =
  { id: number; job: 'checkpoint' } | { id: number; job: 'snapshotAt'; atIso: string } | { job: 'close' };
export type WorkerReply =
  | { ready: true }
  | { warn: string }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };

function startWorker(data: WorkerData): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./projection-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData: data });
  }
  return new Worker(new URL('./store/projection-worker.js', import.meta.url), { workerData: data });
}

export function workerJobs(ctx: JobContext & { dataDir: string }): ProjectionJobs {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let fallback: ProjectionJobs | null = null;
  let exited: Promise<void> = Promise.resolve();
  let worker: Worker | null = null;
  try {
    worker = startWorker({
      dataDir: ctx.dataDir,
      enterprises: [...ctx.enterprises],
      ...(ctx.people ? { people: ctx.people } : {}),
      keepCheckpoints: ctx.keepCheckpoints,
    });
    const w = worker;
    exited = new Promise((resolve) => w.once('exit', () => resolve()));
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      if ('warn' in reply) ctx.warn(reply.warn);
      if (!('id' in reply)) return;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) p?.resolve(reply.value);
      else p?.reject(new Error(reply.error));
    });
    w.on('error', (err) => {
      ctx.warn(`the projection worker failed (${err.message}): running its jobs in the main thread`);
      worker = null;
      fallback = inProcessJobs(ctx);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  } catch (err) {
    ctx.warn(
      `the projection worker could not start (${(err as Error).message}): jobs run in the main thread`,
    );
    fallback = inProcessJobs(ctx);
  }

  const ask = <T>(req: { job: 'checkpoint' } | { job: 'snapshotAt'; atIso: string }): Promise<T> => {
    if (fallback || !worker) {
      fallback ??= inProcessJobs(ctx);
      return (
        req.job === 'checkpoint' ? fallback.checkpoint() : fallback.snapshotAt(req.atIso)
      ) as Promise<T>;
    }
    const id = nextId++;
    const w = worker;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ id, ...req } satisfies WorkerRequest);
    });
  };

  return {
    checkpoint: () => ask<number | null>({ job: 'checkpoint' }),
    snapshotAt: (atIso) => ask<PastSnapshot>({ job: 'snapshotAt', atIso }),
    async close() {
      await fallback?.close();
      if (!worker) return;
      // Let the job in hand finish (it may be inside a transaction), then the worker closes its connection.
      worker.postMessage({ job: 'close' } satisfies WorkerRequest);
      const w = worker;
      const timer = setTimeout(() => void w.terminate(), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
