// The merge decision: is a report a duplicate, another report of an open case, or a new case?
// Pure: the server passes the state, the report (already in WGS84), its cell and the time.
import type { CellProps } from './area';
import { CATEGORIES } from './categories';
import { rejectFuture, type Decision } from './decision';
import type { LiveState } from './live-state';
import { isCaseOpen, type Actor, type Case, type LonLat, type ReportRecord } from './model';
import type { IncidentReport } from '../protocol/feeds';
import { haversineM } from '../geo/distance';
import { MINUTE_MS, shanghaiDayKey, toIso, toMs } from './time';

export type MergeState = Pick<LiveState, 'cases' | 'reportCase' | 'openCasesByCategory' | 'caseCounters'>;

const CASE_ID = /^AJ(\d{8})-(\d{4,})$/;

export function reportIdOf(report: { source: string; sourceRef: string }): string {
  return `${report.source}:${report.sourceRef}`;
}

/** `AJ` + Shanghai date of the report + `-` + the day's next number: readable, and derived from the log. */
export function nextCaseId(state: Pick<LiveState, 'caseCounters'>, reportAtMs: number): string {
  const day = shanghaiDayKey(reportAtMs);
  const next = (state.caseCounters.get(day) ?? 0) + 1;
  return `AJ${day}-${String(next).padStart(4, '0')}`;
}

/** The day and number of a case id, or null if it is not one of ours. */
export function parseCaseId(id: string): { day: string; number: number } | null {
  const m = CASE_ID.exec(id);
  return m ? { day: m[1] as string, number: Number(m[2]) } : null;
}

/** Whether a report at `atMs` and `location` may join `c` by its category's rule. */
export function canJoin(c: Case, atMs: number, location: LonLat): boolean {
  const rule = CATEGORIES[c.category];
  const windowMs = rule.mergeWindowMin * MINUTE_MS;
  // Within the window after the latest report; a late-arriving older report may join too,
  // but not one from long before the case began.
  if (atMs > toMs(c.lastReportAt) + windowMs || atMs < toMs(c.openedAt) - windowMs) return false;
  return haversineM(c.location, location) <= rule.mergeRadiusM;
}

export interface ReportDecisionInput {
  state: MergeState;
  report: IncidentReport;
  /** The report's location converted to WGS84. */
  location: LonLat;
  /** The cell containing `location`, or null when it is outside the street. */
  cell: CellProps | null;
  nowMs: number;
  actor: Actor;
  newCaseId?: (state: MergeState, reportAtMs: number) => string;
}

export function decideReport(input: ReportDecisionInput): Decision {
  const { state, report, location, cell, nowMs, actor } = input;
  const id = reportIdOf(report);
  const seenIn = state.reportCase.get(id);
  if (seenIn !== undefined) return { kind: 'duplicate', id, caseId: seenIn };
  if (cell === null) {
    return {
      kind: 'rejected',
      field: 'location',
      reason: 'outside Caohu Street: no grid cell contains this point',
    };
  }
  const atMs = toMs(report.at);
  const future = rejectFuture(atMs, nowMs);
  if (future) return future;

  let best: Case | null = null;
  let bestDistance = Infinity;
  for (const caseId of state.openCasesByCategory.get(report.category) ?? []) {
    const c = state.cases.get(caseId);
    if (!c || !isCaseOpen(c.state) || !canJoin(c, atMs, location)) continue;
    const d = haversineM(c.location, location);
    if (d < bestDistance || (d === bestDistance && best !== null && c.id < best.id)) {
      best = c;
      bestDistance = d;
    }
  }

  const record: ReportRecord = {
    id,
    source: report.source,
    sourceRef: report.sourceRef,
    category: report.category,
    at: toIso(atMs),
    receivedAt: toIso(nowMs),
    location,
    ...(report.description ? { description: report.description } : {}),
    ...(report.address ? { address: report.address } : {}),
    ...(report.reporter ? { reporter: report.reporter } : {}),
  };
  const caseId = best ? best.id : (input.newCaseId ?? nextCaseId)(state, atMs);
  return {
    kind: 'accepted',
    id,
    caseId,
    merged: best !== null,
    event: {
      type: 'report.accepted',
      at: toIso(nowMs),
      actor,
      report: record,
      caseId,
      newCase: best === null,
      cellCode: cell.code,
      communityCode: cell.communityCode,
    },
  };
}
