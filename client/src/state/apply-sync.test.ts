import { describe, expect, it } from 'vitest';
import { applyDelta, applySnapshot, classifyDelta, EMPTY_LIVE_DATA, heartbeatShowsGap } from './apply-sync';
import { makeCase, makeDelta, makeHazard, makeSnapshot } from '../test-support/fixtures';
import { changesBetween } from './map-lineage';

describe('applySnapshot', () => {
  it('replaces the whole state with the snapshot', () => {
    const first = applySnapshot(makeSnapshot(3, { cases: [makeCase('C1'), makeCase('C2')] }));
    const second = applySnapshot(makeSnapshot(9, { cases: [makeCase('C3')], hazards: [makeHazard('H1')] }));
    expect(first.seq).toBe(3);
    expect([...first.cases.keys()]).toEqual(['C1', 'C2']);
    expect(second.seq).toBe(9);
    expect([...second.cases.keys()]).toEqual(['C3']);
    expect([...second.hazards.keys()]).toEqual(['H1']);
  });
});

describe('applyDelta', () => {
  it('applies in-order deltas, latest state per entity', () => {
    const start = applySnapshot(makeSnapshot(5, { cases: [makeCase('C1'), makeCase('C2')] }));
    const one = applyDelta(start, makeDelta(5, 7, { cases: [makeCase('C1', { state: 'dispatched' })] }));
    expect(one.outcome).toBe('applied');
    const two = applyDelta(
      one.data,
      makeDelta(7, 8, { cases: [makeCase('C3')], removed: { cases: ['C2'] }, serverTime: 'T8' }),
    );
    expect(two.outcome).toBe('applied');
    expect(two.data.seq).toBe(8);
    expect(two.data.serverTime).toBe('T8');
    expect(two.data.cases.get('C1')?.state).toBe('dispatched');
    expect([...two.data.cases.keys()].sort()).toEqual(['C1', 'C3']);
    // The data it came from is not touched.
    expect(start.cases.get('C1')?.state).toBe('reported');
    expect(start.cases.has('C2')).toBe(true);
  });

  it('ignores a stale delta', () => {
    const start = applySnapshot(makeSnapshot(10, { cases: [makeCase('C1')] }));
    const result = applyDelta(start, makeDelta(8, 9, { cases: [makeCase('C1', { state: 'closed' })] }));
    expect(result.outcome).toBe('stale');
    expect(result.data).toBe(start);
    expect(classifyDelta(10, makeDelta(9, 10))).toBe('stale');
  });

  it('detects a gap and leaves the data as it was', () => {
    const start = applySnapshot(makeSnapshot(10));
    const result = applyDelta(start, makeDelta(11, 12, { cases: [makeCase('C9')] }));
    expect(result.outcome).toBe('gap');
    expect(result.data).toBe(start);
    expect(result.data.cases.has('C9')).toBe(false);
    // Before any snapshot every delta is a gap.
    expect(applyDelta(EMPTY_LIVE_DATA, makeDelta(0, 1)).outcome).toBe('gap');
  });

  it('applies a time-only delta (fromSeq === seq) and keeps the entities', () => {
    const start = applySnapshot(makeSnapshot(4, { cases: [makeCase('C1')] }));
    const result = applyDelta(start, makeDelta(4, 4, { serverTime: '2025-06-01T09:00:00+08:00' }));
    expect(result.outcome).toBe('applied');
    expect(result.data.seq).toBe(4);
    expect(result.data.serverTime).toBe('2025-06-01T09:00:00+08:00');
    expect(result.data.cases).toBe(start.cases);
  });
});

describe('shared values', () => {
  it('a snapshot’s and an applied delta’s cases share equal values; a delta not applied is left alone', () => {
    const twoSources = () => makeCase('C', { sources: ['camera', 'drone'] });
    const start = applySnapshot(makeSnapshot(1, { cases: [twoSources()] }));
    const applied = applyDelta(start, makeDelta(1, 2, { cases: [{ ...twoSources(), id: 'C2' }] }));
    expect(applied.data.cases.get('C2')!.sources).toBe(start.cases.get('C')!.sources);
    const stale = makeDelta(0, 1, { cases: [{ ...twoSources(), id: 'C3' }] });
    applyDelta(applied.data, stale);
    expect(stale.cases[0]!.sources).not.toBe(start.cases.get('C')!.sources);
  });
});

describe('heartbeatShowsGap', () => {
  it('is a gap only when the server is ahead', () => {
    const data = applySnapshot(makeSnapshot(4));
    expect(heartbeatShowsGap(data, { seq: 4 })).toBe(false);
    expect(heartbeatShowsGap(data, { seq: 5 })).toBe(true);
    expect(heartbeatShowsGap(EMPTY_LIVE_DATA, { seq: 5 })).toBe(false);
  });
});

describe('applyDelta in an unpublished batch', () => {
  it('copies what others have seen once, then changes only the maps the batch made, in place', () => {
    const shown = applySnapshot(makeSnapshot(1, { cases: [makeCase('C1'), makeCase('C2')], hazards: [] }));
    const batch = {};
    const one = applyDelta(
      shown,
      makeDelta(1, 2, { cases: [makeCase('C1', { state: 'dispatched' })] }),
      batch,
    );
    expect(one.data.cases).not.toBe(shown.cases); // the shown map is never changed
    expect(shown.cases.get('C1')?.state).toBe('reported');
    const two = applyDelta(
      one.data,
      makeDelta(2, 3, { cases: [makeCase('C3')], removed: { cases: ['C2'] }, hazards: [makeHazard('H1')] }),
      batch,
    );
    expect(two.data.cases).toBe(one.data.cases); // extended in place: no second copy
    expect([...two.data.cases.keys()].sort()).toEqual(['C1', 'C3']);
    expect(two.data.hazards.size).toBe(1);
    expect(shown.hazards.size).toBe(0);
    // Those who follow the shown map learn every change of the batch.
    expect(changesBetween(shown.cases, two.data.cases)?.sort()).toEqual(['C1', 'C2', 'C3']);
    // After publishing, a new batch copies again.
    const three = applyDelta(two.data, makeDelta(3, 4, { cases: [makeCase('C4')] }), {});
    expect(three.data.cases).not.toBe(two.data.cases);
    expect(two.data.cases.has('C4')).toBe(false);
  });
});
