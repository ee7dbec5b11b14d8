// The fields a user is described by, shared by adding and editing: name, role, and the person id
// that a field role (grid worker, responder) acts as.
import { useTranslation } from 'react-i18next';
import { USER_ROLES, type UserRole } from '../../../../core/domain/model';
import { FIELD_ROLES } from '../../../../core/protocol/access';

export const needsPerson = (role: UserRole) => (FIELD_ROLES as readonly UserRole[]).includes(role);

export function UserFields(props: {
  name: string;
  setName: (name: string) => void;
  role: UserRole;
  setRole: (role: UserRole) => void;
  personId: string;
  setPersonId: (personId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="admin-field">
        <span>{t('admin.users.name')}</span>
        <input value={props.name} onChange={(e) => props.setName(e.target.value)} required />
      </label>
      <label className="admin-field">
        <span>{t('admin.users.role')}</span>
        <select value={props.role} onChange={(e) => props.setRole(e.target.value as UserRole)}>
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {needsPerson(props.role) && (
        <label className="admin-field">
          <span>{t('admin.users.personId')}</span>
          <input
            value={props.personId}
            onChange={(e) => props.setPersonId(e.target.value)}
            placeholder={t('admin.users.personHint')}
            required
          />
        </label>
      )}
    </>
  );
}
