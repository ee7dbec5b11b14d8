// The event log behind a small interface: SQLite now, a server database (PostgreSQL) for a
// district later. Asynchronous for that reason, even though SQLite answers at once.
import type { DomainEvent, LoggedEvent } from '../../../core/domain/model';

export interface EventStore {
  /** Where the log lives, for messages. */
  readonly location: string;
  /** Appends the events in ONE transaction; resolves once they are durable, with their seqs. */
  append(events: readonly DomainEvent[]): Promise<LoggedEvent[]>;
  /** Up to `limit` events with seq > `afterSeq`, in order. */
  readAfter(afterSeq: number, limit: number): Promise<LoggedEvent[]>;
  lastSeq(): Promise<number>;
  close(): Promise<void>;
}

export class EventStoreError extends Error {
  override name = 'EventStoreError';
}
