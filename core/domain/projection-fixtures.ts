// Shared by the projection, codec and case-projection tests (not a test file itself): a cell, two
// enterprises, a system actor, and applying an accepted decision as the server would.
import type { Decision } from './decision';
import type { CellProps } from './area';
import { applyEvent } from './projection';
import type { LiveState, StaticEnterprise } from './live-state';
import type { Actor, LoggedEvent } from './model';

export const TEST_ACTOR: Actor = { kind: 'system', name: 'test' };

export const TEST_ENTERPRISES: StaticEnterprise[] = [
  { id: 'E0001', risk: 'red' },
  { id: 'E0002', risk: 'blue' },
];

export const TEST_CELL: CellProps = {
  code: '320507006001001',
  communityCode: '320507006001',
  name: 'c',
  nameEn: 'c',
  kind: 'basic',
  workers: [],
  households: 0,
  population: 0,
};

export const iso = (ms: number): string => new Date(ms).toISOString();

/** Applies an accepted decision with the next seq (and logs it); anything else is a test bug. */
export function applyAccepted(state: LiveState, decision: Decision, log?: LoggedEvent[]): LoggedEvent {
  if (decision.kind !== 'accepted') throw new Error(JSON.stringify(decision));
  const event = { ...decision.event, seq: state.seq + 1 };
  log?.push(event);
  applyEvent(state, event);
  return event;
}
