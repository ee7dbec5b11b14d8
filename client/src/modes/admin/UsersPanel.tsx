// Users: the list, adding one, changing name, role and person, resetting a password, and
// disabling (confirmed) or enabling an account.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../auth/session-store';
import { listUsers, updateUser } from './admin-api';
import type { UserView } from './admin-types';
import { ConfirmDialog } from './AdminDialogs';
import { ListState } from './ListState';
import { PasswordDialog, UserEditor } from './UserForms';
import { AddUserForm } from './AddUserForm';
import { reasonOf, useAdminList } from './use-admin-list';

type Pending = { kind: 'edit' | 'password' | 'disable'; user: UserView };

export function UsersPanel() {
  const { t } = useTranslation();
  const list = useAdminList(listUsers);
  const selfId = useSessionStore((s) => s.user?.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const enable = (user: UserView) => {
    setError(null);
    updateUser(user.id, { disabled: false })
      .then(list.reload)
      .catch((failure: unknown) => setError(reasonOf(failure)));
  };
  const close = () => setPending(null);
  const changed = () => {
    setPending(null);
    list.reload();
  };

  return (
    <section className="admin-panel" data-testid="users-panel">
      <AddUserForm onAdded={list.reload} />
      {error && <p className="admin-error">{t('admin.failed', { reason: error })}</p>}
      <ListState list={list}>
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('admin.users.username')}</th>
              <th>{t('admin.users.name')}</th>
              <th>{t('admin.users.role')}</th>
              <th>{t('admin.users.personId')}</th>
              <th>{t('admin.users.status')}</th>
              <th>{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items?.map((user) => (
              <tr key={user.id} data-testid="user-row" data-username={user.username}>
                <td className="mono">
                  {user.username}
                  {user.id === selfId && <span className="muted">{t('admin.users.self')}</span>}
                </td>
                <td>{user.name}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td className="mono">{user.personId ?? '—'}</td>
                <td>
                  <span className={`admin-status admin-status--${user.disabled ? 'off' : 'on'}`}>
                    {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
                  </span>
                </td>
                <td>
                  <div className="admin-table__actions">
                    <button
                      type="button"
                      className="admin-button admin-button--small"
                      onClick={() => setPending({ kind: 'edit', user })}
                    >
                      {t('admin.edit')}
                    </button>
                    <button
                      type="button"
                      className="admin-button admin-button--small"
                      onClick={() => setPending({ kind: 'password', user })}
                    >
                      {t('admin.users.resetPassword')}
                    </button>
                    {user.id !== selfId &&
                      (user.disabled ? (
                        <button
                          type="button"
                          className="admin-button admin-button--small"
                          onClick={() => enable(user)}
                        >
                          {t('admin.users.enable')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="admin-button admin-button--small admin-button--danger"
                          onClick={() => setPending({ kind: 'disable', user })}
                        >
                          {t('admin.users.disable')}
                        </button>
                      ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ListState>
      {pending?.kind === 'edit' && <UserEditor user={pending.user} onDone={changed} onClose={close} />}
      {pending?.kind === 'password' && (
        <PasswordDialog user={pending.user} onDone={changed} onClose={close} />
      )}
      {pending?.kind === 'disable' && (
        <ConfirmDialog
          message={t('admin.users.confirmDisable', { name: pending.user.name })}
          confirmLabel={t('admin.users.disable')}
          onConfirm={async () => {
            await updateUser(pending.user.id, { disabled: true });
            list.reload();
          }}
          onClose={close}
        />
      )}
    </section>
  );
}
