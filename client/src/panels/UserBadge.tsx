// Who is signed in (name and role) and the way out. Signing out reloads the page, so nothing the
// session could see stays in memory.
import { useState } from 'react';
import { useWords } from '../i18n/use-words';
import { useSessionStore } from '../auth/session-store';
import { logout } from '../net/auth-api';
import { forgetViewerToken } from '../net/viewer-token';
import './session-header.css';

export function UserBadge() {
  const { t } = useWords();
  const user = useSessionStore((s) => s.user);
  const via = useSessionStore((s) => s.via);
  const [failed, setFailed] = useState(false);
  if (!user) return null;
  const signOut = async () => {
    setFailed(false);
    try {
      if (via === 'token') forgetViewerToken();
      else await logout();
      location.assign('/login');
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="user-badge" data-testid="user-badge" data-role={user.role}>
      <div className="user-badge__who">
        <span className="user-badge__name">{user.name || user.username}</span>
        <span className="user-badge__role">
          {via === 'token' ? t('auth.display') : t(`role.${user.role}`)}
        </span>
      </div>
      <button
        type="button"
        className="user-badge__logout"
        onClick={() => void signOut()}
        title={failed ? t('auth.logoutFailed') : undefined}
        data-testid="logout"
      >
        {failed ? `⚠ ${t('auth.logout')}` : t('auth.logout')}
      </button>
    </div>
  );
}
