// The wall's title bar: the state of the link with the data's age, the street, and the clock.
import { useWords } from '../../i18n/use-words';
import { useFormatDuration } from '../../i18n/use-duration';
import { Clock } from '../../panels/Clock';
import type { ConnectionView } from '../../state/connection-view';

export function WallHeader({ view }: { view: ConnectionView }) {
  const { t } = useWords();
  const formatDuration = useFormatDuration();
  const label =
    view.kind === 'reconnecting'
      ? t('connection.reconnecting', { duration: formatDuration(view.forMs) })
      : t(`connection.${view.kind}`);
  return (
    <header className="wall-header" data-wall-panel="header">
      <div
        className="wall-header__status"
        data-testid="connection-state"
        data-state={view.kind}
        data-stale={view.stale}
      >
        <span className={`wall-dot wall-dot--${view.stale ? 'stale' : view.kind}`} aria-hidden />
        <span className="wall-header__link">{label}</span>
        <span className="wall-header__age" data-testid="data-age">
          {view.dataAgeMs === null
            ? t('connection.noData')
            : t('connection.dataAge', { age: formatDuration(view.dataAgeMs) })}
        </span>
      </div>
      <div className="wall-header__brand">
        <h1 className="wall-header__title">{t('wall.title')}</h1>
        <span className="wall-header__subtitle">{t('wall.subtitle')}</span>
      </div>
      <Clock />
    </header>
  );
}
