// /login: username and password, with errors that say what to do (wrong password, locked with
// the time left, server unreachable). On success: where the user wanted to go, if the role may.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDuration } from '../i18n/use-duration';
import { navigate } from '../modes/navigation';
import { login } from '../net/auth-api';
import { forgetViewerToken } from '../net/viewer-token';
import { LanguageToggle } from '../panels/LanguageToggle';
import { describeLoginFailure, type LoginError } from './login-errors';
import { landingAfterLogin } from './page-access';
import { useSessionStore } from './session-store';
import './auth.css';
import './login.css';

export function LoginPage() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const ended = location.hash === '#ended';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError({ kind: 'missing' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      forgetViewerToken(); // a person signing in here means this is no longer a display
      const { user, csrfToken } = await login(username.trim(), password);
      useSessionStore.getState().signIn(user, csrfToken, 'session');
      navigate(landingAfterLogin(user.role, new URLSearchParams(location.search).get('next')), {
        replace: true,
      });
    } catch (failure) {
      setError(describeLoginFailure(failure, Date.now()));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="login" data-testid="login">
      <div className="login__lang">
        <LanguageToggle />
      </div>
      <main className="login__card">
        <div className="login__emblem" aria-hidden />
        <h1 className="login__title">{t('auth.title')}</h1>
        <p className="login__subtitle">{t('auth.subtitle')}</p>
        {ended && !error && <p className="login__info">{t('auth.sessionEnded')}</p>}
        <form className="login__form" onSubmit={(e) => void submit(e)} noValidate>
          <label className="login__field">
            <span>{t('auth.username')}</span>
            <input
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              data-testid="login-username"
            />
          </label>
          <label className="login__field">
            <span>{t('auth.password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="login-password"
            />
          </label>
          {error && <LoginErrorLine error={error} onExpired={() => setError(null)} />}
          <button type="submit" className="login__submit" disabled={busy} data-testid="login-submit">
            {busy ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="login__notice">{t('auth.notice')}</p>
      </main>
    </div>
  );
}

function LoginErrorLine({ error, onExpired }: { error: LoginError; onExpired: () => void }) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  const [now, setNow] = useState(() => Date.now());
  const untilMs = error.kind === 'locked' ? error.untilMs : null;
  useEffect(() => {
    if (untilMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [untilMs]);
  useEffect(() => {
    if (untilMs !== null && now >= untilMs) onExpired();
  }, [now, untilMs, onExpired]);
  let text: string;
  if (error.kind === 'locked')
    text = t('auth.locked', { time: formatDuration(Math.max(1000, error.untilMs - now)) });
  else if (error.kind === 'failed') text = t('auth.failed', { reason: error.reason });
  else text = t(`auth.${error.kind}`);
  return (
    <p className="login__error" role="alert" data-testid="login-error" data-kind={error.kind}>
      {text}
    </p>
  );
}
