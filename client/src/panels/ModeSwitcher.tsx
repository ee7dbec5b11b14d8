// The pages this user's role may open, as a compact row of tabs; the current one is marked.
import type { ReactNode } from 'react';
import { useWords } from '../i18n/use-words';
import { PAGES_BY_ROLE } from '../auth/page-access';
import { useSessionStore } from '../auth/session-store';
import { followLink, useLocation } from '../modes/navigation';
import { MODE_PATHS, modeForPath, PENDING_MODES } from '../modes/routes';
import './session-header.css';

/** `fallback` shows instead when the role has a single page (nothing to switch). */
export function ModeSwitcher({
  compact = false,
  fallback = null,
}: {
  compact?: boolean;
  fallback?: ReactNode;
}) {
  const { t } = useWords();
  const role = useSessionStore((s) => s.user?.role);
  const current = modeForPath(useLocation().pathname);
  if (!role) return fallback;
  const modes = PAGES_BY_ROLE[role].filter((mode) => !PENDING_MODES.has(mode));
  if (modes.length < 2) return fallback;
  return (
    <nav
      className={`mode-switcher${compact ? ' mode-switcher--compact' : ''}`}
      aria-label={t('auth.nav')}
      data-testid="mode-switcher"
    >
      {modes.map((mode) => (
        <a
          key={mode}
          href={MODE_PATHS[mode]}
          onClick={followLink}
          className="mode-switcher__tab"
          aria-current={mode === current ? 'page' : undefined}
          data-mode={mode}
        >
          {t(`page.${mode}`)}
        </a>
      ))}
    </nav>
  );
}
