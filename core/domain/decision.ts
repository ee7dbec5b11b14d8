// What the core decides about one feed item: an event to append, a duplicate, or a rejection
// naming the field. The server turns these into the per-item answers of a feed request.
import type { DomainEvent } from './model';
import { MINUTE_MS } from './time';

export type Decision =
  | {
      kind: 'accepted';
      event: DomainEvent;
      id: string;
      caseId?: string;
      merged?: boolean;
      /** A position outside the street (accepted, flagged). */
      outside?: boolean;
    }
  | { kind: 'duplicate'; id: string; caseId?: string }
  | { kind: 'rejected'; field: string; reason: string };

/** How far ahead of the server's clock a feed's `at` may be (clock skew of the sender). */
export const MAX_FUTURE_SKEW_MS = 5 * MINUTE_MS;

export function rejectFuture(atMs: number, nowMs: number, field = 'at'): Decision | null {
  if (atMs - nowMs <= MAX_FUTURE_SKEW_MS) return null;
  return { kind: 'rejected', field, reason: 'is in the future (more than 5 minutes ahead of the server)' };
}
