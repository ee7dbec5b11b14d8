// The cases past their time limit at a moment, the most overdue first: the briefing's "overdue"
// list. Pure; the rule is core's (sla.ts): a running limit whose deadline has passed.
import type { Case } from '../../../../core/domain/model';
import { slaStatus } from '../../../../core/domain/sla';
import type { WorkingCalendar } from '../../../../core/domain/working-calendar';

export interface OverdueCase {
  id: string;
  category: string;
  communityCode: string;
  /** How long past the deadline at the moment asked. */
  overdueMs: number;
}

export function overdueCasesAt(
  cases: Iterable<Case>,
  atMs: number,
  community: string | null,
  calendar?: WorkingCalendar,
): OverdueCase[] {
  const out: OverdueCase[] = [];
  for (const c of cases) {
    if (community !== null && c.communityCode !== community) continue;
    const sla = slaStatus(c, atMs, calendar);
    if (!sla || !sla.running || sla.remainingMs >= 0) continue;
    out.push({ id: c.id, category: c.category, communityCode: c.communityCode, overdueMs: -sla.remainingMs });
  }
  return out.sort((a, b) => b.overdueMs - a.overdueMs || a.id.localeCompare(b.id));
}
