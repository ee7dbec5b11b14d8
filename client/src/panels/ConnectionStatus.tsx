// Connection state and data age; quiet feeds by name.
import { useNames } from '../i18n/use-names';
import { useWords } from '../i18n/use-words';
import { useFormatDuration } from '../i18n/use-duration';
import { useIndicators } from '../state/selectors';
import type { ConnectionView } from '../state/connection-view';

export function ConnectionStatus({ view }: { view: ConnectionView }) {
  const { t } = useWords();
  const formatDuration = useFormatDuration();
  const { feed } = useNames();
  const quiet = useIndicators().feeds.quietSources;
  const label =
    view.kind === 'reconnecting'
      ? t('connection.reconnecting', { duration: formatDuration(view.forMs) })
      : t(`connection.${view.kind}`);
  const age =
    view.dataAgeMs === null
      ? t('connection.noData')
      : t('connection.dataAge', { age: formatDuration(view.dataAgeMs) });
  const quietNames = quiet.map((s) => feed(s));
  return (
    <div className="connection" data-testid="connection-state" data-state={view.kind} data-stale={view.stale}>
      <div className="connection__main">
        <span
          className={`connection__dot connection__dot--${view.stale ? 'stale' : view.kind}`}
          aria-hidden
        />
        <span className="connection__label">{label}</span>
        <span className="connection__age" data-testid="data-age">
          {age}
        </span>
      </div>
      {quietNames.length > 0 && (
        <div className="connection__quiet" data-testid="quiet-feeds">
          {t('connection.quietFeeds', { names: quietNames.join(t('common.listSeparator')) })}
        </div>
      )}
    </div>
  );
}
