// Who may do what: every HTTP route and every socket event against the roles of USER_ROLES (and
// nobody signed in). The server enforces access from this table (server/src/http/access-guard.ts)
// and the permission-matrix test is generated from it, so the two cannot drift apart.
// No schema library here: screens import it to know which pages a role may open.
import { USER_ROLES, type UserRole } from '../domain/model';
import { SOURCES, type ReportSource } from './feed-vocabulary';

/** What a feed key may send: one report source, inspections, or people's positions. */
export const FEED_KEY_SOURCES = [...SOURCES, 'inspection', 'positions'] as const;
export type FeedKeySource = (typeof FEED_KEY_SOURCES)[number];

export const STAFF_ROLES = ['viewer', 'leader', 'dispatcher', 'admin'] as const satisfies UserRole[];
export const FIELD_ROLES = ['grid-worker', 'responder'] as const satisfies UserRole[];

/**
 * `public`: anyone; `feed`: a feed key (of `feedSources`); otherwise the user roles allowed.
 * A display token is a `viewer`, except where `sessionsOnly` (it has no password, for one).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'feed'; feedSources: readonly FeedKeySource[] }
  | { kind: 'roles'; roles: readonly UserRole[]; sessionsOnly?: boolean };

const anyone: Access = { kind: 'public' };
const roles = (...r: UserRole[]) => ({ kind: 'roles', roles: r }) as const satisfies Access;
const signedIn = roles(...USER_ROLES);
const staff = roles(...STAFF_ROLES);
const admin = roles('admin');
const casework = roles('dispatcher', 'admin', 'leader', 'grid-worker', 'responder');

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRoute {
  method: HttpMethod;
  /** Express-style path; `:name` is one segment, a trailing `*` any rest. */
  path: string;
  access: Access;
}

export const API = '/api/v1';

/** Every route the server answers, by a stable id. The static client files are public and not listed. */
export const HTTP_ROUTES = {
  health: { method: 'GET', path: `${API}/health`, access: anyone },
  config: { method: 'GET', path: `${API}/config`, access: anyone },
  'auth.login': { method: 'POST', path: `${API}/auth/login`, access: anyone },
  'auth.logout': { method: 'POST', path: `${API}/auth/logout`, access: signedIn },
  'auth.me': { method: 'GET', path: `${API}/auth/me`, access: signedIn },
  'auth.password': {
    method: 'POST',
    path: `${API}/auth/password`,
    access: { ...signedIn, sessionsOnly: true },
  },
  snapshot: { method: 'GET', path: `${API}/snapshot`, access: signedIn },
  events: { method: 'GET', path: `${API}/events`, access: staff },
  'area.data': { method: 'GET', path: '/data/*', access: signedIn },
  'feeds.incidents': {
    method: 'POST',
    path: `${API}/feeds/incidents`,
    access: { kind: 'feed', feedSources: SOURCES },
  },
  'feeds.inspections': {
    method: 'POST',
    path: `${API}/feeds/inspections`,
    access: { kind: 'feed', feedSources: ['inspection'] },
  },
  'feeds.positions': {
    method: 'POST',
    path: `${API}/feeds/positions`,
    access: { kind: 'feed', feedSources: ['positions'] },
  },
  'cases.actions': { method: 'POST', path: `${API}/cases/actions`, access: casework },
  'photos.upload': { method: 'POST', path: `${API}/photos`, access: casework },
  'photos.get': {
    method: 'GET',
    path: `${API}/photos/:ref`,
    access: roles('leader', 'dispatcher', 'admin', 'grid-worker', 'responder'),
  },
  rules: { method: 'GET', path: `${API}/rules`, access: signedIn },
  'people.trail': {
    method: 'GET',
    path: `${API}/people/:id/trail`,
    access: roles('leader', 'dispatcher', 'admin'),
  },
  'admin.users.list': { method: 'GET', path: `${API}/admin/users`, access: admin },
  'admin.users.create': { method: 'POST', path: `${API}/admin/users`, access: admin },
  'admin.users.update': { method: 'PATCH', path: `${API}/admin/users/:id`, access: admin },
  'admin.display-tokens.list': { method: 'GET', path: `${API}/admin/display-tokens`, access: admin },
  'admin.display-tokens.create': { method: 'POST', path: `${API}/admin/display-tokens`, access: admin },
  'admin.display-tokens.revoke': {
    method: 'DELETE',
    path: `${API}/admin/display-tokens/:id`,
    access: admin,
  },
  'admin.feed-keys.list': { method: 'GET', path: `${API}/admin/feed-keys`, access: admin },
  'admin.feed-keys.create': { method: 'POST', path: `${API}/admin/feed-keys`, access: admin },
  'admin.feed-keys.rotate': {
    method: 'POST',
    path: `${API}/admin/feed-keys/:id/rotate`,
    access: admin,
  },
  'admin.feed-keys.revoke': { method: 'DELETE', path: `${API}/admin/feed-keys/:id`, access: admin },
  'admin.audit': { method: 'GET', path: `${API}/admin/audit`, access: admin },
} as const satisfies Record<string, HttpRoute>;

