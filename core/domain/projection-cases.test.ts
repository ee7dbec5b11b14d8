// The projection applies case transitions: state, history, assignee, deadline, the merge
// candidates, and finished cases leaving the live picture a day after they were finished.
import { describe, expect, it } from 'vitest';
import { createLiveState, type LiveState } from './live-state';
import { decideReport } from './merge';
import type { Actor, LoggedEvent } from './model';
import { applyEvent, refreshClock } from './projection';
import { HOUR_MS } from './time';
import { decideTransition, type TransitionInput } from './transition';
import { buildDelta, buildSnapshot } from './views';
import { TEST_CELL } from './projection-fixtures';
import { T0, userOf } from './workflow-fixtures';

const FEED: Actor = { kind: 'feed', key: 'k', source: 'camera' };
const WORKER = { id: 'GW320507006001001', name: '张伟', role: 'grid-worker' as const };
const DISPATCHER = userOf('dispatcher', 'd1');
const GRID_WORKER: Actor = { kind: 'user', ...WORKER };
const location = { lon: 120.57, lat: 31.47 };

function report(state: LiveState, log: LoggedEvent[], ref: string, atMs: number): string {
  const d = decideReport({
    state,
    report: {
      source: 'camera',
      sourceRef: ref,
      category: 'fire-smoke',
      at: new Date(atMs).toISOString(),
      location: { ...location, crs: 'WGS84' },
    },
    location,
    cell: TEST_CELL,
    nowMs: atMs,
    actor: FEED,
  });
  if (d.kind !== 'accepted') throw new Error(JSON.stringify(d));
  const event = { ...d.event, seq: state.seq + 1 };
  log.push(event);
  applyEvent(state, event);
  return d.caseId!;
}

function act(
  state: LiveState,
  log: LoggedEvent[],
  caseId: string,
  action: string,
  actor: Actor,
  atMs: number,
  input: TransitionInput = {},
) {
  const d = decideTransition(state.cases.get(caseId)!, action, actor, input, atMs);
  if (d.kind !== 'accepted') throw new Error(`${action}: ${d.reason}`);
  const event = { ...d.event, seq: state.seq + 1 };
  log.push(event);
  return applyEvent(state, event);
}

function closedCase() {
  const state = createLiveState([]);
  const log: LoggedEvent[] = [];
  const id = report(state, log, 'C1', T0);
  const postponeTo = new Date(T0 + 5 * HOUR_MS).toISOString();
  act(state, log, id, 'register', DISPATCHER, T0 + 60_000);
  act(state, log, id, 'dispatch', DISPATCHER, T0 + 120_000, { assignee: WORKER });
  act(state, log, id, 'accept', GRID_WORKER, T0 + 180_000);
  act(state, log, id, 'postpone', userOf('leader'), T0 + 200_000, {
    reason: '等待消防',
    deadline: postponeTo,
  });
  act(state, log, id, 'handle', GRID_WORKER, T0 + 240_000, { note: '已扑灭', photos: ['p1'] });
  act(state, log, id, 'check-pass', DISPATCHER, T0 + 300_000);
  const touched = act(state, log, id, 'close', DISPATCHER, T0 + 360_000);
  return { state, log, id, touched };
}

describe('applyEvent with case.transitioned', () => {
  it('moves the case, keeps its history, assignee and deadline, and says it touched it', () => {
    const { state, id, touched } = closedCase();
    const c = state.cases.get(id)!;
    expect(c.state).toBe('closed');
    expect(c.history?.map((h) => h.action)).toEqual([
      'register',
      'dispatch',
      'accept',
      'postpone',
      'handle',
      'check-pass',
      'close',
    ]);
    expect(c.assignee).toEqual(WORKER);
    expect(c.sla?.deadline).toBe(new Date(T0 + 5 * HOUR_MS).toISOString());
    expect(c.updatedAt).toBe(new Date(T0 + 360_000).toISOString());
    expect([...touched.cases]).toEqual([id]);
    expect(state.seq).toBe(8);
  });

  it('takes a finished case out of the merge candidates: a new report opens a new case', () => {
    const { state, log, id } = closedCase();
    expect(state.openCasesByCategory.get('fire-smoke')?.has(id)).toBe(false);
    const next = report(state, log, 'C2', T0 + 400_000);
    expect(next).not.toBe(id);
    expect(state.openCasesByCategory.get('fire-smoke')).toEqual(new Set([next]));
  });

  it('ignores an event decided for another state (the case is left as it is)', () => {
    const { state, id } = closedCase();
    const before = state.cases.get(id);
    const touched = applyEvent(state, {
      type: 'case.transitioned',
      at: new Date(T0 + 400_000).toISOString(),
      actor: DISPATCHER,
      caseId: id,
      action: 'dispatch',
      from: 'registered',
      to: 'dispatched',
      seq: state.seq + 1,
    });
    expect(state.cases.get(id)).toBe(before);
    expect(touched.cases.size).toBe(0);
  });

  it('replays to the same state', () => {
    const { state, log } = closedCase();
    const replayed = createLiveState([]);
    for (const event of JSON.parse(JSON.stringify(log)) as LoggedEvent[]) applyEvent(replayed, event);
    expect(replayed.cases).toEqual(state.cases);
    expect(replayed.openCasesByCategory).toEqual(state.openCasesByCategory);
  });
});

describe('finished cases leave the live picture after 24 hours', () => {
  it('in snapshots, and as removed in the delta of the refresh that drops them', () => {
    const { state, log, id } = closedCase();
    const open = report(state, log, 'C2', T0 + 400_000);
    const closedAt = T0 + 360_000;
    expect(refreshClock(state, closedAt + 23 * HOUR_MS).cases.size).toBe(0);
    expect(buildSnapshot(state, 'x').cases.map((c) => c.id)).toEqual([id, open]);
    const touched = refreshClock(state, closedAt + 24 * HOUR_MS + 1000);
    expect([...touched.cases]).toEqual([id]);
    expect(buildSnapshot(state, 'x').cases.map((c) => c.id)).toEqual([open]);
    expect(buildDelta(state, touched, state.seq, 'x').removed).toEqual({ cases: [id] });
    expect(refreshClock(state, closedAt + 25 * HOUR_MS).cases.size).toBe(0); // once only
    expect(state.cases.has(id)).toBe(true); // the state keeps it: figures and history need it
  });
});
