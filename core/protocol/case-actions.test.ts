import { describe, expect, it } from 'vitest';
import { caseActionRequestSchema } from './case-actions';

describe('caseActionRequestSchema', () => {
  it('accepts a dispatch and trims text', () => {
    const parsed = caseActionRequestSchema.parse({
      caseId: 'AJ20260304-0001',
      action: 'dispatch',
      note: '  please hurry ',
      assignee: { id: 'GW320507006001001', role: 'grid-worker' },
    });
    expect(parsed).toMatchObject({ action: 'dispatch', note: 'please hurry' });
  });

  it.each([
    [{ caseId: 'x', action: 'teleport' }, 'action'],
    [{ caseId: '', action: 'close' }, 'caseId'],
    [{ caseId: 'x', action: 'postpone', deadline: 'tomorrow' }, 'deadline'],
    [{ caseId: 'x', action: 'handle', photos: Array(10).fill('p') }, 'photos'],
    [{ caseId: 'x', action: 'return', reason: 'r'.repeat(501) }, 'reason'],
    [{ caseId: 'x', action: 'close', actor: { role: 'admin' } }, ''],
  ])('rejects %j at %s', (body, field) => {
    const result = caseActionRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.') ?? '').toBe(field);
  });
});
