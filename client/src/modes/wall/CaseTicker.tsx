// The live ticker: the latest cases, newest first. A new case slides in at the top (a burst just
// appears) and glows while it is new; the list holds only the rows that fit (never more than
// MAX_ROWS).
import { useRef } from 'react';
import { useWords } from '../../i18n/use-words';
import { formatHourMinute } from '../../format/time';
import { useNames } from '../../i18n/use-names';
import { categoryColour, toCss } from '../../map/palette';
import { useAreaStore } from '../../state/area-store';
import { isNewCase, phaseOf } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { useRecentCases } from '../../state/selectors';
import { useNow } from '../../state/use-now';
import { useFitCount } from './use-fit-count';
import { WallPanel } from './WallPanel';

const MAX_ROWS = 16;
export const TICKER_ROW_REM = 3.5;

export function CaseTicker() {
  const { t, i18n } = useWords();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const list = useRef<HTMLOListElement>(null);
  const rows = useFitCount(list, TICKER_ROW_REM, MAX_ROWS);
  useNow(5_000); // the glow of a new case fades with time
  const serverNow = serverNowMs(useLiveStore.getState());
  const { cases, arriving } = useRecentCases(rows);
  return (
    <WallPanel id="ticker" title={t('wall.ticker')} className="wall-panel--grow">
      {hasData && cases.length === 0 && <p className="wall-empty">{t('wall.tickerEmpty')}</p>}
      <ol ref={list} className="wall-ticker">
        {cases.map((c) => {
          const phase = phaseOf(c.state);
          return (
            <li
              key={c.id}
              className={`wall-ticker__row${isNewCase(c, serverNow) ? ' is-new' : ''}${arriving.has(c.id) ? ' is-arriving' : ''}`}
              data-testid="wall-ticker-case"
              data-case-id={c.id}
            >
              <span className="wall-ticker__dot" style={{ background: toCss(categoryColour(c.category)) }} />
              <span className="wall-ticker__category">
                {t(`category.${c.category}`)}
                {c.severity === 1 && <span className="wall-badge wall-badge--urgent">{t('severity.1')}</span>}
              </span>
              <time className="wall-ticker__time">{formatHourMinute(c.openedAt, i18n.language)}</time>
              <span className="wall-ticker__where">
                <span className="wall-ticker__place">{names.community(area, c.communityCode)}</span>
                <span className="wall-ticker__source">
                  {c.sources.map((s) => t(`source.${s}`)).join(t('common.listSeparator'))}
                </span>
              </span>
              <span className={`state state--${phase} wall-ticker__state`}>{t(`caseState.${c.state}`)}</span>
            </li>
          );
        })}
      </ol>
    </WallPanel>
  );
}
