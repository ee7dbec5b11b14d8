// The cases that need pushing: the most overdue first (least time left on their limit), then open
// urgent cases that have no limit yet, the longest open first.
import { useWords } from '../../i18n/use-words';
import { useFormatDuration } from '../../i18n/use-duration';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { openedMs } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import type { PressingCase } from './case-figures';
import { useCaseClocks } from './use-case-figures';
import { WallPanel } from './WallPanel';

export function PressingCases() {
  const { t } = useWords();
  const names = useNames();
  const formatDuration = useFormatDuration();
  const area = useAreaStore((s) => s.area);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const { pressing } = useCaseClocks();
  const serverNow = serverNowMs(useLiveStore.getState());
  const clock = ({ case: c, sla }: PressingCase): { text: string; tone: string } => {
    if (!sla)
      return { text: t('wall.openFor', { duration: formatDuration(serverNow - openedMs(c)) }), tone: 'open' };
    if (sla.remainingMs < 0)
      return { text: t('wall.overdueBy', { duration: formatDuration(-sla.remainingMs) }), tone: 'overdue' };
    return { text: t('wall.timeLeft', { duration: formatDuration(sla.remainingMs) }), tone: sla.level };
  };
  return (
    <WallPanel id="pressing" title={t('wall.pressing')}>
      {hasData && pressing.length === 0 && (
        <p className="wall-empty wall-empty--calm">{t('wall.pressingEmpty')}</p>
      )}
      <ol className="wall-urgent">
        {pressing.map((p) => {
          const { text, tone } = clock(p);
          return (
            <li key={p.case.id} className="wall-urgent__row" data-testid="wall-pressing-case">
              <span className="wall-urgent__category">
                {t(`category.${p.case.category}`)}
                {p.case.severity === 1 && (
                  <span className="wall-badge wall-badge--urgent">{t('severity.1')}</span>
                )}
              </span>
              <span className={`wall-urgent__age wall-urgent__age--${tone}`}>{text}</span>
              <span className="wall-urgent__where">{names.cell(area, p.case.cellCode)}</span>
              <span className="wall-urgent__state">{t(`caseState.${p.case.state}`)}</span>
            </li>
          );
        })}
      </ol>
    </WallPanel>
  );
}
