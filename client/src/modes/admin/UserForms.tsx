// Dialogs for one user: change name, role and person id; reset the password.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../../core/domain/model';
import { updateUser, type UserChange } from './admin-api';
import { PASSWORD_MIN, type UserView } from './admin-types';
import { reasonOf } from './use-admin-list';
import { needsPerson, UserFields } from './UserFields';

function FormDialog(props: {
  title: string;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    props.onSubmit().catch((failure: unknown) => setError(reasonOf(failure)));
  };
  return (
    <dialog ref={ref} className="admin-dialog" onClose={props.onClose} data-testid="user-dialog">
      <form onSubmit={submit} className="admin-dialog__form">
        <h2 className="admin-dialog__title">{props.title}</h2>
        {props.children}
        {error && <p className="admin-error">{t('admin.failed', { reason: error })}</p>}
        <div className="admin-dialog__actions">
          <button type="button" className="admin-button" onClick={props.onClose}>
            {t('admin.cancel')}
          </button>
          <button type="submit" className="admin-button admin-button--primary">
            {t('admin.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function UserEditor({
  user,
  onDone,
  onClose,
}: {
  user: UserView;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<UserRole>(user.role);
  const [personId, setPersonId] = useState(user.personId ?? '');
  const save = async () => {
    const change: UserChange = {};
    if (name.trim() !== user.name) change.name = name.trim();
    if (role !== user.role) change.role = role;
    const person = needsPerson(role) ? personId.trim() || null : null;
    if (person !== (user.personId ?? null)) change.personId = person;
    if (Object.keys(change).length > 0) await updateUser(user.id, change);
    onDone();
  };
  return (
    <FormDialog title={`${t('admin.edit')} · ${user.username}`} onSubmit={save} onClose={onClose}>
      <UserFields {...{ name, setName, role, setRole, personId, setPersonId }} />
    </FormDialog>
  );
}

export function PasswordDialog({
  user,
  onDone,
  onClose,
}: {
  user: UserView;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const save = async () => {
    await updateUser(user.id, { password });
    onDone();
  };
  return (
    <FormDialog title={t('admin.users.resetTitle', { name: user.name })} onSubmit={save} onClose={onClose}>
      <label className="admin-field">
        <span>{t('admin.users.newPassword')}</span>
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
    </FormDialog>
  );
}
