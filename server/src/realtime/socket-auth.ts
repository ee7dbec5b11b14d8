// Socket.IO authentication: a middleware admits a handshake with a live session cookie or a display
// token (`auth: { token }`), else fails it with `unauthenticated`. The principal is kept on
// `socket.data`; the socket joins rooms by role, user and session, so that when a session ends
// (signed out, expired, token revoked, user disabled) its sockets hear `session-ended` and are
// disconnected. Every event a client sends passes `allowSocketEvent` (the access table).
import { ServerResponse } from 'node:http';
import type { Server, Socket } from 'socket.io';
import { roleAllowed, roomsOf, SOCKET_EVENTS, type SocketEventId } from '../../../core/protocol/access';
import { SESSION_COOKIE, type SessionEnded } from '../../../core/protocol/auth';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../core/protocol/sync';
import type { Accounts, EndTarget } from '../accounts/accounts';
import type { Principal } from '../accounts/principal';
import { readCookie } from '../http/cookies';
import type { Logger } from '../log';

export interface SocketData {
  principal: Principal;
  /** Events in the current one-second window, for the per-socket rate limit. */
  events: { windowStart: number; count: number };
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, {}, SocketData>;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, {}, SocketData>;

/** Events a socket may send a second; beyond that they are dropped. */
export const SOCKET_EVENTS_PER_SEC = 20;

const roomOf = (target: EndTarget) =>
  target.kind === 'session'
    ? `session:${target.sessionHash}`
    : target.kind === 'user'
      ? `user:${target.userId}`
      : `display:${target.tokenId}`;

const ownRoomOf = (p: Principal) =>
  p.kind === 'session' ? `session:${p.sessionHash}` : `display:${p.tokenId}`;

/**
 * The sockets of one session or display token (a wall may open several) share one principal and
 * one list of room names, checked equal field by field: no copies per screen. Entries go when their
 * session's room is empty.
 */
function createPrincipalShare() {
  const shared = new Map<string, { principal: Principal; rooms: string[]; key: string }>();
  return {
    share(p: Principal): { principal: Principal; rooms: string[] } {
      const own = ownRoomOf(p);
      const key = JSON.stringify(p);
      const hit = shared.get(own);
      if (hit?.key === key) return hit;
      const entry = { principal: p, rooms: [own, `user:${p.user.id}`, ...roomsOf(p.user.role)], key };
      shared.set(own, entry);
      return entry;
    },
    prune(hasRoom: (room: string) => boolean): void {
      for (const own of shared.keys()) if (!hasRoom(own)) shared.delete(own);
    },
  };
}

/** Whether the socket may send `event` now (its role, and the per-socket rate). */
export function allowSocketEvent(socket: LiveSocket, event: SocketEventId, nowMs = Date.now()): boolean {
  const p = socket.data.principal as Principal | undefined;
  if (!p || !roleAllowed(SOCKET_EVENTS[event], p.user.role)) return false;
  const e = socket.data.events;
  if (nowMs - e.windowStart >= 1000) {
    e.windowStart = nowMs;
    e.count = 0;
  }
  e.count += 1;
  return e.count <= SOCKET_EVENTS_PER_SEC;
}

export function installSocketAuth(deps: {
  io: LiveServer;
  accounts: Accounts;
  log: Logger;
  /** How often open sockets are checked against expiry (a logout or revocation acts at once). */
  checkEveryMs?: number;
}): { stop(): void; endSockets(target: EndTarget, reason: SessionEnded['reason']): void } {
  const { io, accounts, log } = deps;
  const principals = createPrincipalShare();

  // A socket keeps neither its handshake request nor its secret once signed in (socket.io's advice
  // for memory). engine.io's stand-in response for an upgrade holds the request too, for as long as
  // the connection lasts (it listens for the socket's close): that reference goes here, the
  // socket's own after sign-in (below).
  io.engine.use((_req: unknown, res: { req?: unknown } | ServerResponse, next: () => void) => {
    if (!(res instanceof ServerResponse)) res.req = null;
    next();
  });

  io.use((socket, next) => {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    const sid = readCookie(socket.request.headers.cookie, SESSION_COOKIE);
    const principal: Principal | null =
      typeof token === 'string' && token.length > 0 && token.length <= 512
        ? accounts.principals.fromToken(token)
        : sid
          ? accounts.principals.fromCookie(sid)
          : null;
    if (!principal) {
      next(new Error('unauthenticated'));
      return;
    }
    const { principal: shared, rooms } = principals.share(principal);
    socket.data.principal = shared;
    socket.data.events = { windowStart: 0, count: 0 };
    // Nothing reads the handshake's request or secret after this.
    (socket.conn as unknown as { request: unknown }).request = null;
    if (typeof token === 'string') delete (socket.handshake.auth as Record<string, unknown>).token;
    void socket.join(rooms);
    next();
  });

  const endSockets = (target: EndTarget, reason: SessionEnded['reason']) => {
    const room = roomOf(target);
    io.to(room).emit('session-ended', { reason });
    // Not `close`: the disconnect packet follows `session-ended` on the same transport, in order.
    io.in(room).disconnectSockets(false);
  };
  const unsubscribe = accounts.onEnded(endSockets);

  /** Sessions also end by time: checked now and then for every open socket. */
  const check = () => {
    accounts.sessions.sweep();
    principals.prune((room) => io.sockets.adapter.rooms.has(room));
    accounts.drainPendingAudit().catch((err: unknown) => log.error('pending audit events', err));
    for (const socket of io.sockets.sockets.values()) {
      const p = socket.data.principal as Principal | undefined;
      if (!p) continue;
      const state = accounts.principals.stillValid(p);
      if (state === 'ok') continue;
      log.info(`socket ${socket.id} of ${p.user.id}: ${state}`);
      socket.emit('session-ended', { reason: state });
      socket.disconnect(false);
    }
  };
  const timer = setInterval(check, deps.checkEveryMs ?? 30_000);
  timer.unref();
  return {
    endSockets,
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
