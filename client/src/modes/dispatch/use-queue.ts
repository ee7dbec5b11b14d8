// The queue as the screen shows it: the live cases through the desk's filters, in urgency order,
// re-read when the data or the filters change and every QUEUE_TICK_MS (time limits run on).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../core/domain/model';
import { CATEGORIES } from '../../../../core/domain/categories';
import { useAreaStore, type AreaIndex } from '../../state/area-store';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { useNow } from '../../state/use-now';
import { useDeskStore } from './desk-store';
import { buildQueue, type QueueView } from './queue';

const QUEUE_TICK_MS = 15_000;

/** Everything a dispatcher may type to find a case: id, names in both languages, texts, people. */
export function caseTextOf(area: AreaIndex | null, translate: (key: string) => string) {
  return (c: Case): string => {
    const community = area?.communityByCode.get(c.communityCode);
    const parts = [
      c.id,
      CATEGORIES[c.category]?.zh,
      CATEGORIES[c.category]?.en,
      translate(`caseState.${c.state}`),
      community?.name,
      community?.nameEn,
      area?.cellByCode.get(c.cellCode)?.properties.name,
      c.assignee?.name,
    ];
    for (const r of c.reports)
      parts.push(r.description, r.address, r.reporter?.name, r.reporter?.phone, r.sourceRef);
    return parts.filter(Boolean).join(' ');
  };
}

export function useQueue(): QueueView {
  const { t } = useTranslation();
  const cases = useLiveStore((s) => s.data.cases);
  const area = useAreaStore((s) => s.area);
  const filters = useDeskStore((s) => s.filters);
  const calendar = useRulesStore(selectCalendar);
  const tick = Math.floor(useNow(QUEUE_TICK_MS) / QUEUE_TICK_MS);
  return useMemo(
    () =>
      buildQueue({
        cases: cases.values(),
        filters,
        nowMs: serverNowMs(useLiveStore.getState()),
        textOf: caseTextOf(area, (key) => t(key as never)),
        calendar,
      }),
    // tick: time limits move on with the clock
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cases, filters, area, t, tick, calendar],
  );
}
