// The latest cases, newest first: category, community, time and sources. Click to open.
import { useWords } from '../i18n/use-words';
import { useNames } from '../i18n/use-names';
import { formatHourMinute } from '../format/time';
import { categoryColour, toCss } from '../map/palette';
import { useAreaStore } from '../state/area-store';
import { isNewCase, phaseOf } from '../state/case-phase';
import { serverNowMs, useLiveStore } from '../state/live-store';
import { useRecentCases } from '../state/selectors';
import { useUiStore } from '../state/ui-store';
import { useNow } from '../state/use-now';
import './recent.css';

const LIMIT = 12;

export function RecentCases() {
  const { t, i18n } = useWords();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const select = useUiStore((s) => s.select);
  const selected = useUiStore((s) => s.selected);
  useNow(5_000); // "new" fades with time
  const serverNow = serverNowMs(useLiveStore.getState());
  const { cases, arriving } = useRecentCases(LIMIT);

  return (
    <section className="panel recent" aria-label={t('recent.title')}>
      <h2 className="panel__title">{t('recent.title')}</h2>
      {cases.length === 0 && <p className="recent__empty">{t('recent.empty')}</p>}
      <ol className="recent__list">
        {cases.map((c) => {
          const phase = phaseOf(c.state);
          const isSelected = selected?.kind === 'case' && selected.id === c.id;
          return (
            <li
              key={c.id}
              data-testid="recent-case"
              data-case-id={c.id}
              className={`recent-case${isNewCase(c, serverNow) ? ' is-new' : ''}${arriving.has(c.id) ? ' is-arriving' : ''}${isSelected ? ' is-selected' : ''}${
                phase === 'done' ? ' is-done' : ''
              }`}
            >
              <button type="button" onClick={() => select({ kind: 'case', id: c.id })}>
                <span
                  className="recent-case__dot"
                  style={{ background: toCss(categoryColour(c.category)) }}
                />
                <span className="recent-case__category">
                  <span className="recent-case__name">{t(`category.${c.category}`)}</span>
                  {c.severity === 1 && <span className="badge badge--urgent">{t('severity.1')}</span>}
                </span>
                <time className="recent-case__time">{formatHourMinute(c.openedAt, i18n.language)}</time>
                <span className="recent-case__line2">
                  <span className="recent-case__where">{names.community(area, c.communityCode)}</span>
                  <span className="recent-case__meta">
                    {c.sources.map((s) => t(`source.${s}`)).join(t('common.listSeparator'))}
                    <span className={`state state--${phase}`}>{t(`caseState.${c.state}`)}</span>
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
