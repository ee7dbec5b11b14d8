// Full-screen notices of the session: checking, server down, display token refused, no access.
import { useTranslation } from 'react-i18next';
import { followLink } from '../modes/navigation';
import { MODE_PATHS, type ModeId } from '../modes/routes';
import { forgetViewerToken } from '../net/viewer-token';
import { LanguageToggle } from '../panels/LanguageToggle';
import { useSessionStore } from './session-store';
import './auth.css';

export function SessionNotice({ message, warn = false }: { message: string; warn?: boolean }) {
  return (
    <div className="session-screen" data-testid="session-notice">
      <p className={`session-screen__notice${warn ? ' session-screen__notice--warn' : ''}`}>{message}</p>
    </div>
  );
}

export function TokenInvalidScreen() {
  const { t } = useTranslation();
  const signIn = () => {
    forgetViewerToken();
    location.assign('/login');
  };
  return (
    <div className="session-screen session-screen--alert" role="alert" data-testid="token-invalid">
      <div className="session-screen__box">
        <div className="session-screen__icon" aria-hidden>
          ⚠
        </div>
        <h1 className="session-screen__title">{t('auth.tokenInvalidTitle')}</h1>
        <p className="session-screen__body">{t('auth.tokenInvalidBody')}</p>
        <button type="button" className="session-screen__link" onClick={signIn}>
          {t('auth.tokenSignIn')}
        </button>
      </div>
    </div>
  );
}

export function ForbiddenPage({ mode, home }: { mode: ModeId; home: ModeId }) {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.user?.role);
  return (
    <div className="session-screen" data-testid="forbidden">
      <div className="session-screen__lang">
        <LanguageToggle />
      </div>
      <div className="session-screen__box">
        <div className="session-screen__code" aria-hidden>
          403
        </div>
        <h1 className="session-screen__title">{t('auth.forbiddenTitle')}</h1>
        <p className="session-screen__body">
          {t('auth.forbiddenBody', { role: role ? t(`role.${role}`) : '', page: t(`page.${mode}`) })}
        </p>
        <a
          className="session-screen__link"
          href={MODE_PATHS[home]}
          onClick={followLink}
          data-testid="forbidden-home"
        >
          {t('auth.forbiddenLink', { page: t(`page.${home}`) })}
        </a>
      </div>
    </div>
  );
}
