import { describe, expect, it } from 'vitest';
import { CaseTally, summarize } from './indicators';
import type { Case, EnterpriseState, FeedHealth, Hazard } from './model';

const NOW = Date.parse('2025-03-05T02:00:00Z'); // 10:00 Shanghai; the day began at 2025-03-04T16:00Z

function kase(id: string, over: Partial<Case>): Case {
  return {
    id,
    category: 'noise',
    severity: 3,
    state: 'reported',
    location: { lon: 120.57, lat: 31.47 },
    cellCode: '320507006001001',
    communityCode: '320507006001',
    openedAt: '2025-03-05T01:00:00Z',
    updatedAt: '2025-03-05T01:00:00Z',
    lastReportAt: '2025-03-05T01:00:00Z',
    sources: ['resident'],
    reports: [],
    ...over,
  };
}

const hazard = (id: string, over: Partial<Hazard>): Hazard => ({
  id,
  enterpriseId: 'E0001',
  inspectionRef: 'JC1',
  level: 'general',
  description: 'x',
  foundAt: '2025-03-01T00:00:00Z',
  deadline: '2025-03-10T00:00:00Z',
  campaign: 'routine',
  rectifiedAt: null,
  rectificationRef: null,
  ...over,
});

const enterprise = (id: string, status: EnterpriseState['status'], majorHazards = 0): EnterpriseState => ({
  id,
  status,
  openHazards: majorHazards,
  majorHazards,
  overdueHazards: 0,
  lastInspectionAt: null,
  nextInspectionDue: null,
});

const feed = (source: string, quiet: boolean): FeedHealth => ({
  source,
  lastHeardAt: null,
  expectedIntervalSec: 60,
  quiet,
});

describe('summarize', () => {
  const input = {
    cases: [
      kase('A', {}),
      kase('B', {
        category: 'fire-smoke',
        severity: 1,
        state: 'dispatched',
        cellCode: '320507006002001',
        communityCode: '320507006002',
      }),
      kase('C', { state: 'closed', openedAt: '2025-03-04T15:59:59Z' }),
      kase('D', { openedAt: '2025-03-04T16:00:00Z' }),
    ],
    hazards: [
      hazard('H1', {}),
      hazard('H2', { level: 'major', deadline: '2025-03-05T01:00:00Z' }),
      hazard('H3', { rectifiedAt: '2025-03-04T00:00:00Z', rectificationRef: 'R' }),
    ],
    enterprises: [
      enterprise('E0001', 'overdue', 1),
      enterprise('E0002', 'ok'),
      enterprise('E0003', 'inspection-due'),
    ],
    feeds: [feed('camera', false), feed('drone', true)],
  };
  const risks = [
    { id: 'E0001', risk: 'red' as const },
    { id: 'E0002', risk: 'red' as const },
    { id: 'E0003', risk: 'blue' as const },
  ];

  it('counts cases', () => {
    const { cases } = summarize(input, risks, NOW);
    expect(cases).toMatchObject({ total: 4, open: 3, newToday: 3, bySeverity: { 1: 1, 2: 0, 3: 2 } });
    expect(cases.byState).toMatchObject({ reported: 2, dispatched: 1, closed: 1, verified: 0 });
    expect(cases.byCategory).toEqual({ noise: 2, 'fire-smoke': 1 });
    expect(cases.byCommunity).toEqual({ '320507006001': 2, '320507006002': 1 });
    expect(cases.byCell).toEqual({ '320507006001001': 2, '320507006002001': 1 });
  });

  it('counts hazards, enterprises and feeds', () => {
    const s = summarize(input, new Map(risks.map((r) => [r.id, r.risk])), NOW);
    expect(s.hazards).toEqual({ open: 2, major: 1, overdue: 1 });
    expect(s.enterprises.byStatus).toEqual({
      overdue: 1,
      'major-hazard': 0,
      'open-hazards': 0,
      'inspection-due': 1,
      ok: 1,
    });
    expect(s.enterprises.byRisk).toEqual({ red: 2, orange: 0, yellow: 0, blue: 1 });
    expect(s.enterprises.needingAttentionByRisk).toEqual({ red: 1, orange: 0, yellow: 0, blue: 1 });
    // Its worst status is overdue, yet it has a major hazard open.
    expect(s.enterprises.withMajorHazards).toBe(1);
    expect(s.feeds).toEqual({ total: 2, quiet: 1, quietSources: ['drone'] });
  });

  it('names the quiet feeds in one order, whatever order they are held in', () => {
    const feeds = [feed('resident', true), feed('camera', true), feed('drone', true)];
    for (const held of [feeds, [...feeds].reverse()])
      expect(summarize({ ...input, feeds: held }, risks, NOW).feeds.quietSources).toEqual([
        'camera',
        'drone',
        'resident',
      ]);
  });
});

describe('CaseTally', () => {
  const CELLS = ['320507006001001', '320507006001002', '320507006002001'];
  const STATES = ['reported', 'dispatched', 'handled', 'closed', 'rejected', 'backlog'] as const;
  let seed = 11;
  const pick = <T>(xs: readonly T[]): T =>
    xs[(seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % xs.length]!;

  it('kept case by case, it counts what summarize counts from scratch', () => {
    const dayStart = Date.parse('2025-03-04T16:00:00Z');
    const tally = new CaseTally(dayStart);
    const current = new Map<string, Case>();
    for (let k = 0; k < 2_000; k++) {
      const id = `C${pick([...Array(60).keys()])}`;
      const cell = pick(CELLS);
      const next = kase(id, {
        state: pick(STATES),
        severity: pick([1, 2, 3] as const),
        category: pick(['noise', 'fire-smoke', 'road-damage'] as const),
        cellCode: cell,
        communityCode: cell.slice(0, 12),
        openedAt: pick(['2025-03-04T15:59:59Z', '2025-03-04T16:00:00Z', '2025-03-05T01:00:00Z']),
      });
      const before = current.get(id);
      if (before) tally.remove(before);
      if (k % 7 === 0)
        current.delete(id); // a case that leaves
      else {
        current.set(id, next);
        tally.add(next);
      }
      if (k % 50 === 0 || k === 1_999) {
        expect(tally.figures()).toEqual(summarize({ ...NONE, cases: current.values() }, [], NOW).cases);
      }
    }
  });

  it('lists only keys with cases, and gives a new object only after a change', () => {
    const tally = new CaseTally(0);
    const a = kase('A', {});
    tally.add(a);
    const first = tally.figures();
    expect(tally.figures()).toBe(first);
    tally.remove(a);
    const after = tally.figures();
    expect(after).not.toBe(first);
    expect(after).toMatchObject({ total: 0, open: 0, byCategory: {}, byCommunity: {}, byCell: {} });
    expect(Object.keys(after.byCell)).toEqual([]);
  });
});

const NONE = { hazards: [], enterprises: [], feeds: [] };
