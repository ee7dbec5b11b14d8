// The live counts that the header and the panels show. Server and client both call this, so a
// number on the wall is computed by one rule.
import type { RiskColour } from './area';
import type { CategoryId, Severity } from './categories';
import { isHazardOpen, isHazardOverdue } from './enterprise-status';
import {
  CASE_STATES,
  ENTERPRISE_STATUSES,
  isCaseOpen,
  type Case,
  type CaseState,
  type EnterpriseState,
  type EnterpriseStatusKind,
  type FeedHealth,
  type Hazard,
} from './model';
import { startOfShanghaiDay, toMs } from './time';

/** Anything shaped like a snapshot: arrays from the wire or a store's map values. */
export interface SummaryInput {
  cases: Iterable<Case>;
  hazards: Iterable<Hazard>;
  enterprises: Iterable<EnterpriseState>;
  feeds: Iterable<FeedHealth>;
}

export interface Indicators {
  cases: {
    total: number;
    open: number;
    byState: Record<CaseState, number>; // all cases
    byCategory: Partial<Record<CategoryId, number>>; // open cases
    bySeverity: Record<Severity, number>; // open cases
    newToday: number; // opened since 00:00 Shanghai time
    byCommunity: Record<string, number>; // open cases
    byCell: Record<string, number>; // open cases
  };
  hazards: { open: number; major: number; overdue: number };
  enterprises: {
    total: number;
    byStatus: Record<EnterpriseStatusKind, number>;
    byRisk: Record<RiskColour, number>;
    /** Enterprises not `ok`, by risk colour: where attention is needed. */
    needingAttentionByRisk: Record<RiskColour, number>;
    /** Enterprises with at least one open major hazard, whatever their worst status. */
    withMajorHazards: number;
  };
  feeds: { total: number; quiet: number; quietSources: string[] };
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const RISKS = ['red', 'orange', 'yellow', 'blue'] as const;

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

type RiskInput = ReadonlyMap<string, RiskColour> | ReadonlyArray<{ id: string; risk: RiskColour }>;

function toRiskMap(input: RiskInput): ReadonlyMap<string, RiskColour> {
  if (input instanceof Map) return input;
  return new Map((input as ReadonlyArray<{ id: string; risk: RiskColour }>).map((e) => [e.id, e.risk]));
}

export function summarize(
  input: SummaryInput,
  /** The static enterprise list (data/area), or its risk colours by id. */
  enterpriseRisk: RiskInput,
  nowMs: number,
): Indicators {
  const riskOf = toRiskMap(enterpriseRisk);
  const dayStart = startOfShanghaiDay(nowMs);

  const cases: Indicators['cases'] = {
    total: 0,
    open: 0,
    byState: zeroes(CASE_STATES),
    byCategory: {},
    bySeverity: { 1: 0, 2: 0, 3: 0 },
    newToday: 0,
    byCommunity: Object.create(null) as Record<string, number>,
    byCell: Object.create(null) as Record<string, number>,
  };
  for (const c of input.cases) {
    cases.total += 1;
    cases.byState[c.state] += 1;
    if (toMs(c.openedAt) >= dayStart) cases.newToday += 1;
    if (!isCaseOpen(c.state)) continue;
    cases.open += 1;
    bump(cases.byCategory, c.category);
    cases.bySeverity[c.severity] += 1;
    bump(cases.byCommunity, c.communityCode);
    bump(cases.byCell, c.cellCode);
  }

  const hazards = { open: 0, major: 0, overdue: 0 };
  for (const h of input.hazards) {
    if (!isHazardOpen(h)) continue;
    hazards.open += 1;
    if (h.level === 'major') hazards.major += 1;
    if (isHazardOverdue(h, nowMs)) hazards.overdue += 1;
  }

  const enterprises: Indicators['enterprises'] = {
    total: 0,
    byStatus: zeroes(ENTERPRISE_STATUSES),
    byRisk: zeroes(RISKS),
    needingAttentionByRisk: zeroes(RISKS),
    withMajorHazards: 0,
  };
  for (const e of input.enterprises) {
    enterprises.total += 1;
    enterprises.byStatus[e.status] += 1;
    if (e.majorHazards > 0) enterprises.withMajorHazards += 1;
    const risk = riskOf.get(e.id);
    if (!risk) continue;
    enterprises.byRisk[risk] += 1;
    if (e.status !== 'ok') enterprises.needingAttentionByRisk[risk] += 1;
  }

  const feeds: Indicators['feeds'] = { total: 0, quiet: 0, quietSources: [] };
  for (const f of input.feeds) {
    feeds.total += 1;
    if (!f.quiet) continue;
    feeds.quiet += 1;
    feeds.quietSources.push(f.source);
  }
  return { cases, hazards, enterprises, feeds };
}
