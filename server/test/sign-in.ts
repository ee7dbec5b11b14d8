// Signed-in people for tests: a session that fetches and opens sockets as one user. The server
// learns who is signed in from the authenticate seam of createApp (server/src/http/acting-user.ts).
import type { RequestHandler } from 'express';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../core/protocol/sync';
import type { AppDeps } from '../src/app';
import type { ActingUser } from '../src/http/acting-user';
import type { TestServer } from './helpers';

const HEADER = 'x-test-user';

/** Reads the user a test session names (test servers only). */
export const TEST_AUTHENTICATE: NonNullable<AppDeps['authenticate']> = {
  http: ((req, res, next) => {
    const raw = req.get(HEADER);
    if (raw) res.locals.user = JSON.parse(decodeURIComponent(raw)) as ActingUser;
    next();
  }) satisfies RequestHandler,
  socket: (socket, next) => {
    const user = (socket.handshake.auth as { testUser?: ActingUser } | undefined)?.testUser;
    if (user) (socket.data as { user?: ActingUser }).user = user;
    next();
  },
};

export const USERS = {
  dispatcher: { id: 'u-d1', name: '王敏', role: 'dispatcher' },
  dispatcher2: { id: 'u-d2', name: '陈静', role: 'dispatcher' },
  leader: { id: 'u-l1', name: '周书记', role: 'leader' },
  viewer: { id: 'u-v1', name: '大屏', role: 'viewer' },
  worker: { id: 'u-w1', name: '网格员001', role: 'grid-worker', personId: 'GW320507006001001' },
  otherWorker: { id: 'u-w2', name: '网格员002', role: 'grid-worker', personId: 'GW320507006001002' },
} satisfies Record<string, ActingUser>;

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Session {
  user: ActingUser;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs JSON; answers the status and the parsed body. */
  post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  connect(): LiveClient;
}

export async function signIn(server: TestServer, user: ActingUser): Promise<Session> {
  const header = { [HEADER]: encodeURIComponent(JSON.stringify(user)) };
  const session: Session = {
    user,
    fetch: (path, init = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...header, ...(init.headers as Record<string, string>) },
      }),
    async post(path, body) {
      const res = await session.fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    connect: () =>
      connectSocket(server.url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { testUser: user },
      }),
  };
  return session;
}
