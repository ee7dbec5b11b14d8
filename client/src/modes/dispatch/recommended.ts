// The people recommended for a case, by core's rule (recommendAssignees): the cell's own grid
// worker first, then the nearest available. The desk numbers them 1–9 for the keyboard.
import type { Case, CaseAssignee } from '../../../../core/domain/model';
import { recommendAssignees, type Recommendation } from '../../../../core/domain/recommend';
import { memoizeLast } from '../../state/memoize-last';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import type { LiveData } from '../../state/apply-sync';

export const MAX_RECOMMENDED = 9;

const recommendationsFor = memoizeLast(
  (c: Case, people: LiveData['people'], _minute: number): Recommendation[] =>
    recommendAssignees(c, people.values(), serverNowMs(useLiveStore.getState()), { limit: 6 }).slice(
      0,
      MAX_RECOMMENDED,
    ),
);

/** For the case as the live store holds it now (distances move with positions; ETAs with the minute). */
export function recommendFor(c: Case): Recommendation[] {
  const live = useLiveStore.getState();
  return recommendationsFor(c, live.data.people, Math.floor(serverNowMs(live) / 60_000));
}

export function useRecommended(c: Case | null): Recommendation[] {
  const people = useLiveStore((s) => s.data.people);
  const minute = Math.floor(serverNowMs(useLiveStore.getState()) / 60_000);
  return c ? recommendationsFor(c, people, minute) : [];
}

export function assigneeOf(r: Recommendation): CaseAssignee {
  return { id: r.person.id, name: r.person.name, role: r.person.role };
}
