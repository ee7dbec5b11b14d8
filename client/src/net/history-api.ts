// Time travel for the briefing: the state at a past moment (snapshot?at=) and the logged events
// between two moments, paged. Payloads come from our own server's log; only their outer shape is
// checked here.
import type { LoggedEvent } from '../../../core/domain/model';
import { SNAPSHOT_PATH, type Snapshot } from '../../../core/protocol/sync';
import { apiJson } from './api-fetch';

const EVENTS_PATH = '/api/v1/events';
const PAGE = 10_000;

const fetchJson = <T>(url: string, signal: AbortSignal) => apiJson<T>(url, { signal });

export function fetchSnapshotAt(atMs: number, signal: AbortSignal): Promise<Snapshot> {
  const at = new Date(atMs).toISOString();
  return fetchJson<Snapshot>(`${SNAPSHOT_PATH}?at=${encodeURIComponent(at)}`, signal);
}

/** Every event with from < at <= to, in seq order. */
export async function fetchEventsBetween(
  fromMs: number,
  toMs: number,
  signal: AbortSignal,
): Promise<LoggedEvent[]> {
  const from = encodeURIComponent(new Date(fromMs).toISOString());
  const to = encodeURIComponent(new Date(toMs).toISOString());
  const events: LoggedEvent[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await fetchJson<{ events: LoggedEvent[]; nextAfterSeq: number | null }>(
      `${EVENTS_PATH}?from=${from}&to=${to}&afterSeq=${afterSeq}&limit=${PAGE}`,
      signal,
    );
    if (!Array.isArray(page.events)) throw new Error(`${EVENTS_PATH}: no events list`);
    events.push(...page.events);
    if (page.nextAfterSeq === null) return events;
    afterSeq = page.nextAfterSeq;
  }
}
