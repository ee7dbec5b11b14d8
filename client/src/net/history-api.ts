// Time travel for the briefing: the state at a past moment (snapshot?at=) and the logged events
// between two moments, paged. Payloads come from our own server's log; only their outer shape is
// checked here.
import type { DomainEventType, LoggedEvent } from '../../../core/domain/model';
import { SNAPSHOT_PATH, type Snapshot } from '../../../core/protocol/sync';
import { apiJson } from './api-fetch';

const EVENTS_PATH = '/api/v1/events';
const PAGE = 10_000;

const fetchJson = <T>(url: string, signal: AbortSignal) => apiJson<T>(url, { signal });

export function fetchSnapshotAt(atMs: number, signal: AbortSignal): Promise<Snapshot> {
  const at = new Date(atMs).toISOString();
  return fetchJson<Snapshot>(`${SNAPSHOT_PATH}?at=${encodeURIComponent(at)}`, signal);
}

export interface EventsWanted {
  /** Only these types (the server filters); all when absent. */
  types?: readonly DomainEventType[];
  /** 'summary': without the free text and personal details (see the server's event-filter.ts). */
  detail?: 'full' | 'summary';
}

/** Every event with from < at <= to, in seq order. */
export async function fetchEventsBetween(
  fromMs: number,
  toMs: number,
  signal: AbortSignal,
  wanted: EventsWanted = {},
): Promise<LoggedEvent[]> {
  const q = new URLSearchParams({ from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() });
  if (wanted.types) q.set('types', wanted.types.join(','));
  if (wanted.detail) q.set('detail', wanted.detail);
  q.set('limit', String(PAGE));
  const events: LoggedEvent[] = [];
  let afterSeq = 0;
  for (;;) {
    q.set('afterSeq', String(afterSeq));
    const page = await fetchJson<{ events: LoggedEvent[]; nextAfterSeq: number | null }>(
      `${EVENTS_PATH}?${q.toString()}`,
      signal,
    );
    if (!Array.isArray(page.events)) throw new Error(`${EVENTS_PATH}: no events list`);
    events.push(...page.events);
    if (page.nextAfterSeq === null) return events;
    afterSeq = page.nextAfterSeq;
  }
}
