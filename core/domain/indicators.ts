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

type RiskInput = ReadonlyMap<string, RiskColour> | ReadonlyArray<{ id: string; risk: RiskColour }>;

function toRiskMap(input: RiskInput): ReadonlyMap<string, RiskColour> {
  if (input instanceof Map) return input;
  return new Map((input as ReadonlyArray<{ id: string; risk: RiskColour }>).map((e) => [e.id, e.risk]));
}

/**
 * The case figures, kept case by case. `summarize` fills one from every case; a screen keeps one
 * from its deltas (a changed case's old self out, its new self in) rather than recounting every
 * case on every change. Counts for a day other than `dayStart`'s need a new tally.
 */
export class CaseTally {
  private total = 0;
  private open = 0;
  private newToday = 0;
  private readonly byState = zeroes(CASE_STATES);
  private readonly bySeverity: Record<Severity, number> = { 1: 0, 2: 0, 3: 0 };
  private readonly byCategory: Partial<Record<CategoryId, number>> = {};
  private readonly byCommunity: Record<string, number> = Object.create(null);
  private readonly byCell: Record<string, number> = Object.create(null);
  private result: Indicators['cases'] | null = null;

  /** `dayStart`: the start of the Shanghai day whose new cases are counted (startOfShanghaiDay). */
  constructor(readonly dayStart: number) {}

  add(c: Case): void {
    this.count(c, 1);
  }

  remove(c: Case): void {
    this.count(c, -1);
  }

  /** The figures as they stand (a new object after each change, the same one until then). */
  figures(): Indicators['cases'] {
    this.result ??= {
      total: this.total,
      open: this.open,
      byState: { ...this.byState },
      byCategory: { ...this.byCategory },
      bySeverity: { ...this.bySeverity },
      newToday: this.newToday,
      byCommunity: Object.assign(Object.create(null) as Record<string, number>, this.byCommunity),
      byCell: Object.assign(Object.create(null) as Record<string, number>, this.byCell),
    };
    return this.result;
  }

  private count(c: Case, by: 1 | -1): void {
    this.result = null;
    this.total += by;
    this.byState[c.state] += by;
    if (toMs(c.openedAt) >= this.dayStart) this.newToday += by;
    if (!isCaseOpen(c.state)) return;
    this.open += by;
    this.bySeverity[c.severity] += by;
    step(this.byCategory, c.category, by);
    step(this.byCommunity, c.communityCode, by);
    step(this.byCell, c.cellCode, by);
  }
}

/** Counts by key list only the keys present: a count back at zero leaves. */
function step<K extends string>(counts: Partial<Record<K, number>>, key: K, by: 1 | -1): void {
  const n = (counts[key] ?? 0) + by;
  if (n === 0) delete counts[key];
  else counts[key] = n;
}

export function summarize(
  input: SummaryInput,
  /** The static enterprise list (data/area), or its risk colours by id. */
  enterpriseRisk: RiskInput,
  nowMs: number,
): Indicators {
  const tally = new CaseTally(startOfShanghaiDay(nowMs));
  for (const c of input.cases) tally.add(c);
  return { cases: tally.figures(), ...summarizeOthers(input, enterpriseRisk, nowMs) };
}

/** Everything but the cases: hazards, enterprises and feeds (hundreds, not tens of thousands). */
export function summarizeOthers(
  input: Omit<SummaryInput, 'cases'>,
  enterpriseRisk: RiskInput,
  nowMs: number,
): Omit<Indicators, 'cases'> {
  const riskOf = toRiskMap(enterpriseRisk);
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
  feeds.quietSources.sort(); // named in one order however the feeds were held
  return { hazards, enterprises, feeds };
}
