// /admin: users, display tokens, feed keys and the audit trail, one tab each (admin only).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n';
import { adminEn } from '../../i18n/en-admin';
import { adminZhCN } from '../../i18n/zh-CN-admin';
import { LanguageToggle } from '../../panels/LanguageToggle';
import { ModeSwitcher } from '../../panels/ModeSwitcher';
import { UserBadge } from '../../panels/UserBadge';
import { AuditPanel } from './AuditPanel';
import { FeedKeysPanel } from './FeedKeysPanel';
import { TokensPanel } from './TokensPanel';
import { UsersPanel } from './UsersPanel';
import './admin.css';

// Only this screen needs its words: they come with its chunk.
registerMessages({ 'zh-CN': adminZhCN, en: adminEn });

const TABS = ['users', 'tokens', 'keys', 'audit'] as const;
type Tab = (typeof TABS)[number];

export function AdminMode() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(() => {
    const wanted = new URLSearchParams(location.search).get('tab');
    return TABS.find((candidate) => candidate === wanted) ?? 'users';
  });
  const choose = (next: Tab) => {
    setTab(next);
    history.replaceState(history.state, '', next === 'users' ? '/admin' : `/admin?tab=${next}`);
  };
  return (
    <div className="admin" data-testid="admin">
      <header className="admin-header">
        <div className="admin-header__brand">
          <h1 className="admin-header__title">{t('app.title')}</h1>
          <span className="admin-header__subtitle">{t('admin.title')}</span>
        </div>
        <ModeSwitcher />
        <div className="admin-header__end">
          <LanguageToggle />
          <UserBadge />
        </div>
      </header>
      <div className="admin__body">
        <nav className="admin-tabs" role="tablist">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className="admin-tabs__tab"
              onClick={() => choose(id)}
              data-testid={`admin-tab-${id}`}
            >
              {t(`admin.tabs.${id}`)}
            </button>
          ))}
        </nav>
        <main className="admin__content">
          {tab === 'users' && <UsersPanel />}
          {tab === 'tokens' && <TokensPanel />}
          {tab === 'keys' && <FeedKeysPanel />}
          {tab === 'audit' && <AuditPanel />}
        </main>
      </div>
    </div>
  );
}
