import { describe, expect, it } from 'vitest';
import { formatClockTime, shanghaiDay, splitDuration } from './time';

describe('time', () => {
  it('shows the Shanghai clock whatever the machine zone', () => {
    const ms = Date.parse('2025-06-01T16:30:05Z');
    expect(formatClockTime(ms, 'zh-CN')).toBe('00:30:05');
    expect(shanghaiDay(ms)).toBe('2025-06-02');
  });

  it('splits a duration into its largest unit', () => {
    expect(splitDuration(12_400)).toEqual({ n: 12, unit: 'seconds' });
    expect(splitDuration(185_000)).toEqual({ n: 3, unit: 'minutes' });
    expect(splitDuration(2 * 3_600_000 + 5)).toEqual({ n: 2, unit: 'hours' });
    expect(splitDuration(-5)).toEqual({ n: 0, unit: 'seconds' });
  });
});
