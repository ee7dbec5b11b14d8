import { describe, expect, it } from 'vitest';
import { changeOf, formatFigure } from './brief-format';

describe('briefing figures', () => {
  it('writes rates, counts and hours, and a dash for nothing', () => {
    expect(formatFigure('closeRate', 0.8766, 'h')).toBe('87.7%');
    expect(formatFigure('registered', 12, 'h')).toBe('12');
    expect(formatFigure('averageHandlingMs', 5_400_000, 'h')).toBe('1.5h');
    expect(formatFigure('closeRate', null, 'h')).toBe('—');
  });

  it('compares rates in points and counts in percent, and says which way is good', () => {
    expect(changeOf('closeRate', 0.9, 0.8, 'pp')).toEqual({ text: '+10.0pp', tone: 'better' });
    expect(changeOf('reworkRate', 0.1, 0.2, 'pp')).toEqual({ text: '-10.0pp', tone: 'better' });
    expect(changeOf('registered', 15, 10, 'pp')).toEqual({ text: '+50.0%', tone: 'same' });
    expect(changeOf('averageHandlingMs', 2, 1, 'pp')).toEqual({ text: '+100.0%', tone: 'worse' });
  });

  it('has no change where either period has nothing to count', () => {
    expect(changeOf('closeRate', 0.9, null, 'pp')).toBeNull();
    expect(changeOf('registered', 3, 0, 'pp')).toBeNull();
  });
});
