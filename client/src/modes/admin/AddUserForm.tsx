// Adding a user: username, name, role, the person id for field roles, an initial password.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../../core/domain/model';
import { createUser } from './admin-api';
import { PASSWORD_MIN } from './admin-types';
import { reasonOf } from './use-admin-list';
import { needsPerson, UserFields } from './UserFields';

export function AddUserForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('leader');
  const [personId, setPersonId] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const user = {
      username: username.trim(),
      name: name.trim(),
      role,
      password,
      ...(needsPerson(role) ? { personId: personId.trim() } : {}),
    };
    createUser(user)
      .then(() => {
        setMessage({ ok: true, text: t('admin.users.added', { username: user.username }) });
        setUsername('');
        setName('');
        setPersonId('');
        setPassword('');
        onAdded();
      })
      .catch((failure: unknown) =>
        setMessage({ ok: false, text: t('admin.failed', { reason: reasonOf(failure) }) }),
      );
  };

  return (
    <>
      <form className="admin-form" onSubmit={submit} data-testid="user-add">
        <label className="admin-field">
          <span>{t('admin.users.username')}</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" />
        </label>
        <UserFields {...{ name, setName, role, setRole, personId, setPersonId }} />
        <label className="admin-field">
          <span>{t('admin.users.password')}</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            minLength={PASSWORD_MIN}
            placeholder={t('admin.users.passwordRule')}
            autoComplete="new-password"
            required
          />
        </label>
        <button type="submit" className="admin-button admin-button--primary">
          {t('admin.users.add')}
        </button>
      </form>
      {message && <p className={message.ok ? 'admin-ok' : 'admin-error'}>{message.text}</p>}
    </>
  );
}
