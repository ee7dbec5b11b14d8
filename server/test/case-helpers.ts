// Helpers for case workflow tests: people, and a report posted through the feed to get a case.
import type { Actor, CaseAssignee } from '../../core/domain/model';
import type { CaseActionResponse } from '../../core/protocol/case-actions';
import { SIM_PHOTO } from '../src/feeds/sim-photo';
import { incident, postFeed, type TestServer } from './helpers';

export const DISPATCHER: Actor = { kind: 'user', id: 'D-01', name: '王敏', role: 'dispatcher' };
export const DISPATCHER_2: Actor = { kind: 'user', id: 'D-02', name: '陈静', role: 'dispatcher' };
export const LEADER: Actor = { kind: 'user', id: 'L-01', name: '周书记', role: 'leader' };
export const WORKER: CaseAssignee = { id: 'GW320507006001001', name: '李娜', role: 'grid-worker' };
export const WORKER_ACTOR: Actor = { kind: 'user', ...WORKER };
export const OTHER_WORKER: Actor = { kind: 'user', id: 'GW320507006001002', role: 'grid-worker' };

/** Posts one report through the feed; answers the id of its case. */
export async function reportCase(server: TestServer, over: Record<string, unknown> = {}): Promise<string> {
  const res = await postFeed(server.url, 'incidents', [incident(over)]);
  const caseId = res.body.results[0]?.caseId;
  if (typeof caseId !== 'string') throw new Error(`no case: ${JSON.stringify(res.body)}`);
  return caseId;
}

/** One action through the pipeline; throws unless it was accepted. */
export async function act(
  server: TestServer,
  actor: Actor,
  request: Record<string, unknown>,
): Promise<Extract<CaseActionResponse['results'][number], { status: 'accepted' }>> {
  const res = await server.app.cases.perform([request], actor);
  const result = res.results[0];
  if (result?.status !== 'accepted') throw new Error(`${String(request.action)}: ${JSON.stringify(result)}`);
  return result;
}

/** Stores a small PNG as an upload would; answers its ref. */
export function storePhoto(server: TestServer): Promise<string> {
  return server.app.photos.put(SIM_PHOTO, 'image/png');
}
