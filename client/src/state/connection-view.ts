// What the header says about the connection. Stale data is never shown as live: disconnected, or
// connected but not heard for STALE_AFTER_MS, turns the header into a warning.
import type { LinkState } from './connection-store';

export const STALE_AFTER_MS = 10_000;

export type ConnectionKind = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface ConnectionView {
  kind: ConnectionKind;
  /** How long the link has been in this state (ms). */
  forMs: number;
  /** Time since the last message (ms), null when nothing was heard yet. */
  dataAgeMs: number | null;
  stale: boolean;
}

export function viewConnection(
  input: { link: LinkState; linkSince: number; heardAt: number | null; hasData: boolean },
  now: number,
): ConnectionView {
  const dataAgeMs = input.heardAt === null ? null : Math.max(0, now - input.heardAt);
  const kind: ConnectionKind =
    input.link === 'connected' ? (input.hasData ? 'live' : 'connecting') : input.link;
  const forMs = Math.max(0, now - input.linkSince);
  const heardRecently = dataAgeMs !== null && dataAgeMs <= STALE_AFTER_MS;
  // While the first connection is being made nothing is shown as live: warn only if it takes long.
  const stale =
    kind === 'connecting' ? input.hasData || forMs > STALE_AFTER_MS : !(kind === 'live' && heardRecently);
  return { kind, forMs, dataAgeMs, stale };
}
