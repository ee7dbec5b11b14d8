import { describe, expect, it } from 'vitest';
import type { Actor, Case, LoggedEvent, ReportRecord } from '../../../../core/domain/model';
import { buildCharts } from './brief-charts';
import { buildCaseTimeline, casesOpenedIn, casesShownAt } from './case-timeline';

const H = 3_600_000;
const T0 = Date.parse('2026-11-20T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const actor: Actor = { kind: 'system', name: 'test' };

function report(id: string, atMs: number, community = '320507006001'): LoggedEvent {
  const r: ReportRecord = {
    id: `camera:${id}`,
    source: 'camera',
    sourceRef: id,
    category: 'road-damage',
    at: iso(atMs),
    receivedAt: iso(atMs),
    location: { lon: 120.57, lat: 31.47 },
  };
  return {
    seq: 0,
    type: 'report.accepted',
    at: iso(atMs),
    actor,
    report: r,
    caseId: `AJ-${id}`,
    newCase: true,
    cellCode: `${community}001`,
    communityCode: community,
  };
}

function transition(id: string, atMs: number, from: Case['state'], to: Case['state']): LoggedEvent {
  const action = to === 'closed' ? 'close' : to === 'rejected' ? 'reject' : 'verify';
  return { seq: 0, type: 'case.transitioned', at: iso(atMs), actor, caseId: `AJ-${id}`, action, from, to };
}

function baseCase(id: string): Case {
  const at = iso(T0 - 2 * H);
  return {
    id: `AJ-${id}`,
    category: 'noise',
    severity: 3,
    state: 'reported',
    location: { lon: 120.56, lat: 31.46 },
    cellCode: '320507006002001',
    communityCode: '320507006002',
    openedAt: at,
    updatedAt: at,
    lastReportAt: at,
    sources: ['camera'],
    reports: [],
  };
}

describe('case timeline', () => {
  const events = [
    report('a', T0 + 1 * H),
    report('b', T0 + 2 * H),
    transition('a', T0 + 3 * H, 'reported', 'rejected'),
    transition('base', T0 + 4 * H, 'reported', 'rejected'),
  ].map((e, i) => ({ ...e, seq: i + 1 }));
  const timeline = buildCaseTimeline(T0, [baseCase('base')], events);

  it('shows each moment as the live picture showed it', () => {
    const ids = (ms: number) =>
      casesShownAt(timeline, ms)
        .map((c) => c.id)
        .sort();
    expect(ids(T0)).toEqual(['AJ-base']);
    expect(ids(T0 + 1.5 * H)).toEqual(['AJ-a', 'AJ-base']);
    expect(ids(T0 + 3.5 * H)).toEqual(['AJ-a', 'AJ-b', 'AJ-base']); // rejected: shown for 24 h
    expect(ids(T0 + 28 * H)).toEqual(['AJ-b']);
  });

  it('keeps the state each case had at the moment', () => {
    const a = (ms: number) => casesShownAt(timeline, ms).find((c) => c.id === 'AJ-a')?.state;
    expect(a(T0 + 2 * H)).toBe('reported');
    expect(a(T0 + 3 * H)).toBe('rejected');
  });

  it('keeps finished cases for the figures, and windows by opening time', () => {
    expect(timeline.latest).toHaveLength(3);
    expect(casesOpenedIn(timeline, T0, T0 + 1.5 * H).map((c) => c.id)).toEqual(['AJ-a']);
  });
});

describe('briefing charts', () => {
  const cases = buildCaseTimeline(
    T0,
    [],
    [report('a', T0 + H), report('b', T0 + 30 * H, '320507006002'), report('c', T0 + 31 * H)],
  ).latest;

  it('counts by community, category and every day of the range', () => {
    const charts = buildCharts(cases, T0, T0 + 72 * H, null);
    expect(charts.total).toBe(3);
    expect(charts.byCommunity).toEqual([
      { key: '320507006001', count: 2 },
      { key: '320507006002', count: 1 },
    ]);
    expect(charts.byDay.map((d) => d.count)).toEqual([1, 2, 0, 0]); // Shanghai days from 20 Nov 08:00
    expect(charts.byCell[0]).toEqual({ key: '320507006001001', count: 2 });
  });

  it('a community filter narrows everything but the community chart', () => {
    const charts = buildCharts(cases, T0, T0 + 72 * H, '320507006002');
    expect(charts.total).toBe(1);
    expect(charts.byCategory).toEqual([{ key: 'road-damage', count: 1 }]);
    expect(charts.byCommunity).toHaveLength(2);
  });
});
