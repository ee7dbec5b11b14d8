// The open urgent cases that have waited longest. Until cases carry time limits, "most overdue"
// is "open longest".
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../core/domain/model';
import { useFormatDuration } from '../../i18n/use-duration';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { openedMs } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { memoizeLast } from '../../state/memoize-last';
import { useNow } from '../../state/use-now';
import { oldestUrgentCases } from './wall-figures';
import { WallPanel } from './WallPanel';

const LIMIT = 4;
const oldest = memoizeLast((cases: ReadonlyMap<string, Case>) => oldestUrgentCases(cases.values(), LIMIT));

export function UrgentCases() {
  const { t } = useTranslation();
  const names = useNames();
  const formatDuration = useFormatDuration();
  const area = useAreaStore((s) => s.area);
  const cases = useLiveStore((s) => s.data.cases);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  useNow(30_000);
  const serverNow = serverNowMs(useLiveStore.getState());
  const list = oldest(cases);
  return (
    <WallPanel id="urgent" title={t('wall.urgentList')}>
      {hasData && list.length === 0 && <p className="wall-empty wall-empty--calm">{t('wall.urgentEmpty')}</p>}
      <ol className="wall-urgent">
        {list.map((c) => (
          <li key={c.id} className="wall-urgent__row" data-testid="wall-urgent-case">
            <span className="wall-urgent__category">{t(`category.${c.category}`)}</span>
            <span className="wall-urgent__age">
              {t('wall.openFor', { duration: formatDuration(serverNow - openedMs(c)) })}
            </span>
            <span className="wall-urgent__where">{names.cell(area, c.cellCode)}</span>
            <span className="wall-urgent__state">{t(`caseState.${c.state}`)}</span>
          </li>
        ))}
      </ol>
    </WallPanel>
  );
}
