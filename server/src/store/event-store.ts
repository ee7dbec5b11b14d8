// The event log behind a small interface: SQLite now, a server database (PostgreSQL) for a
// district later. Asynchronous for that reason, even though SQLite answers at once.
import type { DomainEvent, LoggedEvent } from '../../../core/domain/model';

export interface CheckpointInfo {
  id: number;
  seq: number;
  /** The projection's clock when it was taken: usable for a moment at or after it. */
  clockMs: number;
  projectionVersion: number;
  createdAt: string;
}

export type EventTypeFilter = { only: readonly string[] } | { except: readonly string[] };

export interface EventStore {
  /** Where the log lives, for messages. */
  readonly location: string;
  /** Appends the events in ONE transaction; resolves once they are durable, with their seqs. */
  append(events: readonly DomainEvent[]): Promise<LoggedEvent[]>;
  /** Up to `limit` events with seq > `afterSeq`, in order. */
  readAfter(afterSeq: number, limit: number): Promise<LoggedEvent[]>;
  lastSeq(): Promise<number>;
  /** The seq of the last event decided at or before `atIso` (0 if none). */
  seqAt(atIso: string): Promise<number>;
  /**
   * Up to `limit` events with `fromIso` < at <= `toIso` and seq > `afterSeq`, in seq order; only
   * those of `types.only`, or all but those of `types.except`.
   */
  readBetween(
    fromIso: string,
    toIso: string,
    afterSeq: number,
    limit: number,
    types?: EventTypeFilter,
  ): Promise<LoggedEvent[]>;
  /** The newest complete checkpoint with seq <= maxSeq and clockMs <= maxClockMs. */
  latestCheckpoint(maxSeq: number, maxClockMs: number): Promise<CheckpointInfo | null>;
  /** The texts of a checkpoint, in order. */
  readCheckpoint(id: number): AsyncIterable<string>;
  /** Writes a checkpoint in small steps (never holding the log for long), then keeps the newest `keep`. */
  writeCheckpoint(
    meta: Omit<CheckpointInfo, 'id' | 'createdAt'>,
    texts: Iterable<string>,
    keep: number,
  ): Promise<CheckpointInfo>;
  close(): Promise<void>;
}

export class EventStoreError extends Error {
  override name = 'EventStoreError';
}
