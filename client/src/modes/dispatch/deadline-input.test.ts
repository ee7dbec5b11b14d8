import { describe, expect, it } from 'vitest';
import { deadlineFromInput, defaultDeadlineInput, toDeadlineInput } from './deadline-input';

describe('deadline input', () => {
  it('reads the form value as Shanghai time', () => {
    expect(deadlineFromInput('2026-03-05T18:00')).toBe('2026-03-05T10:00:00.000Z');
    expect(deadlineFromInput('2026-03-05T18:00:30')).toBe('2026-03-05T10:00:30.000Z');
    expect(deadlineFromInput('')).toBeNull();
    expect(deadlineFromInput('tomorrow')).toBeNull();
    expect(deadlineFromInput('2026-13-45T99:00')).toBeNull();
  });

  it('writes a moment back in Shanghai time', () => {
    expect(toDeadlineInput(Date.parse('2026-03-05T10:00:00Z'))).toBe('2026-03-05T18:00');
  });

  it('proposes a day after the current deadline, or after now when it has passed', () => {
    const now = Date.parse('2026-03-04T02:00:00Z');
    const sla = (deadline: string) => ({
      sla: { from: '2026-03-03T00:00:00Z', deadline, clock: 'working' as const },
    });
    expect(defaultDeadlineInput(sla('2026-03-06T02:00:00Z'), now)).toBe('2026-03-07T10:00');
    expect(defaultDeadlineInput(sla('2026-03-01T02:00:00Z'), now)).toBe('2026-03-05T10:00');
    expect(defaultDeadlineInput(null, now)).toBe('2026-03-05T10:00');
  });
});
