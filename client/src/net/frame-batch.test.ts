import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE_DATA, type LiveData } from '../state/apply-sync';
import { createFrameBatch, type LivePatch } from './frame-batch';

const dataAt = (seq: number): LiveData => ({ ...EMPTY_LIVE_DATA, seq });

function setUp() {
  const published: LivePatch[] = [];
  const frames: (() => void)[] = [];
  const batch = createFrameBatch(
    (patch) => published.push(patch),
    (run) => {
      frames.push(run);
      return () => frames.splice(frames.indexOf(run), 1);
    },
  );
  return { batch, published, frames };
}

describe('createFrameBatch', () => {
  it('publishes the latest data and time heard once per frame', () => {
    const { batch, published, frames } = setUp();
    batch.setData(dataAt(1));
    batch.markHeard('2026-01-01T00:00:01Z', 1_000);
    batch.setData(dataAt(2));
    batch.markHeard('2026-01-01T00:00:02Z', 2_000);
    expect(published).toEqual([]);
    expect(batch.pendingData()?.seq).toBe(2); // the sync session sees every delta at once
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(published).toEqual([
      { data: dataAt(2), heard: { serverTime: '2026-01-01T00:00:02Z', at: 2_000 } },
    ]);
    expect(batch.pendingData()).toBeUndefined();
    expect(frames).toHaveLength(0);
  });

  it('schedules again after a publish, and publishes nothing when nothing came', () => {
    const { batch, published, frames } = setUp();
    batch.markHeard('2026-01-01T00:00:01Z', 1_000);
    frames[0]!();
    batch.setData(dataAt(3));
    expect(frames).toHaveLength(1);
    batch.flush();
    batch.flush();
    expect(published.map((p) => p.data?.seq ?? null)).toEqual([null, 3]);
  });

  it('drops what is pending when cancelled', () => {
    const { batch, published, frames } = setUp();
    batch.setData(dataAt(4));
    batch.cancel();
    expect(frames).toHaveLength(0);
    batch.flush();
    expect(published).toEqual([]);
  });

  it('names one unpublished batch until the next publish or cancel', () => {
    const { batch, frames } = setUp();
    const first = batch.unpublished();
    batch.setData(dataAt(5));
    expect(batch.unpublished()).toBe(first);
    frames[0]!();
    const second = batch.unpublished();
    expect(second).not.toBe(first); // what was published is never changed in place
    batch.setData(dataAt(6));
    batch.cancel();
    expect(batch.unpublished()).not.toBe(second);
  });
});
