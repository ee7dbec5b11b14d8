// The projection keeps people: fixes (newer only), today's trail, open-case load as cases move,
// and status as time passes; positions are decided with rejections naming the field; a checkpoint
// holds them and is refused for another roster.
import { describe, expect, it } from 'vitest';
import { createLiveState, type LiveState } from './live-state';
import { decideReport } from './merge';
import type { Actor, LoggedEvent } from './model';
import type { Person } from './people';
import { decidePosition } from './positions';
import { applyEvent, refreshClock } from './projection';
import { canonicalLiveState, decodeLiveState, encodeLiveState, StateCodecError } from './state-codec';
import { MINUTE_MS } from './time';
import { decideTransition, type TransitionInput } from './transition';
import { buildDelta, buildSnapshot } from './views';
import { TEST_CELL } from './projection-fixtures';
import { userOf } from './workflow-fixtures';

const T0 = Date.parse('2026-03-04T10:00:00+08:00'); // Wednesday, on shift
const FEED: Actor = { kind: 'feed', key: 'k', source: 'positions' };
const WORKER: Person = {
  id: 'GW320507006001001',
  name: '李娜',
  role: 'grid-worker',
  kind: 'grid-worker',
  cellCodes: ['320507006001001'],
  communityCode: '320507006001',
};
const DRONE: Person = {
  id: 'WRJ-01',
  name: '空中网格员 1 号',
  role: 'responder',
  kind: 'drone',
  cellCodes: [],
};
const ROSTER = { roster: [WORKER, DRONE], offlineAfterMs: 10 * MINUTE_MS };
const DISPATCHER = userOf('dispatcher', 'd1');
const AS_WORKER: Actor = { kind: 'user', id: WORKER.id, name: WORKER.name, role: 'grid-worker' };
const iso = (ms: number) => new Date(ms).toISOString();

function apply(state: LiveState, event: Omit<LoggedEvent, 'seq'>) {
  return applyEvent(state, { ...event, seq: state.seq + 1 } as LoggedEvent);
}

function position(state: LiveState, personId: string, atMs: number, nowMs = atMs, more = {}) {
  return decidePosition({
    state,
    report: { personId, at: iso(atMs), lon: 120.57, lat: 31.47, crs: 'WGS84', ...more },
    location: { lon: 120.57, lat: 31.47 },
    insideStreet: true,
    nowMs,
    actor: FEED,
  });
}

function fixAt(state: LiveState, personId: string, atMs: number) {
  const d = position(state, personId, atMs);
  if (d.kind !== 'accepted') throw new Error(JSON.stringify(d));
  return apply(state, d.event);
}

function act(
  state: LiveState,
  caseId: string,
  action: string,
  actor: Actor,
  atMs: number,
  input: TransitionInput = {},
) {
  const d = decideTransition(state.cases.get(caseId)!, action, actor, input, atMs);
  if (d.kind !== 'accepted') throw new Error(`${action}: ${d.reason}`);
  return apply(state, d.event);
}

function openCase(state: LiveState, atMs: number): string {
  const location = { lon: 120.57, lat: 31.47 };
  const d = decideReport({
    state,
    report: {
      source: 'camera',
      sourceRef: `r${atMs}`,
      category: 'road-damage',
      at: iso(atMs),
      location: { ...location, crs: 'WGS84' },
    },
    location,
    cell: TEST_CELL,
    nowMs: atMs,
    actor: { kind: 'feed', key: 'k', source: 'camera' },
  });
  if (d.kind !== 'accepted') throw new Error(JSON.stringify(d));
  apply(state, d.event);
  return d.caseId!;
}

