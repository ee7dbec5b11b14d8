// Today's figures (core's computeFigures over the cases registered today) above the desk, with the
// open and overdue counts, so the effect of closing a case shows at once.
import { useMemo } from 'react';
import { useWords } from '../../i18n/use-words';
import { computeFigures } from '../../../../core/domain/figures';
import { startOfShanghaiDay } from '../../../../core/domain/time';
import { useFormatDuration } from '../../i18n/use-duration';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { useNow } from '../../state/use-now';
import type { QueueView } from './queue';

const RATES = [
  'closeRate',
  'onTimeHandlingRate',
  'onTimeCloseRate',
  'reworkRate',
  'postponeRate',
  'returnRate',
] as const;
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function FiguresStrip({ queue }: { queue: QueueView }) {
  const { t } = useWords();
  const duration = useFormatDuration();
  const cases = useLiveStore((s) => s.data.cases);
  const minute = Math.floor(useNow(60_000) / 60_000);
  const today = useMemo(() => {
    const now = serverNowMs(useLiveStore.getState());
    return computeFigures(cases.values(), startOfShanghaiDay(now), now + 1).street;
    // minute: "today" and on-time move with the clock
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cases, minute]);
  return (
    <div className="figures-strip" data-testid="figures-strip" aria-label={t('desk.figures.title')}>
      <span className="figures-strip__title">{t('desk.figures.title')}</span>
      <Figure id="open" label={t('desk.figures.open')} value={String(queue.open)} />
      <Figure
        id="overdue"
        label={t('desk.figures.overdue')}
        value={String(queue.overdue)}
        alert={queue.overdue > 0}
      />
      <Figure id="registered" label={t('desk.figures.registered')} value={String(today.registered)} />
      <Figure id="closed" label={t('desk.figures.closed')} value={String(today.closed)} />
      {RATES.map((rate) => (
        <Figure key={rate} id={rate} label={t(`brief.${rate}`)} value={percent(today[rate])} />
      ))}
      <Figure
        id="averageHandlingMs"
        label={t('brief.averageHandlingMs')}
        value={today.averageHandlingMs === null ? '—' : duration(today.averageHandlingMs)}
      />
    </div>
  );
}

function Figure({
  id,
  label,
  value,
  alert = false,
}: {
  id: string;
  label: string;
  value: string;
  alert?: boolean;
}) {
  return (
    <span className={`figure${alert ? ' figure--alert' : ''}`} data-testid={`figure-${id}`}>
      <span className="figure__label">{label}</span>
      <b className="figure__value num">{value}</b>
    </span>
  );
}
