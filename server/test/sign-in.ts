// People signed in for tests: real accounts made through the admin API, with a session each
// (cookie and CSRF token, as a browser holds them), that fetch and open sockets as that user.
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { UserRole } from '../../core/domain/model';
import { ADMIN_PATHS } from '../../core/protocol/auth';
import type { ClientToServerEvents, ServerToClientEvents } from '../../core/protocol/sync';
import { api, authHeaders, openSession, type TestServer } from './helpers';

export interface TestUser {
  username: string;
  name: string;
  role: UserRole;
  personId?: string;
}

export const USERS = {
  dispatcher: { username: 'wangmin', name: '王敏', role: 'dispatcher' },
  dispatcher2: { username: 'chenjing', name: '陈静', role: 'dispatcher' },
  leader: { username: 'zhou', name: '周书记', role: 'leader' },
  viewer: { username: 'wall', name: '大屏', role: 'viewer' },
  worker: { username: 'gw001', name: '网格员001', role: 'grid-worker', personId: 'GW320507006001001' },
  otherWorker: { username: 'gw002', name: '网格员002', role: 'grid-worker', personId: 'GW320507006001002' },
} satisfies Record<string, TestUser>;

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Session {
  /** The account's id (the actor of staff actions). */
  userId: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs JSON; answers the status and the parsed body. */
  post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  connect(): LiveClient;
}

/** Makes the account (once per server) and opens a session for it. */
export async function signIn(server: TestServer, user: TestUser): Promise<Session> {
  if (!server.app.accounts.users.byUsername(user.username)) {
    const created = await api(server.url, server.admin, 'POST', ADMIN_PATHS.users, {
      ...user,
      password: `password-of-${user.username}`,
    });
    if (created.status !== 201) throw new Error(`create ${user.username}: ${JSON.stringify(created.body)}`);
  }
  const auth = openSession(server.app, user.username);
  const session: Session = {
    userId: auth.user.id,
    fetch: (path, init = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...authHeaders(auth), ...(init.headers as Record<string, string>) },
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
        extraHeaders: { cookie: auth.cookie },
      }),
  };
  return session;
}
