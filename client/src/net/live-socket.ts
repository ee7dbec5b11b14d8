// The socket to the server and the sync over it. The only place that talks socket.io.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../core/protocol/sync';
import { useSessionStore } from '../auth/session-store';
import { useConnectionStore } from '../state/connection-store';
import { useLiveStore } from '../state/live-store';
import { SESSION_ENDED_EVENT } from './api-fetch';
import { parsePresence, usePresenceStore } from '../state/presence-store';
import { createFrameBatch } from './frame-batch';
import { isDelta, isHeartbeat, isSnapshot } from './payload-guards';
import { createAckSender } from './sync-ack';
import { createSyncSession } from './sync-session';
import { readViewerToken } from './viewer-token';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RELOAD_KEY = 'caohu.protocolReloadAt';

/** The socket while live sync runs, and the case this screen has open (told again on reconnect). */
let current: LiveSocket | null = null;
let focusedCase: string | null = null;

/** Tells the server which case this screen is working on (presence); null when none. */
export function emitCaseFocus(caseId: string | null): void {
  if (caseId === focusedCase) return;
  focusedCase = caseId;
  if (current?.connected) current.emit('case:focus', { caseId });
}

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
    // WebSocket from the start: no long-polling phase whose responses bunch many deltas into one
    // task before the upgrade. Where a proxy refuses WebSocket, long-polling is tried next.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    ...(token ? { auth: { token } } : {}),
    reconnectionDelayMax: 5_000,
  });
  const connection = () => useConnectionStore.getState();
  const live = () => useLiveStore.getState();
  let everConnected = false;
  let ended = false;

  const batch = createFrameBatch((patch) => live().apply(patch));
  const appliedData = () => batch.pendingData() ?? live().data;
  const acks = createAckSender({
    send: (seq) => {
      if (socket.connected) socket.emit('sync:ack', { seq });
    },
    seq: () => appliedData().seq,
  });
  const session = createSyncSession({
    send: (request) => socket.emit('sync', request),
    getData: appliedData,
    setData: (data) => batch.setData(data),
    unpublished: batch.unpublished,
    onHeard: (serverTime) => batch.markHeard(serverTime),
    onProtocolMismatch: reloadForNewProtocol,
  });

  const linkDown = () => connection().setLink(navigator.onLine ? 'reconnecting' : 'offline');

  socket.on('connect', () => {
    everConnected = true;
    connection().setLink('connected');
    connection().setSyncError(null);
    acks.reset();
    session.handleConnect();
    if (focusedCase !== null) socket.emit('case:focus', { caseId: focusedCase });
  });
  socket.on('disconnect', (reason) => {
    linkDown();
    // The server closed the socket on purpose (e.g. restart): socket.io will not retry by itself.
    // After `session-ended` it must not: the screen has to sign in again.
    if (reason === 'io server disconnect' && !ended) socket.connect();
  });
  // The server refuses a socket without a valid session or token; it ends one whose session ends.
  const sessionEnded = () => {
    ended = true;
    socket.close();
    useSessionStore.getState().end();
  };
  socket.on('connect_error', (error) => {
    if (error.message === 'unauthenticated') sessionEnded();
    else if (everConnected) linkDown();
  });
  socket.on('session-ended', (info) => {
    window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT, { detail: info }));
    sessionEnded();
  });
  socket.io.on('reconnect_failed', () => connection().setLink('offline'));

  socket.on('snapshot', (snapshot) => {
    if (isSnapshot(snapshot)) {
      session.handleSnapshot(snapshot);
      acks.applied();
    } else console.warn('caohu: malformed snapshot ignored');
  });
  socket.on('delta', (delta) => {
    if (isDelta(delta)) {
      session.handleDelta(delta);
      acks.applied();
    } else console.warn('caohu: malformed delta ignored');
  });
  socket.on('heartbeat', (beat) => {
    if (isHeartbeat(beat)) session.handleHeartbeat(beat);
  });
  socket.on('presence', (presence) => {
    const parsed = parsePresence(presence);
    if (parsed) usePresenceStore.getState().setPresence(parsed);
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

  current = socket;
  socket.connect();
  return () => {
    if (current === socket) current = null;
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    batch.cancel();
    acks.cancel();
    socket.close();
  };
}
