// Decoded cases hold many equal values as objects of their own: JSON.parse makes a new string for
// every date and category it reads, an array for every case's sources and a {lon, lat} for every
// report, though a case's times mostly repeat one another and its first report stands where the
// case does. At tens of thousands of open cases that is most of the page's heap, and every major
// GC marks it all. shareEqualValues makes equal values one object, in the freshly decoded cases
// themselves: no value changes, only how many objects hold them.
import { CASE_STATES, type Case, type LonLat } from '../../../core/domain/model';
import { CATEGORY_IDS } from '../../../core/domain/categories';
import { SOURCES, type ReportSource } from '../../../core/protocol/feed-vocabulary';

/** The fixed words of a case, each one string for the page. */
const WORDS = new Map<string, string>([...CATEGORY_IDS, ...SOURCES, ...CASE_STATES].map((w) => [w, w]));

function word<T extends string>(value: T): T {
  return (WORDS.get(value) as T | undefined) ?? value;
}

/** Lists of sources met so far, one frozen array each; a street has a handful of combinations. */
const SOURCE_LISTS = new Map<string, ReportSource[]>();
const MAX_SOURCE_LISTS = 256;

function sourceList(sources: ReportSource[]): ReportSource[] {
  const key = sources.join();
  const known = SOURCE_LISTS.get(key);
  if (known) return known;
  if (SOURCE_LISTS.size >= MAX_SOURCE_LISTS) return sources;
  const list = Object.freeze(sources.map(word)) as ReportSource[];
  SOURCE_LISTS.set(key, list);
  return list;
}

const samePlace = (a: LonLat, b: LonLat) => a.lon === b.lon && a.lat === b.lat;

/**
 * Makes equal values in `cases` (as decoded from one message) one object each: the times within
 * the message, the fixed words, the lists of sources, and a report's place when it is the case's.
 * Changes the cases in place; what they hold reads the same before and after.
 */
export function shareEqualValues(cases: readonly Case[]): void {
  const times = new Map<string, string>();
  const time = (value: string): string => {
    const seen = times.get(value);
    if (seen !== undefined) return seen;
    times.set(value, value);
    return value;
  };
  for (const c of cases) {
    c.category = word(c.category);
    c.state = word(c.state);
    c.openedAt = time(c.openedAt);
    c.updatedAt = time(c.updatedAt);
    c.lastReportAt = time(c.lastReportAt);
    c.sources = sourceList(c.sources);
    for (const r of c.reports) {
      r.source = word(r.source);
      r.category = word(r.category);
      r.at = time(r.at);
      r.receivedAt = time(r.receivedAt);
      if (r.location !== c.location && samePlace(r.location, c.location)) r.location = c.location;
    }
    if (c.sla) {
      c.sla.from = time(c.sla.from);
      c.sla.deadline = time(c.sla.deadline);
    }
    for (const h of c.history ?? []) h.at = time(h.at);
  }
}
