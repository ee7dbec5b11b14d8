// Cases and people for the workflow tests (not a test file itself: shared by several).
import type { Actor, Case, CaseState, UserRole } from './model';

export const T0 = Date.parse('2026-03-04T02:00:00Z'); // Wednesday 10:00 in Shanghai

export function userOf(role: UserRole, id = `u-${role}`): Actor {
  return { kind: 'user', id, name: id, role };
}

export function caseIn(state: CaseState, over: Partial<Case> = {}): Case {
  const at = new Date(T0 - 3_600_000).toISOString();
  return {
    id: 'AJ20260304-0001',
    category: 'road-damage',
    severity: 3,
    state,
    location: { lon: 120.57, lat: 31.47 },
    cellCode: '320507006001001',
    communityCode: '320507006001',
    openedAt: at,
    updatedAt: at,
    lastReportAt: at,
    sources: ['camera'],
    reports: [],
    ...over,
  };
}
