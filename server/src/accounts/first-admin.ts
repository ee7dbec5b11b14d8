// The first admin. With ADMIN_USERNAME and ADMIN_PASSWORD set, a start that finds no active admin
// creates (or re-enables and resets) that account. With neither and no users at all, an `admin`
// account gets a generated one-time password, printed once and written to
// DATA_DIR/initial-admin-password (0600), removed when that password is changed.
import fs from 'node:fs';
import path from 'node:path';
import { randomSecret } from './secrets';
import type { Users } from './users';

export const INITIAL_PASSWORD_FILE = 'initial-admin-password';

export interface FirstAdmin {
  username: string;
  /** Set when generated: to be printed once. */
  generatedPassword: string | null;
  file: string | null;
}

export async function ensureFirstAdmin(
  users: Users,
  dataDir: string,
  fromEnv: { username: string; password: string } | null,
): Promise<FirstAdmin | null> {
  if (users.activeAdmins() > 0) return null;
  if (fromEnv) {
    const existing = users.byUsername(fromEnv.username);
    if (existing) {
      await users.update(existing.id, { role: 'admin', disabled: false, password: fromEnv.password });
    } else {
      await users.create({ ...fromEnv, name: fromEnv.username, role: 'admin' });
    }
    return { username: fromEnv.username, generatedPassword: null, file: null };
  }
  if (users.count() > 0) return null; // users but no admin: `npm run user -- add … --role admin`
  const password = randomSecret(15);
  await users.create({ username: 'admin', name: '管理员', role: 'admin', password });
  const file = path.join(dataDir, INITIAL_PASSWORD_FILE);
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { username: 'admin', generatedPassword: password, file };
}

/** Removes the one-time password file once its password has been changed. */
export function forgetInitialPassword(dataDir: string): void {
  fs.rmSync(path.join(dataDir, INITIAL_PASSWORD_FILE), { force: true });
}
