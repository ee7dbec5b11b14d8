import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test-support/fixtures';
import { checkPickedFile, fitWithin, MAX_PHOTO_PIXELS, myCases } from './field-cases';

const NOW = Date.parse('2026-03-04T10:00:00+08:00');
const HOUR = 3_600_000;
const me = { id: 'GW320507006001001', name: '王敏', role: 'grid-worker' as const };
const other = { id: 'GW320507006001002', role: 'grid-worker' as const };
const sla = (hoursLeft: number) => ({
  from: new Date(NOW - HOUR).toISOString(),
  deadline: new Date(NOW + hoursLeft * HOUR).toISOString(),
  clock: 'around-the-clock' as const,
});

describe('my cases', () => {
  it('lists the cases in my hands: new ones to accept first, then the least time left', () => {
    const cases = [
      makeCase('working-late', { state: 'in-progress', assignee: me, sla: sla(1) }),
      makeCase('working-plenty', { state: 'in-progress', assignee: me, sla: sla(20) }),
      makeCase('new', { state: 'dispatched', assignee: me, sla: sla(30) }),
      makeCase('handled', { state: 'handled', assignee: me, sla: sla(5) }),
      makeCase('someone-else', { state: 'dispatched', assignee: other }),
      makeCase('closed', { state: 'closed', assignee: me }),
      makeCase('unassigned', { state: 'registered' }),
    ];
    expect(myCases(cases, me.id, NOW).map((c) => c.id)).toEqual([
      'new',
      'working-late',
      'working-plenty',
      'handled',
    ]);
  });
});

describe('photo size', () => {
  it('keeps small photos as they are', () => {
    expect(fitWithin(1600, 1200)).toEqual({ width: 1600, height: 1200 });
  });

  it('scales a 12 MP photo down to at most 2 MP, keeping its shape', () => {
    const { width, height } = fitWithin(4000, 3000);
    expect(width * height).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
    expect(width * height).toBeGreaterThan(MAX_PHOTO_PIXELS * 0.99);
    expect(width / height).toBeCloseTo(4 / 3, 2);
    const tall = fitWithin(3000, 9000);
    expect(tall.width * tall.height).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
    expect(tall.height / tall.width).toBeCloseTo(3, 1);
  });

  it('refuses files that are not images or far too large before reading them', () => {
    expect(checkPickedFile({ type: 'application/pdf', size: 1000 })).toBe('type');
    expect(checkPickedFile({ type: '', size: 1000 })).toBe('type');
    expect(checkPickedFile({ type: 'image/jpeg', size: 50 * 1024 * 1024 })).toBe('too-large');
    expect(checkPickedFile({ type: 'image/heic', size: 3_000_000 })).toBeNull();
  });
});
