// The live state that the event log projects to: what the server holds in memory and what
// snapshots and deltas are cut from. Maps for lookups; entities inside are replaced, never
// mutated, so a reference taken for a delta stays what it was.
import type { RiskColour } from './area';
import type { CategoryId } from './categories';
import { computeEnterpriseState } from './enterprise-status';
import { FEED_SOURCES, feedHealthOf, type FeedSource } from './feed-health';
import type { Case, EnterpriseState, FeedHealth, Hazard, InspectionRecord } from './model';
import {
  DEFAULT_OFFLINE_AFTER_MS,
  personViewOf,
  type Person,
  type PersonFix,
  type PersonView,
} from './people';
import type { Trail } from './people-trail';

/** The static part of an enterprise that its status depends on (from data/area). */
export interface StaticEnterprise {
  id: string;
  risk: RiskColour;
}

export interface LiveState {
  /** Sequence number of the last applied event. */
  seq: number;
  /** The moment time-derived fields (overdue, due, quiet) were last computed for. */
  clockMs: number;
  cases: Map<string, Case>;
  /** Seen report ids (`source:sourceRef`) and the case each went to. */
  reportCase: Map<string, string>;
  /** Open cases by category: the candidates a new report may merge into. */
  openCasesByCategory: Map<CategoryId, Set<string>>;
  /** Highest case number used per Shanghai day (yyyymmdd). */
  caseCounters: Map<string, number>;
  hazards: Map<string, Hazard>;
  hazardsByEnterprise: Map<string, Set<string>>;
  inspections: Map<string, InspectionRecord>;
  /** Rectification refs seen, and the hazard each closed. */
  rectifications: Map<string, string>;
  lastInspectionAt: Map<string, string>;
  enterpriseRisk: Map<string, RiskColour>;
  enterprises: Map<string, EnterpriseState>;
  feeds: Map<FeedSource, FeedHealth>;
  /** The people in the field (static: area data and roster). */
  roster: Map<string, Person>;
  /** Each person's last fix. */
  fixes: Map<string, PersonFix>;
  /** Each person's trail of the day of their last fix. */
  trails: Map<string, Trail>;
  /** Open cases dispatched to each person (by assignee id, also for ids not on the roster). */
  caseLoad: Map<string, Set<string>>;
  /** What screens see of each person on the roster (status as of clockMs). */
  people: Map<string, PersonView>;
  /** Not heard from for this long: offline (a setting, not state: not in checkpoints). */
  offlineAfterMs: number;
}

/** Who is in the field and when silence means offline. */
export interface PeopleSetup {
  roster: readonly Person[];
  offlineAfterMs: number;
}

export const NO_PEOPLE: PeopleSetup = { roster: [], offlineAfterMs: DEFAULT_OFFLINE_AFTER_MS };

/** The state before the first event. Time starts at 0 so that a replay does not depend on when it runs. */
export function createLiveState(
  enterprises: readonly StaticEnterprise[],
  people: PeopleSetup = NO_PEOPLE,
): LiveState {
  const state: LiveState = {
    seq: 0,
    clockMs: 0,
    cases: new Map(),
    reportCase: new Map(),
    openCasesByCategory: new Map(),
    caseCounters: new Map(),
    hazards: new Map(),
    hazardsByEnterprise: new Map(),
    inspections: new Map(),
    rectifications: new Map(),
    lastInspectionAt: new Map(),
    enterpriseRisk: new Map(enterprises.map((e) => [e.id, e.risk])),
    enterprises: new Map(),
    feeds: new Map(),
    roster: new Map(people.roster.map((p) => [p.id, p])),
    fixes: new Map(),
    trails: new Map(),
    caseLoad: new Map(),
    people: new Map(),
    offlineAfterMs: people.offlineAfterMs,
  };
  const idle = { open: 0, inProgress: 0 };
  for (const p of people.roster)
    state.people.set(p.id, personViewOf(p, undefined, idle, 0, people.offlineAfterMs));
  for (const e of enterprises) state.enterprises.set(e.id, computeEnterpriseState(e, [], null, 0));
  for (const source of FEED_SOURCES) state.feeds.set(source, feedHealthOf(source, null, 0));
  return state;
}

/** Which entities an event or a clock refresh changed; the server turns them into a delta. */
export interface Touched {
  cases: Set<string>;
  hazards: Set<string>;
  enterprises: Set<string>;
  feeds: Set<string>;
  people: Set<string>;
}

export function emptyTouched(): Touched {
  return {
    cases: new Set(),
    hazards: new Set(),
    enterprises: new Set(),
    feeds: new Set(),
    people: new Set(),
  };
}

/** How many entities were touched (an entity touched twice counts once). */
export function touchedSize(t: Touched): number {
  return t.cases.size + t.hazards.size + t.enterprises.size + t.feeds.size + t.people.size;
}

export function isTouchedEmpty(t: Touched): boolean {
  return touchedSize(t) === 0;
}

/** Adds everything in `from` to `into`; returns `into`. */
export function addTouched(into: Touched, from: Touched): Touched {
  for (const id of from.cases) into.cases.add(id);
  for (const id of from.hazards) into.hazards.add(id);
  for (const id of from.enterprises) into.enterprises.add(id);
  for (const id of from.feeds) into.feeds.add(id);
  for (const id of from.people) into.people.add(id);
  return into;
}