describe('people in the projection', () => {
  it('decides positions: unknown person, wrong kind, future, too old, not newer', () => {
    const state = createLiveState([], ROSTER);
    expect(position(state, 'nobody', T0)).toMatchObject({ kind: 'rejected', field: 'personId' });
    expect(position(state, WORKER.id, T0, T0, { kind: 'drone' })).toMatchObject({
      kind: 'rejected',
      field: 'kind',
    });
    expect(position(state, WORKER.id, T0 + 6 * MINUTE_MS, T0)).toMatchObject({
      kind: 'rejected',
      field: 'at',
    });
    expect(position(state, WORKER.id, T0 - 25 * 60 * MINUTE_MS, T0)).toMatchObject({
      kind: 'rejected',
      field: 'at',
    });
    fixAt(state, WORKER.id, T0);
    expect(position(state, WORKER.id, T0)).toMatchObject({ kind: 'duplicate' });
    expect(position(state, WORKER.id, T0 - 1000, T0)).toMatchObject({ kind: 'duplicate' });
    expect(position(state, WORKER.id, T0 + 1000)).toMatchObject({ kind: 'accepted' });
  });

  it('shows a person from their first fix, tracks load and status through a case, and goes offline in silence', () => {
    const state = createLiveState([], ROSTER);
    refreshClock(state, T0);
    expect(state.people.get(WORKER.id)).toMatchObject({ status: 'offline', openCases: 0 });
    expect(state.people.get(WORKER.id)?.position).toBeUndefined();

    const touched = fixAt(state, WORKER.id, T0);
    expect([...touched.people]).toEqual([WORKER.id]);
    expect(state.people.get(WORKER.id)).toMatchObject({
      status: 'available',
      position: { lon: 120.57, at: iso(T0) },
    });

    const caseId = openCase(state, T0 + 1000);
    act(state, caseId, 'register', DISPATCHER, T0 + 2000);
    const dispatched = act(state, caseId, 'dispatch', DISPATCHER, T0 + 3000, {
      assignee: { id: WORKER.id, name: WORKER.name, role: 'grid-worker' },
    });
    expect(dispatched.people.has(WORKER.id)).toBe(true);
    expect(state.people.get(WORKER.id)).toMatchObject({ status: 'available', openCases: 1 });
    act(state, caseId, 'accept', AS_WORKER, T0 + 4000);
    expect(state.people.get(WORKER.id)).toMatchObject({ status: 'busy', openCases: 1 });
    act(state, caseId, 'handle', AS_WORKER, T0 + 5000, { note: '已修复', photos: ['p.jpg'] });
    expect(state.people.get(WORKER.id)).toMatchObject({ status: 'available', openCases: 0 });

    const quiet = refreshClock(state, T0 + 11 * MINUTE_MS);
    expect(quiet.people.has(WORKER.id)).toBe(true);
    expect(state.people.get(WORKER.id)?.status).toBe('offline');
    refreshClock(state, Date.parse('2026-03-04T19:00:00+08:00'));
    expect(state.people.get(WORKER.id)?.status).toBe('off-duty');

    const snapshot = buildSnapshot(state, iso(T0));
    expect(snapshot.people.map((p) => p.id).sort()).toEqual([WORKER.id, DRONE.id].sort());
    const delta = buildDelta(state, dispatched, 0, iso(T0));
    expect(delta.people.map((p) => p.id)).toEqual([WORKER.id]);
  });

  it('moves a person only by newer fixes, and keeps their trail of the day', () => {
    const state = createLiveState([], ROSTER);
    for (let i = 0; i < 10; i++) fixAt(state, DRONE.id, T0 + i * 60_000);
    // A late fix (queued on the device) reaching the log after newer ones: history, not news.
    const late = position(state, DRONE.id, T0 + 20 * 60_000);
    if (late.kind !== 'accepted') throw new Error('not accepted');
    apply(state, { ...late.event, fixAt: iso(T0 + 5 * 60_000) } as typeof late.event);
    expect(state.fixes.get(DRONE.id)?.at).toBe(iso(T0 + 9 * 60_000));
    expect(state.trails.get(DRONE.id)?.points).toHaveLength(10);
  });

  it('keeps people in checkpoints, and refuses a checkpoint of another roster', () => {
    const state = createLiveState([], ROSTER);
    fixAt(state, WORKER.id, T0);
    fixAt(state, DRONE.id, T0 + 60_000);
    const texts = [...encodeLiveState(state, [])];
    expect(canonicalLiveState(decodeLiveState(texts, [], ROSTER))).toBe(canonicalLiveState(state));
    expect(() => decodeLiveState(texts, [], { ...ROSTER, roster: [WORKER] })).toThrow(StateCodecError);
  });
});
