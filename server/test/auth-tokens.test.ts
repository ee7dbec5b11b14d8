// Display tokens (wall screens) and feed keys: made, used, rotated and revoked while the server
// runs; a revoked token is refused over HTTP and its sockets are disconnected; a feed key sends
// only its own source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PATHS, AUTH_PATHS } from '../../core/protocol/auth';
import { api, incident, postFeed, startServer, TestScreen, waitFor, type TestServer } from './helpers';

const CAMERA_ENV_KEY = 'camera-env-key-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    env: { FEED_KEYS: `test:test-key-0123456789abcdef,cam1@camera:${CAMERA_ENV_KEY}` },
  });
});
afterAll(() => server.close());

describe('display tokens', () => {
  it('read as a viewer; once revoked, HTTP is refused and the socket hears session-ended and is closed', async () => {
    const created = await api(server.url, server.admin, 'POST', ADMIN_PATHS.displayTokens, {
      label: '一号大屏',
    });
    expect(created.status).toBe(201);
    const { secret, token } = created.body;
    expect(secret).toMatch(/^dt\./);
    const auth = { token: secret as string };
    expect((await api(server.url, auth, 'GET', AUTH_PATHS.me)).body).toEqual({
      user: { id: `display:${token.id}`, username: '', name: '一号大屏', role: 'viewer' },
      csrfToken: null,
    });
    expect((await api(server.url, auth, 'GET', '/api/v1/snapshot')).status).toBe(200);
    expect((await api(server.url, auth, 'GET', ADMIN_PATHS.users)).status).toBe(403);
    // The list never shows the secret.
    const list = await api(server.url, server.admin, 'GET', ADMIN_PATHS.displayTokens);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body.tokens.find((t: { id: string }) => t.id === token.id).lastUsedAt).not.toBeNull();

    const screen = new TestScreen(server.url, auth);
    screen.socket.on('connect', () => screen.sync());
    await waitFor(() => screen.seq !== null, 'the wall synced');
    const revoked = await api(server.url, server.admin, 'DELETE', `${ADMIN_PATHS.displayTokens}/${token.id}`);
    expect(revoked.status).toBe(204);
    await waitFor(() => screen.endedReason === 'revoked' && !screen.socket.connected, 'session-ended');
    expect((await api(server.url, auth, 'GET', '/api/v1/snapshot')).status).toBe(401);
    // And a new socket with it is refused.
    const again = new TestScreen(server.url, auth);
    const error = await new Promise<string>((resolve) =>
      again.socket.on('connect_error', (e) => resolve(e.message)),
    );
    expect(error).toBe('unauthenticated');
    expect(
      (await api(server.url, server.admin, 'DELETE', `${ADMIN_PATHS.displayTokens}/${token.id}`)).status,
    ).toBe(404);
  });
});

describe('feed keys', () => {
  const hotline = () => incident({ source: 'hotline', reporter: { name: '王五', phone: '13912345678' } });

  it('a camera key sends camera reports; a hotline item is rejected naming the field; other feeds are 403', async () => {
    for (const key of [CAMERA_ENV_KEY]) {
      const res = await postFeed(server.url, 'incidents', [incident({ source: 'camera' }), hotline()], key);
      expect(res.status).toBe(200);
      expect(res.body.results[0]).toMatchObject({ status: 'accepted' });
      expect(res.body.results[1]).toMatchObject({ status: 'rejected', field: 'source' });
      expect(String(res.body.results[1]!.reason)).toMatch(/camera/);
      expect((await postFeed(server.url, 'inspections', [], key)).status).toBe(403);
    }
  });

  it('are made, rotated and revoked in the admin API without a restart; secrets are shown once', async () => {
    const made = await api(server.url, server.admin, 'POST', ADMIN_PATHS.feedKeys, {
      name: 'hotline-12345',
      source: 'hotline',
    });
    expect(made.status).toBe(201);
    const { id } = made.body.key;
    const first = made.body.secret as string;
    const seqBefore = server.app.projection.state.seq;
    expect((await postFeed(server.url, 'incidents', [hotline()], first)).body.accepted).toBe(1);
    const camera = await postFeed(server.url, 'incidents', [incident({ source: 'camera' })], first);
    expect(camera).toMatchObject({ status: 422, body: { rejected: 1 } });
    expect(camera.body.results[0]).toMatchObject({ field: 'source' });
    expect(server.app.projection.state.seq).toBe(seqBefore + 1); // the rejected item changed nothing

    const rotated = await api(server.url, server.admin, 'POST', `${ADMIN_PATHS.feedKeys}/${id}/rotate`);
    expect(rotated.status).toBe(200);
    const second = rotated.body.secret as string;
    expect(second).not.toBe(first);
    expect((await postFeed(server.url, 'incidents', [hotline()], first)).status).toBe(401);
    expect((await postFeed(server.url, 'incidents', [hotline()], second)).status).toBe(200);

    const list = await api(server.url, server.admin, 'GET', ADMIN_PATHS.feedKeys);
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(second);
    expect(text).not.toContain(CAMERA_ENV_KEY);
    expect(list.body.keys.map((k: { name: string; source: string }) => `${k.name}@${k.source}`)).toEqual(
      expect.arrayContaining(['test@*', 'cam1@camera', 'hotline-12345@hotline']),
    );
    // Keys from FEED_KEYS are changed there, not here.
    expect((await api(server.url, server.admin, 'DELETE', `${ADMIN_PATHS.feedKeys}/env:cam1`)).status).toBe(
      409,
    );

    expect((await api(server.url, server.admin, 'DELETE', `${ADMIN_PATHS.feedKeys}/${id}`)).status).toBe(204);
    expect((await postFeed(server.url, 'incidents', [hotline()], second)).status).toBe(401);
    const dup = await api(server.url, server.admin, 'POST', ADMIN_PATHS.feedKeys, {
      name: 'hotline-12345',
      source: 'camera',
    });
    expect(dup).toMatchObject({ status: 409, body: { field: 'name' } });
    const bad = await api(server.url, server.admin, 'POST', ADMIN_PATHS.feedKeys, {
      name: 'x',
      source: 'fax',
    });
    expect(bad).toMatchObject({ status: 400, body: { field: 'source' } });
  });
});
