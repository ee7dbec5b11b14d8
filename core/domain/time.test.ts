import { describe, expect, it } from 'vitest';
import { isWorkingDay, shanghaiDayKey, shanghaiHour, shanghaiWeekday, startOfShanghaiDay } from './time';

describe('Shanghai calendar', () => {
  it('puts 16:30 UTC on the next Shanghai day', () => {
    const ms = Date.parse('2025-03-04T16:30:00Z'); // 00:30 on 5 March in Shanghai
    expect(shanghaiDayKey(ms)).toBe('20250305');
    expect(shanghaiHour(ms)).toBeCloseTo(0.5);
    expect(new Date(startOfShanghaiDay(ms)).toISOString()).toBe('2025-03-04T16:00:00.000Z');
  });

  it('knows working days', () => {
    const wednesday = Date.parse('2025-03-05T02:00:00Z');
    const saturday = Date.parse('2025-03-08T02:00:00Z');
    expect(shanghaiWeekday(wednesday)).toBe(3);
    expect(isWorkingDay(wednesday)).toBe(true);
    expect(isWorkingDay(saturday)).toBe(false);
  });
});
