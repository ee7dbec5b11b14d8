// A list of the admin screen while it loads, when it failed (with retry), empty, or its table.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminList } from './use-admin-list';

export function ListState<T>({ list, children }: { list: AdminList<T>; children: ReactNode }) {
  const { t } = useTranslation();
  if (list.error)
    return (
      <p className="admin-error">
        {t('admin.loadFailed', { reason: list.error })}{' '}
        <button type="button" className="admin-button admin-button--small" onClick={list.reload}>
          {t('admin.retry')}
        </button>
      </p>
    );
  if (!list.items) return <p className="admin-note">{t('admin.loading')}</p>;
  if (list.items.length === 0) return <p className="admin-note">{t('admin.empty')}</p>;
  return children;
}
