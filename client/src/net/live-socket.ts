// The socket to the server and the sync over it. The only place that talks socket.io.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../core/protocol/sync';
import { useConnectionStore } from '../state/connection-store';
import { useLiveStore } from '../state/live-store';
import { createFrameBatch } from './frame-batch';
import { isDelta, isHeartbeat, isSnapshot } from './payload-guards';
import { createSyncSession } from './sync-session';
import { readViewerToken } from './viewer-token';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RELOAD_KEY = 'caohu.protocolReloadAt';

/** A client of another protocol version reloads, but at most once a minute (no reload loop). */
function reloadForNewProtocol(): void {
  useConnectionStore.getState().setProtocolMismatch();
  try {
    const last = Number(sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return;
  }
  location.reload();
}

/** Connects and keeps the live store in sync until the returned function is called. */
export function startLiveSync(): () => void {
  const token = readViewerToken();
  const socket: LiveSocket = io({
    autoConnect: false,
    ...(token ? { auth: { token } } : {}),
    reconnectionDelayMax: 5_000,
  });
  const connection = () => useConnectionStore.getState();
  const live = () => useLiveStore.getState();
  let everConnected = false;

  const batch = createFrameBatch((patch) => live().apply(patch));
  const session = createSyncSession({
    send: (request) => socket.emit('sync', request),
    getData: () => batch.pendingData() ?? live().data,
    setData: (data) => batch.setData(data),
    onHeard: (serverTime) => batch.markHeard(serverTime),
    onProtocolMismatch: reloadForNewProtocol,
  });

  const linkDown = () => connection().setLink(navigator.onLine ? 'reconnecting' : 'offline');

  socket.on('connect', () => {
    everConnected = true;
    connection().setLink('connected');
    connection().setSyncError(null);
    session.handleConnect();
  });
  socket.on('disconnect', (reason) => {
    linkDown();
    // The server closed the socket on purpose (e.g. restart): socket.io will not retry by itself.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => {
    if (everConnected) linkDown();
  });
  socket.io.on('reconnect_failed', () => connection().setLink('offline'));

  socket.on('snapshot', (snapshot) => {
    if (isSnapshot(snapshot)) session.handleSnapshot(snapshot);
    else console.warn('caohu: malformed snapshot ignored');
  });
  socket.on('delta', (delta) => {
    if (isDelta(delta)) session.handleDelta(delta);
    else console.warn('caohu: malformed delta ignored');
  });
  socket.on('heartbeat', (beat) => {
    if (isHeartbeat(beat)) session.handleHeartbeat(beat);
  });
  socket.on('sync-error', (error) => connection().setSyncError(String(error?.reason ?? 'sync error')));

  const onOffline = () => connection().setLink('offline');
  const onOnline = () => {
    if (!socket.connected) {
      connection().setLink('reconnecting');
      socket.connect();
    }
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  socket.connect();
  return () => {
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    batch.cancel();
    socket.close();
  };
}
