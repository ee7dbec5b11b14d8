// The dispatcher's queue: which open cases it shows (filters and search) and in what order
// (urgency). Pure: the time, and how a case reads as text in the current language, are passed in.
// The time-limit rule itself is core's (slaStatus); this only orders by it.
import type { CategoryId } from '../../../../core/domain/categories';
import { isCaseOpen, type Case, type CaseState } from '../../../../core/domain/model';
import type { ReportSource } from '../../../../core/protocol/feed-vocabulary';
import { slaStatus, type SlaStatus } from '../../../../core/domain/sla';
import type { WorkingCalendar } from '../../../../core/domain/working-calendar';

export type TimingFilter = 'all' | 'overdue' | 'warning';

export interface QueueFilters {
  states: readonly CaseState[]; // empty: every open state
  category: CategoryId | null;
  community: string | null;
  source: ReportSource | null;
  timing: TimingFilter;
  search: string;
}

export const NO_FILTERS: QueueFilters = {
  states: [],
  category: null,
  community: null,
  source: null,
  timing: 'all',
  search: '',
};

export interface QueueItem {
  case: Case;
  sla: SlaStatus | null;
  /** 0 overdue · 1 needs attention now (warning, or urgent) · 2 the rest. */
  tier: 0 | 1 | 2;
}

/** States where the case waits for the desk (verify, register, dispatch again, check, close). */
const DESK_STATES: ReadonlySet<CaseState> = new Set([
  'reported',
  'verified',
  'returned',
  'handled',
  'checked',
]);

export function tierOf(c: Pick<Case, 'severity'>, sla: SlaStatus | null): QueueItem['tier'] {
  if (sla?.running && sla.level === 'overdue') return 0;
  if ((sla?.running && sla.level === 'warning') || c.severity === 1) return 1;
  return 2;
}

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : 0;
};

/** Time left on a running limit; a case without one counts as having all the time in the world. */
const remaining = (item: QueueItem) => (item.sla?.running ? item.sla.remainingMs : Infinity);

/**
 * Urgency order: overdue first (the most overdue first); then cases whose time is nearly out or
 * that are urgent (severity 1), least time left first, then higher severity; then the rest by
 * severity, then time left. Among equals, a case waiting for the desk comes before one in the
 * field, and the older before the newer; the id settles the rest so the order never flickers.
 */
export function compareUrgency(a: QueueItem, b: QueueItem): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  const byTime = remaining(a) - remaining(b);
  const bySeverity = a.case.severity - b.case.severity;
  if (a.tier === 0) {
    if (byTime !== 0) return byTime;
  } else if (a.tier === 1) {
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    if (bySeverity !== 0) return bySeverity;
  } else {
    if (bySeverity !== 0) return bySeverity;
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  }
  const deskA = DESK_STATES.has(a.case.state) ? 0 : 1;
  const deskB = DESK_STATES.has(b.case.state) ? 0 : 1;
  if (deskA !== deskB) return deskA - deskB;
  const byAge = time(a.case.openedAt) - time(b.case.openedAt);
  if (byAge !== 0) return byAge;
  return a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0;
}

/** Lower-cased, width-folded text for matching (full-width digits and letters as typed on a phone). */
export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

/** What a search may match in a case: id, texts and places as the screen shows them. */
export type CaseText = (c: Case) => string;

export function matchesSearch(c: Case, words: readonly string[], textOf: CaseText): boolean {
  if (words.length === 0) return true;
  const haystack = foldText(textOf(c));
  return words.every((word) => haystack.includes(word));
}

export function searchWords(search: string): string[] {
  return foldText(search).split(/\s+/).filter(Boolean);
}

function matchesFilters(item: QueueItem, f: QueueFilters): boolean {
  const c = item.case;
  if (f.states.length > 0 && !f.states.includes(c.state)) return false;
  if (f.category !== null && c.category !== f.category) return false;
  if (f.community !== null && c.communityCode !== f.community) return false;
  if (f.source !== null && !c.sources.includes(f.source)) return false;
  if (f.timing === 'overdue' && item.tier !== 0) return false;
  if (f.timing === 'warning' && !(item.sla?.running && item.sla.level !== 'ok')) return false;
  return true;
}

export interface QueueInput {
  cases: Iterable<Case>;
  filters: QueueFilters;
  nowMs: number;
  textOf: CaseText;
  calendar?: WorkingCalendar;
}

export interface QueueView {
  items: QueueItem[];
  /** Open cases before filtering, and how many of them are overdue / nearly out of time. */
  open: number;
  overdue: number;
  warning: number;
}

export function buildQueue({ cases, filters, nowMs, textOf, calendar }: QueueInput): QueueView {
  const words = searchWords(filters.search);
  const items: QueueItem[] = [];
  let open = 0;
  let overdue = 0;
  let warning = 0;
  for (const c of cases) {
    if (!isCaseOpen(c.state)) continue;
    open += 1;
    const sla = slaStatus(c, nowMs, calendar);
    const item: QueueItem = { case: c, sla, tier: tierOf(c, sla) };
    if (item.tier === 0) overdue += 1;
    else if (sla?.running && sla.level === 'warning') warning += 1;
    if (matchesFilters(item, filters) && matchesSearch(c, words, textOf)) items.push(item);
  }
  items.sort(compareUrgency);
  return { items, open, overdue, warning };
}
