import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../auth/session-store';
import { ApiError, apiFetch, apiJson } from './api-fetch';

type Call = { url: string; init: RequestInit };

function stubFetch(answer: () => Response | Promise<Response>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(answer());
  });
  return calls;
}

function stubBrowser(search: string, stored: Record<string, string> = {}): void {
  vi.stubGlobal('location', { search });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored[key] ?? null,
    setItem: (key: string, value: string) => (stored[key] = value),
    removeItem: (key: string) => delete stored[key],
  });
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);
const user = { id: 'u1', username: 'li', name: '李敏', role: 'dispatcher' } as const;

beforeEach(() => {
  stubBrowser('');
  useSessionStore.setState({ status: 'signed-in', user, csrfToken: 'csrf-1', via: 'session' });
});
afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    const calls = stubFetch(() => json(200, {}));
    await apiFetch('/api/v1/snapshot');
    await apiFetch('/api/v1/admin/users', { method: 'POST', json: { a: 1 } });
    await apiFetch('/api/v1/admin/display-tokens/t1', { method: 'DELETE' });
    expect(header(calls[0], 'x-csrf-token')).toBeNull();
    expect(header(calls[1], 'x-csrf-token')).toBe('csrf-1');
    expect(header(calls[1], 'content-type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe('{"a":1}');
    expect(header(calls[2], 'x-csrf-token')).toBe('csrf-1');
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it("sends a display token as a bearer header, from the address or this screen's memory", async () => {
    const calls = stubFetch(() => json(200, {}));
    stubBrowser('?token=dt.abc');
    await apiFetch('/data/area/boundary.geojson');
    stubBrowser('', { 'caohu.token': 'dt.remembered' });
    await apiFetch('/api/v1/snapshot');
    expect(header(calls[0], 'authorization')).toBe('Bearer dt.abc');
    expect(header(calls[1], 'authorization')).toBe('Bearer dt.remembered');
  });

  it("turns the server's JSON error into an ApiError with its code, reason, field and lock time", async () => {
    stubFetch(() =>
      json(429, { error: 'locked', reason: 'too many', retryAfterSec: 120 }, { 'retry-after': '120' }),
    );
    const locked = await apiFetch('/api/v1/auth/login', { method: 'POST', quiet401: true }).catch(
      (e: unknown) => e,
    );
    expect(locked).toMatchObject({ status: 429, code: 'locked', reason: 'too many', retryAfterSec: 120 });
    stubFetch(() => json(400, { error: 'bad-request', reason: 'too short', field: 'password' }));
    const bad = await apiJson('/api/v1/admin/users', { method: 'POST', json: {} }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ApiError);
    expect(bad).toMatchObject({ status: 400, field: 'password' });
  });

  it('calls a network failure or a gateway without our JSON unreachable (status 0)', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await apiFetch('/api/v1/auth/me').catch((e: unknown) => e)).toMatchObject({
      status: 0,
      code: 'unreachable',
    });
    stubFetch(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect(await apiFetch('/api/v1/auth/me').catch((e: unknown) => e)).toMatchObject({
      status: 0,
      code: 'unreachable',
    });
  });

  it('ends the session on a 401, except for the calls that expect one', async () => {
    stubFetch(() => json(401, { error: 'unauthenticated', reason: 'sign in' }));
    await apiFetch('/api/v1/auth/login', { method: 'POST', quiet401: true }).catch(() => undefined);
    expect(useSessionStore.getState().status).toBe('signed-in');
    await apiFetch('/api/v1/snapshot').catch(() => undefined);
    expect(useSessionStore.getState().status).toBe('ended');
  });

  it('says a display screen whose token is refused is invalid, not signed out', async () => {
    useSessionStore.setState({ status: 'signed-in', user, csrfToken: null, via: 'token' });
    stubFetch(() => json(401, { error: 'unauthenticated', reason: 'revoked' }));
    await apiFetch('/api/v1/snapshot').catch(() => undefined);
    expect(useSessionStore.getState().status).toBe('token-invalid');
  });
});
