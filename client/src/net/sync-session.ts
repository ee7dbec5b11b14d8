// The sync conversation with the server, without the socket: what to ask for on connect, what to
// do with each message, and when to ask again. One resync request at a time: a burst of deltas
// after a gap must not turn into a burst of requests.
import { PROTOCOL_VERSION, type Delta, type Snapshot, type SyncRequest } from '../../../core/protocol/sync';
import {
  applyDelta,
  applySnapshot,
  heartbeatShowsGap,
  type LiveData,
  type UnpublishedBatch,
} from '../state/apply-sync';

/** A resync request that got no answer in this time may be sent again. */
export const RESYNC_TIMEOUT_MS = 15_000;

export interface SyncSessionDeps {
  send: (request: SyncRequest) => void;
  getData: () => LiveData;
  setData: (data: LiveData) => void;
  /** What deltas are applied under until the data is next shown (see applyDelta). */
  unpublished?: () => UnpublishedBatch;
  /** Called for every message that shows the server is alive. */
  onHeard: (serverTime: string) => void;
  /** The server speaks another protocol version. */
  onProtocolMismatch: (serverProtocol: number) => void;
  now?: () => number;
}

export interface SyncSession {
  handleConnect: () => void;
  handleSnapshot: (snapshot: Snapshot) => void;
  handleDelta: (delta: Delta) => void;
  handleHeartbeat: (beat: { seq: number; serverTime: string }) => void;
  isResyncPending: () => boolean;
}

export function createSyncSession(deps: SyncSessionDeps): SyncSession {
  const now = deps.now ?? Date.now;
  let pendingSince: number | null = null;

  const request = (force: boolean) => {
    if (!force && pendingSince !== null && now() - pendingSince < RESYNC_TIMEOUT_MS) return;
    pendingSince = now();
    deps.send({ protocol: PROTOCOL_VERSION, lastSeq: deps.getData().seq });
  };

  return {
    // On every (re)connect say what we have; the server answers with deltas or a snapshot.
    handleConnect: () => request(true),

    handleSnapshot: (snapshot) => {
      if (snapshot.protocol !== PROTOCOL_VERSION) {
        deps.onProtocolMismatch(snapshot.protocol);
        return;
      }
      pendingSince = null;
      deps.setData(applySnapshot(snapshot));
      deps.onHeard(snapshot.serverTime);
    },

    handleDelta: (delta) => {
      deps.onHeard(delta.serverTime);
      const { outcome, data } = applyDelta(deps.getData(), delta, deps.unpublished?.());
      if (outcome === 'applied') {
        pendingSince = null;
        deps.setData(data);
      } else if (outcome === 'gap') {
        request(false);
      }
    },

    handleHeartbeat: (beat) => {
      deps.onHeard(beat.serverTime);
      if (heartbeatShowsGap(deps.getData(), beat)) request(false);
    },

    isResyncPending: () => pendingSince !== null,
  };
}
