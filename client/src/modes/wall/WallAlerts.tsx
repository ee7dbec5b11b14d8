// Never stale as live: a banner across the map, large enough to read from the back of the room,
// the moment the link drops or goes silent (with the data's age), and a strip naming feeds that
// have gone quiet past their expected interval.
import { useNames } from '../../i18n/use-names';
import { useWords } from '../../i18n/use-words';
import { useFormatDuration } from '../../i18n/use-duration';
import { useConnectionStore } from '../../state/connection-store';
import type { ConnectionView } from '../../state/connection-view';
import { useIndicators } from '../../state/selectors';

export function StaleBanner({ view }: { view: ConnectionView }) {
  const { t } = useWords();
  const formatDuration = useFormatDuration();
  const protocolMismatch = useConnectionStore((s) => s.protocolMismatch);
  if (!view.stale && !protocolMismatch) return null;
  return (
    <div className="wall-stale" role="alert" data-testid="stale-banner">
      <strong className="wall-stale__title">
        {protocolMismatch ? t('connection.protocolMismatch') : t('wall.stale.title')}
      </strong>
      {!protocolMismatch && (
        <span className="wall-stale__body" data-testid="stale-age">
          {view.dataAgeMs === null
            ? t('wall.stale.never')
            : t('wall.stale.body', { age: formatDuration(view.dataAgeMs) })}
        </span>
      )}
    </div>
  );
}

export function QuietFeeds() {
  const { t } = useWords();
  const { feed } = useNames();
  const quiet = useIndicators().feeds.quietSources;
  if (quiet.length === 0) return null;
  const names = quiet.map((s) => feed(s)).join(t('common.listSeparator'));
  return (
    <div className="wall-quiet" role="status" data-testid="quiet-feeds">
      {t('wall.quietFeeds', { names })}
    </div>
  );
}
