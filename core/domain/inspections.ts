// Decisions on the inspection feed: an inspection (with the hazards it found) and the
// rectification of a hazard. Pure, like the merge.
import { rejectFuture, type Decision } from './decision';
import type { LiveState } from './live-state';
import type { Actor, Hazard, InspectionRecord } from './model';
import type { InspectionInput, RectificationInput } from '../protocol/feeds';
import { toIso, toMs } from './time';

type InspectionState = Pick<LiveState, 'inspections' | 'hazards' | 'enterpriseRisk' | 'rectifications'>;

export function decideInspection(
  state: InspectionState,
  item: InspectionInput,
  nowMs: number,
  actor: Actor,
): Decision {
  const id = item.sourceRef;
  if (state.inspections.has(id)) return { kind: 'duplicate', id };
  if (!state.enterpriseRisk.has(item.enterpriseId)) {
    return {
      kind: 'rejected',
      field: 'enterpriseId',
      reason: `unknown enterprise ${JSON.stringify(item.enterpriseId)}`,
    };
  }
  const atMs = toMs(item.at);
  const future = rejectFuture(atMs, nowMs);
  if (future) return future;

  const refs = new Set<string>();
  const hazards: Hazard[] = [];
  for (const [i, found] of item.hazards.entries()) {
    if (refs.has(found.ref))
      return { kind: 'rejected', field: `hazards.${i}.ref`, reason: 'repeated in this inspection' };
    if (state.hazards.has(found.ref)) {
      return { kind: 'rejected', field: `hazards.${i}.ref`, reason: 'already used by another hazard' };
    }
    if (toMs(found.deadline) < atMs) {
      return { kind: 'rejected', field: `hazards.${i}.deadline`, reason: 'is before the inspection' };
    }
    refs.add(found.ref);
    hazards.push({
      id: found.ref,
      enterpriseId: item.enterpriseId,
      inspectionRef: id,
      level: found.level,
      description: found.description,
      foundAt: toIso(atMs),
      deadline: toIso(toMs(found.deadline)),
      campaign: item.campaign,
      rectifiedAt: null,
      rectificationRef: null,
    });
  }
  const inspection: InspectionRecord = {
    ref: id,
    enterpriseId: item.enterpriseId,
    at: toIso(atMs),
    inspector: item.inspector,
    campaign: item.campaign,
    hazardIds: hazards.map((h) => h.id),
    ...(item.note ? { note: item.note } : {}),
  };
  return {
    kind: 'accepted',
    id,
    event: { type: 'inspection.recorded', at: toIso(nowMs), actor, inspection, hazards },
  };
}

export function decideRectification(
  state: InspectionState,
  item: RectificationInput,
  nowMs: number,
  actor: Actor,
): Decision {
  const id = item.sourceRef;
  if (state.rectifications.has(id)) return { kind: 'duplicate', id };
  const hazard = state.hazards.get(item.hazardRef);
  if (!hazard)
    return {
      kind: 'rejected',
      field: 'hazardRef',
      reason: `unknown hazard ${JSON.stringify(item.hazardRef)}`,
    };
  // Another rectification already closed it: nothing changes, like a repeated report.
  if (hazard.rectifiedAt !== null) return { kind: 'duplicate', id: hazard.id };
  const atMs = toMs(item.at);
  const future = rejectFuture(atMs, nowMs);
  if (future) return future;
  if (atMs < toMs(hazard.foundAt))
    return { kind: 'rejected', field: 'at', reason: 'is before the hazard was found' };
  return {
    kind: 'accepted',
    id,
    event: {
      type: 'hazard.rectified',
      at: toIso(nowMs),
      actor,
      hazardId: hazard.id,
      rectificationRef: id,
      rectifiedAt: toIso(atMs),
      ...(item.note ? { note: item.note } : {}),
    },
  };
}
