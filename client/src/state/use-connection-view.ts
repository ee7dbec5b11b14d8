import { useConnectionStore } from './connection-store';
import { viewConnection, type ConnectionView } from './connection-view';
import { useLiveStore } from './live-store';
import { useNow } from './use-now';

/** The connection as the header shows it, re-evaluated every second. */
export function useConnectionView(): ConnectionView {
  const now = useNow(1_000);
  const link = useConnectionStore((s) => s.link);
  const linkSince = useConnectionStore((s) => s.linkSince);
  const heardAt = useLiveStore((s) => s.heardAt);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  return viewConnection({ link, linkSince, heardAt, hasData }, Math.max(now, heardAt ?? 0));
}
