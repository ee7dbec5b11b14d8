// The case actions pipeline over a real server: the whole path from report to closure, clear
// rejections that change nothing, one winner between two dispatchers, and a restart that
// rebuilds the same projection.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTransitionLimits } from '../src/cases/load-rules';
import { hashLiveState } from '../src/store/state-hash';
import { BOOT_EVENTS, getSnapshot, startServer, tempDir, TestScreen, waitFor } from './helpers';
import {
  act,
  DISPATCHER,
  DISPATCHER_2,
  LEADER,
  OTHER_WORKER,
  reportCase,
  storePhoto,
  WORKER,
  WORKER_ACTOR,
} from './case-helpers';

describe('case actions', () => {
  it('take a resident report through to closure, with its history, and tell the screens', async () => {
    const server = await startServer();
    const screen = new TestScreen(server.url);
    try {
      screen.sync();
      const caseId = await reportCase(server, { source: 'resident', category: 'garbage-overflow' });
      await waitFor(() => screen.cases.has(caseId), 'the case on the screen');

      await act(server, DISPATCHER, { caseId, action: 'verify' });
      const registered = await act(server, DISPATCHER, { caseId, action: 'register' });
      expect(registered.case.sla).toMatchObject({ clock: 'working', deadline: expect.any(String) });
      expect(Date.parse(registered.case.sla!.deadline)).toBeGreaterThan(Date.now());
      await act(server, DISPATCHER, { caseId, action: 'dispatch', assignee: WORKER });
      await act(server, WORKER_ACTOR, { caseId, action: 'accept' });
      const photo = await storePhoto(server);
      await act(server, WORKER_ACTOR, {
        caseId,
        action: 'handle',
        note: '已清运',
        photos: [photo],
      });
      await act(server, DISPATCHER_2, { caseId, action: 'check-pass' });
      const closed = await act(server, DISPATCHER, { caseId, action: 'close' });

      expect(closed.state).toBe('closed');
      const history = closed.case.history!;
      expect(history.map((h) => [h.from, h.to])).toEqual([
        ['reported', 'verified'],
        ['verified', 'registered'],
        ['registered', 'dispatched'],
        ['dispatched', 'in-progress'],
        ['in-progress', 'handled'],
        ['handled', 'checked'],
        ['checked', 'closed'],
      ]);
      expect(history[4]).toMatchObject({ actor: WORKER_ACTOR, note: '已清运', photos: [photo] });
      expect(closed.case.assignee).toEqual(WORKER);
      expect(closed.seq).toBe(BOOT_EVENTS + 8);

      const snapshot = await getSnapshot(server.url);
      expect(snapshot.seq).toBe(BOOT_EVENTS + 8);
      expect(snapshot.cases.find((c) => c.id === caseId)).toEqual(closed.case);
      await waitFor(() => screen.seq === BOOT_EVENTS + 8, 'the last delta');
      expect(screen.cases.get(caseId)).toEqual(closed.case);
      expect(screen.deltas.some((d) => d.cases.some((c) => c.state === 'closed'))).toBe(true);
      expect(screen.gaps).toBe(0);
    } finally {
      screen.close();
      await server.close();
    }
  });

  it('rejects the wrong role, the wrong state, a missing reason, a self-check, an unknown case, and changes nothing', async () => {
    const server = await startServer();
    try {
      const caseId = await reportCase(server, { source: 'hotline', category: 'noise' });
      const seq = (await getSnapshot(server.url)).seq;
      const perform = async (actor: typeof DISPATCHER, request: Record<string, unknown>) =>
        (await server.app.cases.perform([request], actor)).results[0];

      expect(await perform(WORKER_ACTOR, { caseId, action: 'register' })).toMatchObject({
        status: 'rejected',
        code: 'wrong-role',
        reason: expect.stringContaining('dispatcher'),
      });
      expect(await perform(DISPATCHER, { caseId, action: 'register' })).toMatchObject({
        status: 'rejected',
        code: 'verification-required',
      });
      expect(await perform(DISPATCHER, { caseId, action: 'close' })).toMatchObject({
        status: 'rejected',
        code: 'wrong-state',
        field: 'state',
      });
      expect(await perform(DISPATCHER, { caseId, action: 'reject' })).toMatchObject({
        status: 'rejected',
        code: 'missing',
        field: 'reason',
      });
      expect(await perform(DISPATCHER, { caseId: 'AJ-nope', action: 'verify' })).toMatchObject({
        status: 'rejected',
        code: 'unknown-case',
        field: 'caseId',
      });
      expect(await perform(DISPATCHER, { caseId, action: 'fly' })).toMatchObject({
        status: 'rejected',
        code: 'invalid-request',
        field: 'action',
      });
      expect(await perform(DISPATCHER, { caseId, action: 'verify', actor: 'x' })).toMatchObject({
        status: 'rejected',
        code: 'invalid-request',
        field: 'actor',
      });
      expect((await getSnapshot(server.url)).seq).toBe(seq);

      // The check is done by someone other than the handler (a grid worker may check others' work).
      await act(server, WORKER_ACTOR, { caseId, action: 'verify' });
      await act(server, DISPATCHER, { caseId, action: 'register' });
      await act(server, DISPATCHER, { caseId, action: 'dispatch', assignee: WORKER });
      await act(server, WORKER_ACTOR, { caseId, action: 'accept' });
      await act(server, WORKER_ACTOR, {
        caseId,
        action: 'handle',
        note: '已劝导',
        photos: [await storePhoto(server)],
      });
      const before = await getSnapshot(server.url);
      expect(await perform(WORKER_ACTOR, { caseId, action: 'check-pass' })).toMatchObject({
        status: 'rejected',
        code: 'same-person',
      });
      expect(await perform(LEADER, { caseId, action: 'check-pass' })).toMatchObject({ code: 'wrong-role' });
      expect(await getSnapshot(server.url)).toMatchObject({ seq: before.seq, cases: before.cases });
      expect(
        (await perform(OTHER_WORKER, { caseId, action: 'check-fail', reason: '仍有噪音' }))?.status,
      ).toBe('accepted');
    } finally {
      await server.close();
    }
  });

  it('lets exactly one of two dispatchers dispatch a case at once', async () => {
    const server = await startServer();
    try {
      const caseId = await reportCase(server, { source: 'camera', category: 'illegal-parking' });
      await act(server, DISPATCHER, { caseId, action: 'register' });
      const [a, b] = await Promise.all([
        server.app.cases.perform([{ caseId, action: 'dispatch', assignee: WORKER }], DISPATCHER),
        server.app.cases.perform(
          [{ caseId, action: 'dispatch', assignee: { id: 'GW320507006001002', role: 'grid-worker' } }],
          DISPATCHER_2,
        ),
      ]);
      const results = [a.results[0], b.results[0]];
      expect(results.filter((r) => r?.status === 'accepted')).toHaveLength(1);
      expect(results.filter((r) => r?.status === 'rejected')).toEqual([
        expect.objectContaining({ code: 'wrong-state', reason: 'cannot dispatch a case that is dispatched' }),
      ]);
      const c = (await getSnapshot(server.url)).cases.find((x) => x.id === caseId)!;
      expect(c.assignee).toEqual(WORKER);
      expect(c.history?.filter((h) => h.action === 'dispatch')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('rebuilds the same projection after a restart, from a checkpoint and from the whole log', async () => {
    const now = Date.now();
    const first = await startServer({ clock: () => now });
    const noise = { source: 'resident', category: 'noise', location: { lon: 120.569, lat: 31.471 } };
    const caseId = await reportCase(first, { source: 'grid-worker', category: 'road-damage' });
    const other = await reportCase(first, noise);
    await act(first, DISPATCHER, { caseId, action: 'register' });
    await act(first, DISPATCHER, { caseId, action: 'dispatch', assignee: WORKER });
    expect(await first.app.checkpointer.runNow()).toBe(BOOT_EVENTS + 4);
    await act(first, WORKER_ACTOR, { caseId, action: 'return', reason: '不属于本网格' });
    await act(first, LEADER, { caseId, action: 'backlog', reason: '需区级协调' });
    await act(first, DISPATCHER, { caseId: other, action: 'reject', reason: '重复上报' });
    const hash = hashLiveState(first.app.projection.state);
    const snapshot = await getSnapshot(first.url);
    await first.close();
    for (const useCheckpoint of [true, false]) {
      const copy = tempDir();
      for (const f of fs.readdirSync(first.dataDir))
        fs.copyFileSync(path.join(first.dataDir, f), path.join(copy, f));
      const again = await startServer({ dataDir: copy, useCheckpoint, clock: () => now });
      try {
        expect(again.app.projection.startedFrom.checkpointSeq).toBe(useCheckpoint ? BOOT_EVENTS + 4 : 0);
        expect(hashLiveState(again.app.projection.state)).toBe(hash);
        expect((await getSnapshot(again.url)).cases).toEqual(snapshot.cases);
        // A rejected case takes no more merges: a report at the same place opens a new case.
        expect(await reportCase(again, noise)).not.toBe(other);
      } finally {
        await again.close();
      }
    }
  });
});

describe('the rules loader', () => {
  const rules = path.join(import.meta.dirname, '..', '..', 'data', 'rules');

  it('loads the time limits and calendars', () => {
    const limits = loadTransitionLimits(rules);
    expect(limits.rules.limits['fire-smoke']).toMatchObject({ clock: 'around-the-clock' });
    expect(limits.calendar.years).toContain(2026);
  });

  it('names the bad file', () => {
    const dir = tempDir();
    expect(() => loadTransitionLimits(dir)).toThrow(path.join(dir, 'time-limits.json'));
    fs.copyFileSync(path.join(rules, 'time-limits.json'), path.join(dir, 'time-limits.json'));
    expect(() => loadTransitionLimits(dir)).toThrow('no working calendar');
    fs.writeFileSync(path.join(dir, 'calendar-cn-2026.json'), '{"year": 2026}');
    expect(() => loadTransitionLimits(dir)).toThrow(path.join(dir, 'calendar-cn-2026.json'));
    const limits = JSON.parse(fs.readFileSync(path.join(rules, 'time-limits.json'), 'utf8'));
    delete limits.limits['fire-smoke'];
    fs.writeFileSync(path.join(dir, 'time-limits.json'), JSON.stringify(limits));
    expect(() => loadTransitionLimits(dir)).toThrow(/time-limits\.json.*fire-smoke/);
  });
});
