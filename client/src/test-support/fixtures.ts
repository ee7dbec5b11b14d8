// Small builders for tests of the client's pure code.
import type { Case, EnterpriseState, Hazard } from '../../../core/domain/model';
import type { Delta, Snapshot } from '../../../core/protocol/sync';
import { PROTOCOL_VERSION } from '../../../core/protocol/sync';

export function makeCase(id: string, overrides: Partial<Case> = {}): Case {
  const at = overrides.openedAt ?? '2025-06-01T08:00:00+08:00';
  return {
    id,
    category: 'garbage-overflow',
    severity: 3,
    state: 'reported',
    location: { lon: 120.57, lat: 31.47 },
    cellCode: '320507006001001',
    communityCode: '320507006001',
    openedAt: at,
    updatedAt: at,
    lastReportAt: at,
    sources: ['resident'],
    reports: [],
    ...overrides,
  };
}

export function makeHazard(id: string, overrides: Partial<Hazard> = {}): Hazard {
  return {
    id,
    enterpriseId: 'E0001',
    inspectionRef: 'I1',
    level: 'general',
    description: '消防通道堵塞',
    foundAt: '2025-06-01T08:00:00+08:00',
    deadline: '2025-06-08T08:00:00+08:00',
    campaign: 'routine',
    rectifiedAt: null,
    rectificationRef: null,
    ...overrides,
  };
}

export function makeEnterprise(id: string, overrides: Partial<EnterpriseState> = {}): EnterpriseState {
  return {
    id,
    status: 'ok',
    openHazards: 0,
    majorHazards: 0,
    overdueHazards: 0,
    lastInspectionAt: null,
    nextInspectionDue: null,
    ...overrides,
  };
}

export function makeSnapshot(seq: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    protocol: PROTOCOL_VERSION,
    seq,
    serverTime: '2025-06-01T08:00:00+08:00',
    cases: [],
    hazards: [],
    enterprises: [],
    feeds: [],
    people: [],
    ...overrides,
  };
}

export function makeDelta(fromSeq: number, seq: number, overrides: Partial<Delta> = {}): Delta {
  return {
    fromSeq,
    seq,
    serverTime: '2025-06-01T08:00:01+08:00',
    cases: [],
    hazards: [],
    enterprises: [],
    feeds: [],
    people: [],
    ...overrides,
  };
}

/**
 * Runs `read` with `map`'s full iteration (values, entries, keys, forEach, for…of) throwing: code
 * that should follow a delta by its changed entries alone fails the test if it reads them all.
 */
export function withoutFullPass<T>(map: ReadonlyMap<string, unknown>, read: () => T): T {
  const target = map as unknown as Record<string | symbol, unknown>;
  const names = ['values', 'entries', 'keys', 'forEach', Symbol.iterator];
  for (const name of names) {
    target[name] = () => {
      throw new Error('every entry was read');
    };
  }
  try {
    return read();
  } finally {
    for (const name of names) delete target[name];
  }
}