export type HttpRouteId = keyof typeof HTTP_ROUTES;

/** Socket events a client may send, and who may send them. */
export const SOCKET_EVENTS = {
  sync: signedIn,
  'sync:ack': signedIn,
  'case:action': casework,
  'case:focus': roles('dispatcher', 'admin'),
} as const satisfies Record<string, Access>;
export type SocketEventId = keyof typeof SOCKET_EVENTS;

/**
 * Rooms a signed-in socket joins, and what arrives there. `live` rooms carry snapshots and deltas:
 * `live:full` with residents' names and phones, `live:masked` without them.
 */
export const SOCKET_ROOMS = {
  'live:full': roles('dispatcher', 'admin'),
  'live:masked': roles('viewer', 'leader', 'grid-worker', 'responder'),
  /** Who is working which case (`presence`). */
  dispatchers: roles('dispatcher', 'admin'),
} as const satisfies Record<string, Access>;
export type SocketRoom = keyof typeof SOCKET_ROOMS;

/** Whether a role (null: nobody signed in) passes an access rule. Feed access is decided by key. */
export function roleAllowed(access: Access, role: UserRole | null): boolean {
  if (access.kind === 'public') return true;
  if (access.kind === 'feed') return false;
  return role !== null && access.roles.includes(role);
}

/** Residents' names and phone numbers reach these roles unmasked; every other audience gets them masked. */
export function seesPersonalData(role: UserRole): boolean {
  return role === 'dispatcher' || role === 'admin';
}

/** The live room of a role. */
export function liveRoomOf(role: UserRole): 'live:full' | 'live:masked' {
  return seesPersonalData(role) ? 'live:full' : 'live:masked';
}

/** The rooms a role joins on connecting (the live room only after its first `sync`). */
export function roomsOf(role: UserRole): SocketRoom[] {
  return (Object.keys(SOCKET_ROOMS) as SocketRoom[]).filter(
    (room) => !room.startsWith('live:') && roleAllowed(SOCKET_ROOMS[room], role),
  );
}

/** Whether a feed key of `keySource` (`*`: all sources) may use a feed route. */
export function feedKeyAllowed(access: Access, keySource: FeedKeySource | '*'): boolean {
  return access.kind === 'feed' && (keySource === '*' || access.feedSources.includes(keySource));
}

/** Whether a report of `source` may be sent with a key of `keySource`. */
export function reportSourceAllowed(keySource: FeedKeySource | '*', source: ReportSource): boolean {
  return keySource === '*' || keySource === source;
}

interface CompiledRoute {
  id: HttpRouteId;
  method: HttpMethod;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const COMPILED: CompiledRoute[] = (Object.keys(HTTP_ROUTES) as HttpRouteId[]).map((id) => {
  const { method, path } = HTTP_ROUTES[id];
  const body = path
    .split('/')
    .map((seg) => (seg === '*' ? '.+' : seg.startsWith(':') ? '[^/]+' : escape(seg)))
    .join('/');
  return { id, method, pattern: new RegExp(`^${body}/?$`) };
});

/** The route a request is for (HEAD counts as GET), or null when the table has none. */
export function matchRoute(method: string, path: string): HttpRouteId | null {
  const m = method === 'HEAD' ? 'GET' : method;
  return COMPILED.find((r) => r.method === m && r.pattern.test(path))?.id ?? null;
}

/** Whether any route of the table has this path (with another method: 405 rather than 404). */
export function pathKnown(path: string): boolean {
  return COMPILED.some((r) => r.pattern.test(path));
}

/** The pages of the client each role may open (`/login` is open to all). */
export const PAGES_BY_ROLE: Record<UserRole, readonly string[]> = {
  viewer: ['/', '/wall'],
  leader: ['/', '/wall', '/brief'],
  dispatcher: ['/', '/wall', '/brief', '/dispatch'],
  admin: ['/', '/wall', '/brief', '/dispatch', '/admin', '/field'],
  'grid-worker': ['/field'],
  responder: ['/field'],
};
