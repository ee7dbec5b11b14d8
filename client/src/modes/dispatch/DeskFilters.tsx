// The queue's search box and filters (state group, category, community, source, timing).
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS, type CategoryId } from '../../../../core/domain/categories';
import type { CaseState } from '../../../../core/domain/model';
import { SOURCES, type ReportSource } from '../../../../core/protocol/feed-vocabulary';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { useDeskStore } from './desk-store';
import type { TimingFilter } from './queue';

/** The queue's state filter works by the desk's stages, each a few workflow states. */
export const STATE_GROUPS = {
  intake: ['reported', 'verified'],
  dispatch: ['registered', 'returned'],
  field: ['dispatched', 'in-progress'],
  check: ['handled', 'checked'],
  parked: ['postponed', 'backlog'],
} as const satisfies Record<string, readonly CaseState[]>;
type StateGroup = keyof typeof STATE_GROUPS;

function groupOf(states: readonly CaseState[]): StateGroup | '' {
  for (const [group, list] of Object.entries(STATE_GROUPS))
    if (list.length === states.length && list.every((s) => states.includes(s))) return group as StateGroup;
  return '';
}

export const DeskFilters = forwardRef<HTMLInputElement>(function DeskFilters(_props, searchRef) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const filters = useDeskStore((s) => s.filters);
  const setFilters = useDeskStore((s) => s.setFilters);
  const communities = area?.communities.features.map((f) => f.properties.code) ?? [];
  return (
    <div className="desk-filters" data-testid="desk-filters">
      <input
        ref={searchRef}
        type="search"
        className="desk-filters__search"
        placeholder={t('desk.searchPlaceholder')}
        aria-label={t('desk.search')}
        value={filters.search}
        onChange={(event) => setFilters({ search: event.target.value })}
        data-testid="desk-search"
      />
      <select
        aria-label={t('desk.filter.state')}
        value={groupOf(filters.states)}
        onChange={(e) =>
          setFilters({ states: e.target.value ? STATE_GROUPS[e.target.value as StateGroup] : [] })
        }
        data-testid="filter-state"
      >
        <option value="">{t('desk.filter.allStates')}</option>
        {(Object.keys(STATE_GROUPS) as StateGroup[]).map((g) => (
          <option key={g} value={g}>
            {t(`desk.stage.${g}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('desk.filter.timing')}
        value={filters.timing}
        onChange={(e) => setFilters({ timing: e.target.value as TimingFilter })}
        data-testid="filter-timing"
      >
        <option value="all">{t('desk.filter.allTiming')}</option>
        <option value="overdue">{t('desk.filter.overdue')}</option>
        <option value="warning">{t('desk.filter.warning')}</option>
      </select>
      <select
        aria-label={t('desk.filter.category')}
        value={filters.category ?? ''}
        onChange={(e) => setFilters({ category: (e.target.value || null) as CategoryId | null })}
        data-testid="filter-category"
      >
        <option value="">{t('desk.filter.allCategories')}</option>
        {CATEGORY_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`category.${id}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('desk.filter.community')}
        value={filters.community ?? ''}
        onChange={(e) => setFilters({ community: e.target.value || null })}
        data-testid="filter-community"
      >
        <option value="">{t('desk.filter.allCommunities')}</option>
        {communities.map((code) => (
          <option key={code} value={code}>
            {names.community(area, code)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('desk.filter.source')}
        value={filters.source ?? ''}
        onChange={(e) => setFilters({ source: (e.target.value || null) as ReportSource | null })}
        data-testid="filter-source"
      >
        <option value="">{t('desk.filter.allSources')}</option>
        {SOURCES.map((s) => (
          <option key={s} value={s}>
            {t(`source.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
});
