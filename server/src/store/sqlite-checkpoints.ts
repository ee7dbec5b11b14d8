// Projection checkpoints in the log's own SQLite file. Written in small transactions so the
// writer of the log never waits long; a checkpoint counts only once marked complete.
import type Database from 'better-sqlite3';
import type { CheckpointInfo, EventStore } from './event-store';

const PARTS_PER_TRANSACTION = 16;
const DELETE_BATCH = 200;

type Row = {
  id: number;
  seq: number;
  clock_ms: number;
  projection_version: number;
  created_at: string;
};
const toInfo = (r: Row): CheckpointInfo => ({
  id: r.id,
  seq: r.seq,
  clockMs: r.clock_ms,
  projectionVersion: r.projection_version,
  createdAt: r.created_at,
});
const pause = () => new Promise((resolve) => setImmediate(resolve));

export function sqliteCheckpoints(
  db: Database.Database,
): Pick<EventStore, 'latestCheckpoint' | 'readCheckpoint' | 'writeCheckpoint'> {
  const selectLatest = db.prepare(
    `SELECT id, seq, clock_ms, projection_version, created_at FROM checkpoints
     WHERE complete = 1 AND seq <= ? AND clock_ms <= ? ORDER BY seq DESC, id DESC LIMIT 1`,
  );
  const selectParts = db.prepare('SELECT body FROM checkpoint_parts WHERE checkpoint_id = ? ORDER BY n');
  const insertHead = db.prepare(
    `INSERT INTO checkpoints (seq, clock_ms, projection_version, created_at) VALUES (?, ?, ?, ?)`,
  );
  const insertPart = db.prepare('INSERT INTO checkpoint_parts (checkpoint_id, n, body) VALUES (?, ?, ?)');
  const markComplete = db.prepare('UPDATE checkpoints SET complete = 1 WHERE id = ?');
  const selectDoomed = db.prepare(
    `SELECT id FROM checkpoints WHERE id != ? AND (complete = 0 OR id NOT IN
       (SELECT id FROM checkpoints WHERE complete = 1 ORDER BY seq DESC, id DESC LIMIT ?))`,
  );
  const deleteSomeParts = db.prepare(
    `DELETE FROM checkpoint_parts WHERE rowid IN
       (SELECT rowid FROM checkpoint_parts WHERE checkpoint_id = ? LIMIT ${DELETE_BATCH})`,
  );
  const deleteHead = db.prepare('DELETE FROM checkpoints WHERE id = ?');

  async function remove(id: number): Promise<void> {
    deleteHead.run(id); // first, so a half-deleted checkpoint is never read
    while (deleteSomeParts.run(id).changes > 0) await pause();
  }

  return {
    async latestCheckpoint(maxSeq, maxClockMs) {
      const row = selectLatest.get(maxSeq, maxClockMs) as Row | undefined;
      return row ? toInfo(row) : null;
    },
    async *readCheckpoint(id) {
      for (const row of selectParts.iterate(id) as Iterable<{ body: string }>) yield row.body;
    },
    async writeCheckpoint(meta, texts, keep) {
      const createdAt = new Date().toISOString();
      const id = Number(
        insertHead.run(meta.seq, meta.clockMs, meta.projectionVersion, createdAt).lastInsertRowid,
      );
      let n = 0;
      let batch: string[] = [];
      const writeBatch = db.transaction((bodies: string[]) => {
        for (const body of bodies) insertPart.run(id, n++, body);
      });
      for (const text of texts) {
        batch.push(text);
        if (batch.length >= PARTS_PER_TRANSACTION) {
          writeBatch.immediate(batch);
          batch = [];
          await pause();
        }
      }
      writeBatch.immediate(batch);
      markComplete.run(id);
      for (const doomed of selectDoomed.pluck().all(id, keep) as number[]) await remove(doomed);
      return { ...meta, id, createdAt };
    },
  };
}
