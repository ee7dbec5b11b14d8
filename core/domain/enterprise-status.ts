// An enterprise's safety status at a moment, from its hazards and its last inspection.
import type { RiskColour } from './area';
import type { EnterpriseState, EnterpriseStatusKind, Hazard } from './model';
import { DAY_MS, toIso, toMs } from './time';

/** Longest time between two inspections, by risk colour (四色分级). */
export const INSPECTION_INTERVAL_DAYS: Readonly<Record<RiskColour, number>> = {
  red: 30,
  orange: 60,
  yellow: 90,
  blue: 180,
};

export function isHazardOpen(hazard: Hazard): boolean {
  return hazard.rectifiedAt === null;
}

/** Whether a hazard was open at a past moment: found by then and not yet rectified then. */
export function isHazardOpenAt(hazard: Hazard, atMs: number): boolean {
  if (toMs(hazard.foundAt) > atMs) return false;
  return hazard.rectifiedAt === null || toMs(hazard.rectifiedAt) > atMs;
}

export function isHazardOverdue(hazard: Hazard, nowMs: number): boolean {
  return hazard.rectifiedAt === null && toMs(hazard.deadline) < nowMs;
}

export function nextInspectionDue(risk: RiskColour, lastInspectionAt: string | null): string | null {
  if (lastInspectionAt === null) return null;
  return toIso(toMs(lastInspectionAt) + INSPECTION_INTERVAL_DAYS[risk] * DAY_MS);
}

export function computeEnterpriseState(
  enterprise: { id: string; risk: RiskColour },
  hazards: Iterable<Hazard>,
  lastInspectionAt: string | null,
  nowMs: number,
): EnterpriseState {
  let openHazards = 0;
  let majorHazards = 0;
  let overdueHazards = 0;
  for (const hazard of hazards) {
    if (!isHazardOpen(hazard)) continue;
    openHazards += 1;
    if (hazard.level === 'major') majorHazards += 1;
    if (isHazardOverdue(hazard, nowMs)) overdueHazards += 1;
  }
  const due = nextInspectionDue(enterprise.risk, lastInspectionAt);
  const inspectionDue = due === null || toMs(due) <= nowMs;
  const status: EnterpriseStatusKind =
    overdueHazards > 0
      ? 'overdue'
      : majorHazards > 0
        ? 'major-hazard'
        : openHazards > 0
          ? 'open-hazards'
          : inspectionDue
            ? 'inspection-due'
            : 'ok';
  return {
    id: enterprise.id,
    status,
    openHazards,
    majorHazards,
    overdueHazards,
    lastInspectionAt,
    nextInspectionDue: due,
  };
}

export function sameEnterpriseState(a: EnterpriseState, b: EnterpriseState): boolean {
  return (
    a.status === b.status &&
    a.openHazards === b.openHazards &&
    a.majorHazards === b.majorHazards &&
    a.overdueHazards === b.overdueHazards &&
    a.lastInspectionAt === b.lastInspectionAt &&
    a.nextInspectionDue === b.nextInspectionDue
  );
}
