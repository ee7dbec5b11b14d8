// The worker thread that runs the projection jobs against its own connection to the SQLite log,
// so that building a checkpoint or a past snapshot never blocks the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { runCheckpoint, runSnapshotAt, type JobContext } from './projection-jobs';
import { openSqliteEventStore } from './sqlite-event-store';
import type { WorkerData, WorkerReply, WorkerRequest } from './worker-jobs';

const port = parentPort!;
const data = workerData as WorkerData;
// The server has checked and migrated the file already.
const store = openSqliteEventStore(data.dataDir, { quickCheck: false });
const ctx: JobContext = {
  store,
  enterprises: data.enterprises,
  ...(data.people ? { people: data.people } : {}),
  keepCheckpoints: data.keepCheckpoints,
  warn: (message) => port.postMessage({ warn: message } satisfies WorkerReply),
};

let tail: Promise<unknown> = Promise.resolve();
port.on('message', (req: WorkerRequest) => {
  tail = tail.then(async () => {
    if (req.job === 'close') {
      await store.close();
      port.close();
      return;
    }
    try {
      const value = req.job === 'checkpoint' ? await runCheckpoint(ctx) : await runSnapshotAt(ctx, req.atIso);
      port.postMessage({ id: req.id, ok: true, value } satisfies WorkerReply);
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      port.postMessage({ id: req.id, ok: false, error } satisfies WorkerReply);
    }
  });
});
port.postMessage({ ready: true } satisfies WorkerReply);
