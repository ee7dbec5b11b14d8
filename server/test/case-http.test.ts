// Case actions and photos over real HTTP, as signed-in people: a resident report taken to
// closure (with a photo, checked by someone else), clear errors that change nothing, bulk
// answers per item, and the rules screens need for time left.
import { describe, expect, it } from 'vitest';
import { registrationSla } from '../../core/domain/time-limits';
import { CASE_ACTIONS_PATH } from '../../core/protocol/case-actions';
import { PHOTOS_PATH } from '../../core/protocol/photos';
import { rulesFromWire, type RulesResponse } from '../../core/protocol/rules';
import { SIM_PHOTO } from '../src/feeds/sim-photo';
import { hashLiveState } from '../src/store/state-hash';
import { reportCase } from './case-helpers';
import { startServer, type TestServer } from './helpers';
import { signIn, USERS, type Session } from './sign-in';

const WORKER = { id: 'GW320507006001001', name: '网格员001', role: 'grid-worker' };
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

async function upload(session: Session, bytes: Buffer, type: string) {
  const res = await session.fetch(PHOTOS_PATH, {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as { ref?: string; error?: string; field?: string } };
}

async function people(server: TestServer) {
  return {
    dispatcher: await signIn(server, USERS.dispatcher),
    dispatcher2: await signIn(server, USERS.dispatcher2),
    worker: await signIn(server, USERS.worker),
    leader: await signIn(server, USERS.leader),
    viewer: await signIn(server, USERS.viewer),
  };
}

describe('case actions over HTTP', () => {
  it('take a resident report from report to closure, with a photo and a check by another person', async () => {
    const server = await startServer();
    try {
      const { dispatcher, dispatcher2, worker } = await people(server);
      const caseId = await reportCase(server, { source: 'resident', category: 'garbage-overflow' });
      const step = async (who: Session, body: Record<string, unknown>) => {
        const res = await who.post(CASE_ACTIONS_PATH, { caseId, ...body });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return (res.body.results as { case: { state: string; updatedAt: string } }[])[0]!.case;
      };
      await step(dispatcher, { action: 'verify' });
      await step(dispatcher, { action: 'register' });
      const dispatched = await step(dispatcher, { action: 'dispatch', assignee: WORKER });
      await step(worker, { action: 'accept', ifUpdatedAt: dispatched.updatedAt });

      const photo = await upload(worker, JPEG, 'image/jpeg');
      expect(photo.status).toBe(201);
      expect(photo.body.ref).toMatch(/^[0-9a-f]{32}\.jpg$/);
      await step(worker, { action: 'handle', note: '已清运完毕', photos: [photo.body.ref] });
      // The handler may not check their own work; another person does.
      const self = await worker.post(CASE_ACTIONS_PATH, { caseId, action: 'check-pass' });
      expect([self.status, self.body.error]).toEqual([403, 'same-person']);
      await step(dispatcher2, { action: 'check-pass' });
      const closed = await step(dispatcher, { action: 'close' });
      expect(closed.state).toBe('closed');

      const c = server.app.projection.state.cases.get(caseId)!;
      const [d1, d2] = [dispatcher.userId, dispatcher2.userId];
      expect(c.history!.map((h) => `${h.action}:${h.actor.kind === 'user' ? h.actor.id : ''}`)).toEqual([
        `verify:${d1}`,
        `register:${d1}`,
        `dispatch:${d1}`,
        `accept:${WORKER.id}`, // a field account acts as its person
        `handle:${WORKER.id}`,
        `check-pass:${d2}`,
        `close:${d1}`,
      ]);
      expect(c.history![4]!.photos).toEqual([photo.body.ref]);

      const got = await dispatcher.fetch(`${PHOTOS_PATH}/${photo.body.ref}`);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('cache-control')).toContain('immutable');
      expect(Buffer.from(await got.arrayBuffer())).toEqual(JPEG);
      expect((await dispatcher.fetch(`${PHOTOS_PATH}/${'0'.repeat(32)}.jpg`)).status).toBe(404);
      expect((await fetch(`${server.url}${PHOTOS_PATH}/${photo.body.ref}`)).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('answers bad input with a clear error and changes nothing', async () => {
    const server = await startServer();
    try {
      const { dispatcher, worker, leader, viewer } = await people(server);
      const caseId = await reportCase(server, { source: 'hotline', category: 'noise' });
      const before = hashLiveState(server.app.projection.state);
      const expectRefused = async (
        who: Session,
        body: unknown,
        status: number,
        error: string,
        field?: string,
      ) => {
        const res = await who.post(CASE_ACTIONS_PATH, body);
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        expect(res.body).toMatchObject({ error, reason: expect.any(String), ...(field ? { field } : {}) });
      };
      await expectRefused(
        dispatcher,
        { caseId: 'AJ20200101-0001', action: 'verify' },
        404,
        'unknown-case',
        'caseId',
      );
      await expectRefused(dispatcher, { caseId, action: 'close' }, 409, 'wrong-state', 'state');
      await expectRefused(dispatcher, { caseId, action: 'register' }, 409, 'verification-required');
      await expectRefused(worker, { caseId, action: 'reject', reason: '不属实' }, 403, 'wrong-role');
      await expectRefused(dispatcher, { caseId, action: 'reject' }, 422, 'missing', 'reason');
      await expectRefused(dispatcher, { caseId, action: 'fly' }, 422, 'invalid-request', 'action');
      await expectRefused(dispatcher, { caseId, action: 'verify', by: 'x' }, 422, 'invalid-request', 'by');
      await expectRefused(
        dispatcher,
        { caseId, action: 'verify', ifUpdatedAt: '2020-01-01T00:00:00Z' },
        409,
        'conflict',
        'ifUpdatedAt',
      );
      await expectRefused(
        dispatcher,
        { caseId, action: 'verify', photos: [`${'a'.repeat(32)}.jpg`] },
        422,
        'unknown-photo',
        'photos.0',
      );
      await expectRefused(viewer, { caseId, action: 'verify' }, 403, 'forbidden');
      await expectRefused(leader, [], 400, 'empty-batch');
      const anonymous = await fetch(`${server.url}${CASE_ACTIONS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ caseId, action: 'verify' }),
      });
      expect(anonymous.status).toBe(401);

      // Photos: too large, lying about their type, not images, not an accepted type.
      const big = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
      expect(await upload(worker, big, 'image/jpeg')).toMatchObject({
        status: 413,
        body: { error: 'payload-too-large' },
      });
      expect(await upload(worker, SIM_PHOTO, 'image/jpeg')).toMatchObject({
        status: 415,
        body: { error: 'type-mismatch', field: 'content-type' },
      });
      expect(await upload(worker, Buffer.from('<svg onload=alert(1)>'), 'image/png')).toMatchObject({
        status: 415,
        body: { error: 'not-an-image' },
      });
      expect(await upload(worker, Buffer.from('<svg/>'), 'image/svg+xml')).toMatchObject({ status: 415 });
      expect(await upload(viewer, JPEG, 'image/jpeg')).toMatchObject({ status: 403 });

      expect(hashLiveState(server.app.projection.state)).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('answers a bulk request item by item, and a conflict with the case as it now is', async () => {
    const server = await startServer();
    try {
      const { dispatcher } = await people(server);
      const a = await reportCase(server, { source: 'camera', category: 'road-damage' });
      const b = await reportCase(server, {
        source: 'camera',
        category: 'noise',
        location: { lon: 120.57, lat: 31.468 },
      });
      const seen = server.app.projection.state.cases.get(a)!.updatedAt;
      const res = await dispatcher.post(CASE_ACTIONS_PATH, [
        { caseId: a, action: 'register', ifUpdatedAt: seen },
        { caseId: b, action: 'register' },
        { caseId: a, action: 'reject', reason: '重复', ifUpdatedAt: seen },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accepted: 2, rejected: 1 });
      const results = res.body.results as Record<string, unknown>[];
      expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'rejected']);
      expect(results[2]).toMatchObject({ code: 'conflict', case: { id: a, state: 'registered' } });
    } finally {
      await server.close();
    }
  });

  it('serves the time limits and the working calendar, which give the same deadlines as the server', async () => {
    const server = await startServer();
    try {
      const { leader } = await people(server);
      const res = await leader.fetch('/api/v1/rules');
      expect(res.status).toBe(200);
      const limits = rulesFromWire((await res.json()) as RulesResponse);
      const caseId = await reportCase(server, { source: 'camera', category: 'road-damage' });
      const { dispatcher } = await people(server);
      const done = await dispatcher.post(CASE_ACTIONS_PATH, { caseId, action: 'register' });
      const sla = (done.body.results as { case: { sla: { from: string; deadline: string } } }[])[0]!.case.sla;
      expect(
        registrationSla('road-damage', Date.parse(sla.from), limits.rules, limits.calendar).deadline,
      ).toBe(sla.deadline);
      expect((await fetch(`${server.url}/api/v1/rules`)).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
