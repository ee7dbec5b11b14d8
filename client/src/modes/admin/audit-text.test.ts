import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './admin-types';
import { describeActor, describeDetails, describeTarget } from './audit-text';

const base = { seq: 1, at: '2026-11-23T08:00:00.000Z' };

describe('audit text', () => {
  it('names a user actor, an anonymous address and the system', () => {
    const byUser = {
      ...base,
      type: 'user.created',
      actor: { kind: 'user', id: 'u1', name: '王主任', role: 'admin' },
    };
    expect(describeActor(byUser as AuditEntry)).toEqual({ kind: 'name', name: '王主任' });
    const failed = { ...base, type: 'auth.login-failed', actor: { kind: 'anonymous', ip: '10.0.0.7' } };
    expect(describeActor(failed as AuditEntry)).toEqual({ kind: 'anonymous', ip: '10.0.0.7' });
    const system = { ...base, type: 'user.created', actor: { kind: 'system', name: 'cli' } };
    expect(describeActor(system as AuditEntry)).toEqual({ kind: 'system' });
  });

  it('says what the entry is about and its details, never more', () => {
    const entry = {
      ...base,
      type: 'user.updated',
      actor: { kind: 'user', id: 'u1', role: 'admin' },
      user: { id: 'u2', username: 'li.ming', role: 'dispatcher' },
      changes: ['role', 'password'],
    } as AuditEntry;
    expect(describeTarget(entry)).toEqual({ text: 'li.ming', role: 'dispatcher' });
    expect(describeDetails(entry)).toEqual([{ kind: 'changes', fields: 'role, password' }]);
    const token = {
      ...base,
      type: 'display-token.revoked',
      actor: entry.actor,
      token: { id: 't1', label: '主屏' },
    };
    expect(describeTarget(token as AuditEntry)).toEqual({ text: '主屏' });
    const failed = {
      ...base,
      type: 'auth.login-failed',
      actor: entry.actor,
      reason: 'locked',
      ip: '10.0.0.7',
    };
    expect(describeDetails(failed as AuditEntry)).toEqual([
      { kind: 'reason', reason: 'locked' },
      { kind: 'address', ip: '10.0.0.7' },
    ]);
  });
});
