// Title, the page switcher, live counts, clock, connection, language and the signed-in user. When the data cannot be trusted as live
// the whole header turns into a warning banner.
import { useWords } from '../i18n/use-words';
import { useFormatDuration } from '../i18n/use-duration';
import { useConnectionStore } from '../state/connection-store';
import { useConnectionView } from '../state/use-connection-view';
import { Clock } from './Clock';
import './header.css';
import { ConnectionStatus } from './ConnectionStatus';
import { HeaderCounts } from './HeaderCounts';
import { LanguageToggle } from './LanguageToggle';
import { ModeSwitcher } from './ModeSwitcher';
import { UserBadge } from './UserBadge';

export function Header() {
  const { t } = useWords();
  const view = useConnectionView();
  const formatDuration = useFormatDuration();
  const protocolMismatch = useConnectionStore((s) => s.protocolMismatch);
  const warn = view.stale || protocolMismatch;
  return (
    <header className={`header${warn ? ' header--stale' : ''}`} data-testid="header">
      <div className="header__brand">
        <h1 className="header__title">{t('app.title')}</h1>
        <ModeSwitcher compact fallback={<div className="header__subtitle">{t('app.subtitle')}</div>} />
      </div>
      <HeaderCounts />
      <div className="header__status">
        <ConnectionStatus view={view} />
        <Clock />
        <LanguageToggle />
        <UserBadge />
      </div>
      {warn && (
        <div className="header__banner" role="alert" data-testid="stale-banner">
          <strong>{protocolMismatch ? t('connection.protocolMismatch') : t('connection.staleTitle')}</strong>
          {!protocolMismatch && (
            <span>
              {view.dataAgeMs === null
                ? t('connection.staleNever')
                : t('connection.staleBody', { age: formatDuration(view.dataAgeMs) })}
            </span>
          )}
        </div>
      )}
    </header>
  );
}
