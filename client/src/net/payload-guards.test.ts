import { describe, expect, it } from 'vitest';
import { makeDelta, makeSnapshot } from '../test-support/fixtures';
import { isDelta, isHeartbeat, isSnapshot } from './payload-guards';

describe('payload guards', () => {
  it('accepts well-formed payloads and rejects broken ones', () => {
    expect(isSnapshot(makeSnapshot(1))).toBe(true);
    expect(isSnapshot({ ...makeSnapshot(1), cases: null })).toBe(false);
    expect(isDelta(makeDelta(1, 2))).toBe(true);
    expect(isDelta({ ...makeDelta(1, 2), fromSeq: -1 })).toBe(false);
    expect(isHeartbeat({ seq: 3, serverTime: 'x' })).toBe(true);
    expect(isHeartbeat({ seq: '3' })).toBe(false);
  });
});
