// Case work over real sockets: two dispatchers assigning one case at once (exactly one wins, the
// other hears `conflict` with the case as it now is, one assignment in the log), presence of who
// works which case (cleared on disconnect), and sockets that may not act.
import { io as connectSocket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { CaseActionAck, CaseActionResponse, CasePresence } from '../../core/protocol/case-actions';
import { hashLiveState } from '../src/store/state-hash';
import { reportCase } from './case-helpers';
import { startServer, waitFor } from './helpers';
import { signIn, USERS, type LiveClient } from './sign-in';

const connected = (socket: LiveClient) =>
  new Promise<void>((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });

const send = (socket: LiveClient, request: unknown) =>
  new Promise<CaseActionAck>((resolve) => socket.emit('case:action', request, resolve));

describe('case work over sockets', () => {
  it('lets exactly one of two dispatchers assign a case at once; the other gets a conflict', async () => {
    const server = await startServer();
    const a = (await signIn(server, USERS.dispatcher)).connect();
    const b = (await signIn(server, USERS.dispatcher2)).connect();
    try {
      await Promise.all([connected(a), connected(b)]);
      const caseId = await reportCase(server, { source: 'camera', category: 'road-damage' });
      const registered = (await send(a, { caseId, action: 'register' })) as CaseActionResponse;
      expect(registered.accepted).toBe(1);
      const seen = server.app.projection.state.cases.get(caseId)!.updatedAt;

      const assign = (socket: LiveClient, id: string) =>
        send(socket, {
          caseId,
          action: 'dispatch',
          assignee: { id, role: 'grid-worker' },
          ifUpdatedAt: seen,
        }) as Promise<CaseActionResponse>;
      const answers = await Promise.all([assign(a, 'GW320507006001001'), assign(b, 'GW320507006001002')]);
      const results = answers.map((r) => r.results[0]!);
      expect(results.map((r) => r.status).sort()).toEqual(['accepted', 'rejected']);
      const won = results.find((r) => r.status === 'accepted')!;
      const lost = results.find((r) => r.status === 'rejected')!;
      expect(lost).toMatchObject({ code: 'conflict', field: 'ifUpdatedAt' });
      expect(lost.status === 'rejected' && lost.case).toEqual(won.status === 'accepted' && won.case);

      const c = server.app.projection.state.cases.get(caseId)!;
      expect(c.history!.filter((h) => h.action === 'dispatch')).toHaveLength(1);
      expect(c.assignee?.id).toBe(won.status === 'accepted' ? won.case.assignee?.id : null);
    } finally {
      a.disconnect();
      b.disconnect();
      await server.close();
    }
  });

  it('tells dispatchers who is working which case, and forgets a socket that leaves', async () => {
    const server = await startServer();
    const first = await signIn(server, USERS.dispatcher);
    const a = first.connect();
    const b = (await signIn(server, USERS.dispatcher2)).connect();
    const seen: CasePresence[] = [];
    b.on('presence', (p) => seen.push(p));
    try {
      await Promise.all([connected(a), connected(b)]);
      await waitFor(() => seen.length === 1, 'the presence on connecting');
      expect(seen[0]).toEqual({});
      a.emit('case:focus', { caseId: 'AJ20260304-0001' });
      await waitFor(() => seen.length === 2, 'presence after a focus');
      expect(seen[1]).toEqual({ 'AJ20260304-0001': [{ userId: first.userId, name: '王敏' }] });
      a.emit('case:focus', { caseId: 42 }); // not a case id: ignored
      a.disconnect();
      await waitFor(() => seen.length === 3, 'presence after the disconnect');
      expect(seen[2]).toEqual({});
    } finally {
      a.disconnect();
      b.disconnect();
      await server.close();
    }
  });

  it('refuses sockets without a signed-in user, and actions of a role that may not act, changing nothing', async () => {
    const server = await startServer();
    const viewer = (await signIn(server, USERS.viewer)).connect();
    const worker = (await signIn(server, USERS.worker)).connect();
    const anonymous = connectSocket(server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const refusal = new Promise<string>((resolve) =>
      anonymous.once('connect_error', (err) => resolve(err.message)),
    );
    try {
      expect(await refusal).toBe('unauthenticated');
      await Promise.all([connected(viewer), connected(worker)]);
      const caseId = await reportCase(server, { source: 'hotline', category: 'noise' });
      const before = hashLiveState(server.app.projection.state);
      expect(await send(viewer, { caseId, action: 'verify' })).toMatchObject({ error: 'forbidden' });
      const rejected = (await send(worker, { caseId, action: 'register' })) as CaseActionResponse;
      expect(rejected.results[0]).toMatchObject({ status: 'rejected', code: 'wrong-role' });
      expect(
        await send(
          worker,
          Array.from({ length: 101 }, () => ({ caseId, action: 'verify' })),
        ),
      ).toMatchObject({
        error: 'too-many-items',
      });
      expect(hashLiveState(server.app.projection.state)).toBe(before);
    } finally {
      viewer.disconnect();
      worker.disconnect();
      anonymous.disconnect();
      await server.close();
    }
  });
});
