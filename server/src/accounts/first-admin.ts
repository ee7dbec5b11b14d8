// The first admin. With ADMIN_USERNAME and ADMIN_PASSWORD set, a start that finds no active admin
// creates (or re-enables and resets) that account. With neither and no users at all, an `admin`
// account gets a generated one-time password, printed once and written to
// DATA_DIR/initial-admin-password (0600), removed when that password is changed. Either goes into
// the audit trail (`audit`), by the system actor `first-admin`.
import fs from 'node:fs';
import path from 'node:path';
import { auditUserOf, type AuditEventType, type AuditSubject } from '../../../core/domain/audit';
import { randomSecret } from './secrets';
import type { Users } from './users';

export const INITIAL_PASSWORD_FILE = 'initial-admin-password';

export interface FirstAdmin {
  username: string;
  /** Set when generated: to be printed once. */
  generatedPassword: string | null;
  file: string | null;
  /** What the audit trail records of it. */
  audit: { type: Extract<AuditEventType, 'user.created' | 'user.updated'> } & Required<
    Pick<AuditSubject, 'user' | 'changes'>
  >;
}

export const FIRST_ADMIN_ACTOR = { kind: 'system', name: 'first-admin' } as const;

const CREATED = ['name', 'role', 'password'];

export async function ensureFirstAdmin(
  users: Users,
  dataDir: string,
  fromEnv: { username: string; password: string } | null,
): Promise<FirstAdmin | null> {
  if (users.activeAdmins() > 0) return null;
  if (fromEnv) {
    const existing = users.byUsername(fromEnv.username);
    const base = { username: fromEnv.username, generatedPassword: null, file: null };
    if (existing) {
      const changes = { role: 'admin', disabled: false, password: fromEnv.password } as const;
      const user = await users.update(existing.id, changes);
      return {
        ...base,
        audit: { type: 'user.updated', user: auditUserOf(user!), changes: Object.keys(changes) },
      };
    }
    const user = await users.create({ ...fromEnv, name: fromEnv.username, role: 'admin' });
    return { ...base, audit: { type: 'user.created', user: auditUserOf(user), changes: CREATED } };
  }
  if (users.count() > 0) return null; // users but no admin: `npm run user -- add … --role admin`
  const password = randomSecret(15);
  const user = await users.create({ username: 'admin', name: '管理员', role: 'admin', password });
  const file = path.join(dataDir, INITIAL_PASSWORD_FILE);
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  const audit = { type: 'user.created', user: auditUserOf(user), changes: CREATED } as const;
  return { username: 'admin', generatedPassword: password, file, audit };
}

/** Removes the one-time password file once its password has been changed. */
export function forgetInitialPassword(dataDir: string): void {
  fs.rmSync(path.join(dataDir, INITIAL_PASSWORD_FILE), { force: true });
}
