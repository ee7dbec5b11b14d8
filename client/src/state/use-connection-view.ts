import { useConnectionStore } from './connection-store';
import { viewConnection, type ConnectionView } from './connection-view';
import { useLiveStore } from './live-store';
import { useNow } from './use-now';

/**
 * The connection as the header shows it, re-evaluated every second. A message re-renders it only
 * when it is heard in a new second: the data's age is shown in seconds, and ten deltas a second
 * would otherwise re-render the whole header ten times.
 */
export function useConnectionView(): ConnectionView {
  const now = useNow(1_000);
  const link = useConnectionStore((s) => s.link);
  const linkSince = useConnectionStore((s) => s.linkSince);
  useLiveStore((s) => (s.heardAt === null ? null : Math.floor(s.heardAt / 1_000)));
  const heardAt = useLiveStore.getState().heardAt;
  const hasData = useLiveStore((s) => s.data.seq !== null);
  return viewConnection({ link, linkSince, heardAt, hasData }, Math.max(now, heardAt ?? 0));
}
