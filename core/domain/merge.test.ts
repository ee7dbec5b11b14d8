import { describe, expect, it } from 'vitest';
import type { CellProps } from './area';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from './categories';
import type { Decision } from './decision';
import { createLiveState, type LiveState } from './live-state';
import { decideReport, nextCaseId, parseCaseId } from './merge';
import type { Actor, LonLat } from './model';
import { applyEvent } from './projection';
import { offsetM } from '../geo/distance';
import type { ReportSource } from '../protocol/feeds';

const T0 = Date.parse('2025-03-05T02:00:00Z'); // 10:00 in Shanghai
const MIN = 60_000;
const BASE: LonLat = { lon: 120.57, lat: 31.47 };
const CELL: CellProps = {
  code: '320507006001001',
  communityCode: '320507006001',
  name: 'cell',
  nameEn: 'cell',
  kind: 'basic',
  workers: [],
  households: 0,
  population: 0,
};
const ACTOR: Actor = { kind: 'system', name: 'test' };

let refs = 0;
function report(
  state: LiveState,
  over: {
    category?: CategoryId;
    source?: ReportSource;
    sourceRef?: string;
    atMs?: number;
    location?: LonLat;
    cell?: CellProps | null;
    nowMs?: number;
  },
): Decision {
  const location = over.location ?? BASE;
  const atMs = over.atMs ?? T0;
  const decision = decideReport({
    state,
    report: {
      source: over.source ?? 'grid-worker',
      sourceRef: over.sourceRef ?? `R${++refs}`,
      category: over.category ?? 'road-damage',
      at: new Date(atMs).toISOString(),
      location: { ...location, crs: 'WGS84' },
    },
    location,
    cell: over.cell === undefined ? CELL : over.cell,
    nowMs: over.nowMs ?? atMs,
    actor: ACTOR,
  });
  if (decision.kind === 'accepted') applyEvent(state, { ...decision.event, seq: state.seq + 1 });
  return decision;
}

const accepted = (d: Decision) => {
  if (d.kind !== 'accepted') throw new Error(`expected accepted, got ${JSON.stringify(d)}`);
  return d;
};

describe('decideReport', () => {
  it('opens readable case ids per Shanghai day', () => {
    const state = createLiveState([]);
    expect(accepted(report(state, {})).caseId).toBe('AJ20250305-0001');
    expect(accepted(report(state, { category: 'noise' })).caseId).toBe('AJ20250305-0002');
    // 16:30 UTC is already the next day in Shanghai
    expect(
      accepted(report(state, { category: 'fire-smoke', atMs: Date.parse('2025-03-05T16:30:00Z') })).caseId,
    ).toBe('AJ20250306-0001');
    expect(nextCaseId(state, T0)).toBe('AJ20250305-0003');
    expect(parseCaseId('AJ20250305-0012')).toEqual({ day: '20250305', number: 12 });
  });

  it.each(CATEGORY_IDS)('applies the merge rule of %s', (category) => {
    const { mergeRadiusM, mergeWindowMin } = CATEGORIES[category];
    const state = createLiveState([]);
    const first = accepted(report(state, { category }));
    const near = offsetM(BASE, mergeRadiusM * 0.9, 60);
    const far = offsetM(BASE, mergeRadiusM * 1.1, 60);
    // inside radius and window: joins
    const joined = accepted(
      report(state, { category, source: 'resident', location: near, atMs: T0 + (mergeWindowMin - 1) * MIN }),
    );
    expect(joined).toMatchObject({ merged: true, caseId: first.caseId });
    // outside the radius: a new case
    expect(accepted(report(state, { category, location: far, atMs: T0 + MIN })).merged).toBe(false);
    // the window runs from the latest report: just inside, then just outside
    const lastAt = T0 + (mergeWindowMin - 1) * MIN;
    expect(accepted(report(state, { category, atMs: lastAt + (mergeWindowMin - 1) * MIN })).caseId).toBe(
      first.caseId,
    );
    const late = lastAt + (mergeWindowMin - 1) * MIN + (mergeWindowMin + 1) * MIN;
    expect(accepted(report(state, { category, atMs: late })).caseId).not.toBe(first.caseId);
    const c = state.cases.get(first.caseId as string);
    expect(c?.reports).toHaveLength(3);
    expect(c?.sources).toEqual(['grid-worker', 'resident']);
  });

  it('never joins a case of another category', () => {
    const state = createLiveState([]);
    const first = accepted(report(state, { category: 'noise' }));
    expect(accepted(report(state, { category: 'dispute' })).caseId).not.toBe(first.caseId);
  });

  it('does not join a closed case', () => {
    const state = createLiveState([]);
    const first = accepted(report(state, {}));
    const c = state.cases.get(first.caseId as string);
    state.cases.set(c!.id, { ...c!, state: 'closed' });
    expect(accepted(report(state, { atMs: T0 + MIN })).merged).toBe(false);
  });

  it('joins the nearest of several open cases', () => {
    const state = createLiveState([]);
    const west = accepted(report(state, { category: 'water-pollution', location: offsetM(BASE, 300, 270) }));
    const east = accepted(report(state, { category: 'water-pollution', location: offsetM(BASE, 600, 90) }));
    expect(west.merged || east.merged).toBe(false);
    const d = accepted(
      report(state, { category: 'water-pollution', location: offsetM(BASE, 200, 90), atMs: T0 + MIN }),
    );
    expect(d.caseId).toBe(east.caseId); // 400 m from east, 500 m from west
  });

  it('lets a late-arriving earlier report join, but not one long before the case', () => {
    const state = createLiveState([]);
    const first = accepted(report(state, { category: 'noise' }));
    expect(accepted(report(state, { category: 'noise', atMs: T0 - 60 * MIN })).caseId).toBe(first.caseId);
    expect(accepted(report(state, { category: 'noise', atMs: T0 - 7 * 60 * MIN })).caseId).not.toBe(
      first.caseId,
    );
  });

  it('answers a repeated source:sourceRef as a duplicate of its case', () => {
    const state = createLiveState([]);
    const first = accepted(report(state, { sourceRef: 'X1' }));
    expect(report(state, { sourceRef: 'X1', category: 'noise' })).toEqual({
      kind: 'duplicate',
      id: 'grid-worker:X1',
      caseId: first.caseId,
    });
    // the same ref from another source is another report
    expect(report(state, { sourceRef: 'X1', source: 'resident' }).kind).toBe('accepted');
  });

  it('rejects a point outside every cell and a time in the future', () => {
    const state = createLiveState([]);
    expect(report(state, { cell: null })).toMatchObject({ kind: 'rejected', field: 'location' });
    expect(report(state, { atMs: T0 + 10 * MIN, nowMs: T0 })).toMatchObject({
      kind: 'rejected',
      field: 'at',
    });
    expect(report(state, { atMs: T0 + 4 * MIN, nowMs: T0 }).kind).toBe('accepted'); // clock skew allowed
    expect(state.cases.size).toBe(1);
  });
});
