// The permission matrix, generated from core/protocol/access.ts (the table the server enforces):
// every HTTP route and socket event against nobody, every role, a display token and feed keys,
// over real HTTP and real sockets. Allowed: anything but 401/403 (a bad body is fine: it got in).
// Denied: 401 without a principal, 403 with the wrong one.
import { io as connectSocket } from 'socket.io-client';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  feedKeyAllowed,
  type Access,
  HTTP_ROUTES,
  roleAllowed,
  SOCKET_EVENTS,
  SOCKET_ROOMS,
  type FeedKeySource,
  type HttpRouteId,
  type SocketEventId,
  type SocketRoom,
} from '../../core/protocol/access';
import { PROTOCOL_VERSION } from '../../core/protocol/sync';
import { allowSocketEvent, type LiveSocket } from '../src/realtime/socket-auth';
import { makePrincipals, type TestPrincipal } from './auth/principals';
import { authHeaders, startServer, waitFor, type TestServer } from './helpers';

let server: TestServer;
let principals: TestPrincipal[];
beforeAll(async () => {
  server = await startServer();
  principals = await makePrincipals(server);
});
afterAll(() => server.close());

const FEED_SOURCES: Record<string, FeedKeySource | '*'> = { 'feed-all': '*', 'feed-camera': 'camera' };

/** What the table says a principal gets on a route: 'ok', 401 or 403. */
function expected(routeId: HttpRouteId, p: TestPrincipal): 'ok' | 401 | 403 {
  const access: Access = HTTP_ROUTES[routeId].access;
  if (access.kind === 'public') return 'ok';
  if (access.kind === 'feed') {
    if (!p.feedKey) return 401;
    return feedKeyAllowed(access, FEED_SOURCES[p.name]!) ? 'ok' : 403;
  }
  if (p.role === null) return 401;
  if (access.sessionsOnly && p.name === 'display') return 403;
  return roleAllowed(access, p.role) ? 'ok' : 403;
}

function concretePath(path: string): string {
  if (path === '/data/*') return '/data/area/grid-cells.geojson';
  return path.replace(/:[a-z]+/gi, 'x-1');
}

async function call(routeId: HttpRouteId, p: TestPrincipal): Promise<number> {
  const { method, path } = HTTP_ROUTES[routeId];
  // Signing out ends the session: do it with one of its own.
  const auth = routeId === 'auth.logout' && p.fresh ? p.fresh() : p.auth;
  const headers: Record<string, string> = {
    ...authHeaders(auth),
    ...(p.feedKey ? { authorization: `Bearer ${p.feedKey}` } : {}),
  };
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const res = await fetch(`${server.url}${concretePath(path)}`, {
    method,
    headers: hasBody ? { ...headers, 'content-type': 'application/json' } : headers,
    body: hasBody ? '{}' : undefined,
  });
  await res.arrayBuffer();
  expect(res.status, `${routeId} as ${p.name}`).toBeLessThan(500);
  return res.status;
}

describe('HTTP permission matrix', () => {
  for (const routeId of Object.keys(HTTP_ROUTES) as HttpRouteId[]) {
    it(`${HTTP_ROUTES[routeId].method} ${HTTP_ROUTES[routeId].path} (${routeId})`, async () => {
      const rows: string[] = [];
      for (const p of principals) {
        const status = await call(routeId, p);
        const want = expected(routeId, p);
        const got = status === 401 || status === 403 ? status : 'ok';
        if (got !== want) rows.push(`${p.name}: expected ${want}, got ${status}`);
      }
      expect(rows).toEqual([]);
    });
  }

  it('answers 404 for an API path the table does not list, whoever asks', async () => {
    for (const p of principals.filter((x) => x.auth)) {
      const res = await fetch(`${server.url}/api/v1/admin/secrets`, { headers: authHeaders(p.auth) });
      expect(res.status).toBe(404);
    }
  });
});

/** Connects as `p`; resolves with the server's socket or the connect error's message. */
function connectAs(p: TestPrincipal) {
  return new Promise<{ client: ReturnType<typeof connectSocket>; error: string | null }>((resolve) => {
    const auth = p.auth;
    const client = connectSocket(server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(auth && 'token' in auth ? { auth: { token: auth.token } } : {}),
      ...(auth && 'cookie' in auth ? { extraHeaders: { cookie: auth.cookie } } : {}),
    });
    client.on('connect', () => resolve({ client, error: null }));
    client.on('connect_error', (err) => resolve({ client, error: err.message }));
  });
}

describe('socket permission matrix', () => {
  it('admits signed-in sockets only, puts each in the rooms of its role, and lets it send what the table says', async () => {
    for (const p of principals) {
      const { client, error } = await connectAs(p);
      try {
        if (p.role === null) {
          expect(error, p.name).toBe('unauthenticated');
          continue;
        }
        expect(error, p.name).toBeNull();
        const live = new Promise<void>((resolve) => client.once('snapshot', () => resolve()));
        client.emit('sync', { protocol: PROTOCOL_VERSION, lastSeq: null });
        await live;
        const socket = server.app.io.sockets.sockets.get(client.id!) as LiveSocket;
        await waitFor(() => socket.rooms.has('live:full') || socket.rooms.has('live:masked'), 'live room');
        for (const room of Object.keys(SOCKET_ROOMS) as SocketRoom[]) {
          expect(socket.rooms.has(room), `${p.name} in ${room}`).toBe(
            roleAllowed(SOCKET_ROOMS[room], p.role),
          );
        }
        for (const event of Object.keys(SOCKET_EVENTS) as SocketEventId[]) {
          expect(allowSocketEvent(socket, event), `${p.name} sends ${event}`).toBe(
            roleAllowed(SOCKET_EVENTS[event], p.role),
          );
        }
      } finally {
        client.disconnect();
      }
    }
  });
});

describe('what a signed-in socket keeps', () => {
  const viewer = () => principals.find((p) => p.role === 'viewer' && p.auth && 'token' in p.auth)!;

  it('keeps neither the handshake request nor the display token, and screens of one token share a principal', async () => {
    const a = await connectAs(viewer());
    const b = await connectAs(viewer());
    try {
      expect(a.error).toBeNull();
      expect(b.error).toBeNull();
      const [sa, sb] = [a, b].map((c) => server.app.io.sockets.sockets.get(c.client.id!) as LiveSocket);
      expect(sa!.conn.request).toBeNull();
      expect(sa!.handshake.auth).not.toHaveProperty('token');
      expect(sa!.data.principal).toBe(sb!.data.principal);
      expect(sa!.data.principal.user.role).toBe('viewer');
    } finally {
      a.client.disconnect();
      b.client.disconnect();
    }
  });

  it('closes a connection that asks to connect twice, and serves the others', async () => {
    const token = (viewer().auth as { token: string }).token;
    const url = `${server.url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const ws = new WebSocket(url);
    const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
    let connects = 0;
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send(`40${JSON.stringify({ token })}`);
      else if (text.startsWith('40') && ++connects === 1) ws.send(`40${JSON.stringify({ token })}`);
    });
    await closed;
    const other = await connectAs(viewer());
    try {
      expect(other.error).toBeNull();
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    } finally {
      other.client.disconnect();
    }
  });
});
