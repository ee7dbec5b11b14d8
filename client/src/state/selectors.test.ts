import { describe, expect, it } from 'vitest';
import { makeCase } from '../test-support/fixtures';
import { newestCases } from './selectors';

const at = (minute: number) => `2026-03-05T08:${String(minute).padStart(2, '0')}:00+08:00`;

describe('newestCases', () => {
  it('keeps the newest, newest first, as a full sort would (ties in the given order)', () => {
    const minutes = [5, 1, 9, 3, 9, 7, 2, 5, 8, 0, 6, 4];
    const cases = minutes.map((m, i) => makeCase(`c${i}`, { openedAt: at(m) }));
    const sorted = [...cases].sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
    for (const limit of [0, 1, 3, 5, 12, 20]) {
      expect(newestCases(cases, limit).map((c) => c.id)).toEqual(sorted.slice(0, limit).map((c) => c.id));
    }
  });
});
