// Audit events of account changes made by the `user` command while the server may be running: the
// command cannot append to the event log (the server is its only writer), so it leaves them here
// and the server moves them into the log at start and now and then.
import type Database from 'better-sqlite3';
import type { DomainEvent } from '../../../core/domain/model';

export function leaveAuditEvent(db: Database.Database, event: DomainEvent): void {
  db.prepare('INSERT INTO pending_audit (body) VALUES (?)').run(JSON.stringify(event));
}

/** Appends the waiting events (in order) through `record`; each is removed once recorded. */
export async function drainPendingAudit(
  db: Database.Database,
  record: (event: DomainEvent) => Promise<void>,
): Promise<number> {
  const rows = db.prepare('SELECT id, body FROM pending_audit ORDER BY id').all() as {
    id: number;
    body: string;
  }[];
  const remove = db.prepare('DELETE FROM pending_audit WHERE id = ?');
  for (const row of rows) {
    await record(JSON.parse(row.body) as DomainEvent);
    remove.run(row.id);
  }
  return rows.length;
}
