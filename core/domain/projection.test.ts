import { describe, expect, it } from 'vitest';
import { decideInspection, decideRectification } from './inspections';
import { createLiveState, type LiveState } from './live-state';
import { decideReport } from './merge';
import type { LoggedEvent } from './model';
import { applyEvent, refreshClock } from './projection';
import { applyAccepted, iso, TEST_ACTOR, TEST_CELL, TEST_ENTERPRISES } from './projection-fixtures';
import { DAY_MS } from './time';
import { buildDelta, buildSnapshot } from './views';

const T0 = Date.parse('2025-03-05T02:00:00Z');

function traffic(): { state: LiveState; log: LoggedEvent[] } {
  const state = createLiveState(TEST_ENTERPRISES);
  const log: LoggedEvent[] = [];
  for (let i = 0; i < 5; i++) {
    const location = { lon: 120.57 + i * 0.0001, lat: 31.47 };
    const report = {
      source: 'resident' as const,
      sourceRef: `Q${i}`,
      category: 'noise' as const,
      at: iso(T0 + i * 60_000),
      location: { ...location, crs: 'WGS84' as const },
    };
    applyAccepted(
      state,
      decideReport({ state, report, location, cell: TEST_CELL, nowMs: T0 + i * 60_000, actor: TEST_ACTOR }),
      log,
    );
  }
  const inspection = {
    type: 'inspection' as const,
    sourceRef: 'JC1',
    enterpriseId: 'E0001',
    at: iso(T0),
    inspector: '张伟',
    campaign: '331' as const,
    hazards: [
      { ref: 'YH1', level: 'major' as const, description: '消防通道堵塞', deadline: iso(T0 + 3 * DAY_MS) },
      { ref: 'YH2', level: 'general' as const, description: '灭火器过期', deadline: iso(T0 + 10 * DAY_MS) },
    ],
  };
  applyAccepted(state, decideInspection(state, inspection, T0, TEST_ACTOR), log);
  return { state, log };
}

describe('applyEvent', () => {
  it('merges the reports into one case and tracks the feed', () => {
    const { state } = traffic();
    expect(state.cases.size).toBe(1);
    const [c] = state.cases.values();
    expect(c?.reports.map((r) => r.sourceRef)).toEqual(['Q0', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(state.feeds.get('resident')?.lastHeardAt).toBe(iso(T0 + 4 * 60_000));
    expect(state.feeds.get('resident')?.quiet).toBe(false);
    expect(state.seq).toBe(6);
  });

  it('updates the enterprise from an inspection and a rectification', () => {
    const { state, log } = traffic();
    expect(state.enterprises.get('E0001')).toMatchObject({
      status: 'major-hazard',
      openHazards: 2,
      majorHazards: 1,
      lastInspectionAt: iso(T0),
    });
    const rectify = decideRectification(
      state,
      { type: 'rectification', sourceRef: 'ZG1', hazardRef: 'YH1', at: iso(T0 + DAY_MS) },
      T0 + DAY_MS,
      TEST_ACTOR,
    );
    applyAccepted(state, rectify, log);
    expect(state.hazards.get('YH1')?.rectifiedAt).toBe(iso(T0 + DAY_MS));
    expect(state.enterprises.get('E0001')).toMatchObject({
      status: 'open-hazards',
      openHazards: 1,
      majorHazards: 0,
    });
  });

  it('gives the same state when the log is replayed', () => {
    const { state, log } = traffic();
    const replayed = createLiveState(TEST_ENTERPRISES);
    for (const event of JSON.parse(JSON.stringify(log)) as LoggedEvent[]) applyEvent(replayed, event);
    expect(buildSnapshot(replayed, 'x')).toEqual(buildSnapshot(state, 'x'));
    expect(replayed.caseCounters).toEqual(state.caseCounters);
    expect(replayed.reportCase).toEqual(state.reportCase);
  });

  it('reports what each event touched', () => {
    const state = createLiveState(TEST_ENTERPRISES);
    const location = { lon: 120.57, lat: 31.47 };
    const report = {
      source: 'camera' as const,
      sourceRef: 'C1',
      category: 'fire-smoke' as const,
      at: iso(T0),
      location: { ...location, crs: 'WGS84' as const },
    };
    const d = decideReport({ state, report, location, cell: TEST_CELL, nowMs: T0, actor: TEST_ACTOR });
    if (d.kind !== 'accepted') throw new Error();
    const touched = applyEvent(state, { ...d.event, seq: 1 });
    expect([...touched.cases]).toEqual([d.caseId]);
    expect([...touched.feeds]).toEqual(['camera']);
    expect(touched.enterprises.size + touched.hazards.size).toBe(0);
  });
});

describe('refreshClock', () => {
  it('marks deadlines passed, inspections due and quiet feeds, and says what changed', () => {
    const { state } = traffic();
    expect(refreshClock(state, T0 + 60_000).enterprises.size).toBe(0); // a minute later nothing is due
    const later = refreshClock(state, T0 + 4 * DAY_MS);
    expect(state.enterprises.get('E0001')).toMatchObject({ status: 'overdue', overdueHazards: 1 });
    expect(later.enterprises.has('E0001')).toBe(true);
    expect(later.feeds.has('resident')).toBe(true);
    expect(state.feeds.get('resident')?.quiet).toBe(true);
    expect(refreshClock(state, T0 + 4 * DAY_MS + 1000).enterprises.size).toBe(0); // nothing new
  });

  it('removes rectified hazards from the picture after 7 days', () => {
    const { state, log } = traffic();
    applyAccepted(
      state,
      decideRectification(
        state,
        { type: 'rectification', sourceRef: 'ZG2', hazardRef: 'YH2', at: iso(T0 + DAY_MS) },
        T0 + DAY_MS,
        TEST_ACTOR,
      ),
      log,
    );
    expect(refreshClock(state, T0 + 7 * DAY_MS).hazards.size).toBe(0);
    expect(buildSnapshot(state, 'x').hazards.map((h) => h.id)).toEqual(['YH1', 'YH2']);
    const touched = refreshClock(state, T0 + 8.5 * DAY_MS);
    expect([...touched.hazards]).toEqual(['YH2']);
    expect(buildSnapshot(state, 'x').hazards.map((h) => h.id)).toEqual(['YH1']);
    expect(buildDelta(state, touched, state.seq, 'x').removed).toEqual({ hazards: ['YH2'] });
  });
});
