// Over the map while the data cannot be trusted as live: the picture greys out, so nobody reads
// an old map as the current one.
import { useConnectionStore } from '../state/connection-store';
import { useConnectionView } from '../state/use-connection-view';

export function StaleVeil() {
  const view = useConnectionView();
  const protocolMismatch = useConnectionStore((s) => s.protocolMismatch);
  if (!view.stale && !protocolMismatch) return null;
  return <div className="stale-veil" data-testid="stale-veil" aria-hidden />;
}
