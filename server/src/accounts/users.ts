// Users: the people who sign in. Usernames are unique regardless of case; the password hash never
// leaves this module.
import type Database from 'better-sqlite3';
import type { UserRole } from '../../../core/domain/model';
import type { AuthUser, UserView } from '../../../core/protocol/auth';
import { hashPassword, randomId, SCRYPT_N, verifyPassword } from './secrets';

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  person_id: string | null;
  disabled: number;
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export type UserRecord = UserView;

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    ...(row.person_id ? { personId: row.person_id } : {}),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toAuthUser(u: UserView): AuthUser {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    ...(u.personId ? { personId: u.personId } : {}),
  };
}

export class UsernameTakenError extends Error {
  override name = 'UsernameTakenError';
}

export interface UserChanges {
  name?: string;
  role?: UserRole;
  personId?: string | null;
  disabled?: boolean;
  password?: string;
}

/** `scryptN`: the password hashing cost (default SCRYPT_N). */
export function createUsers(db: Database.Database, now: () => string, scryptN = SCRYPT_N) {
  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare('SELECT * FROM users WHERE username = ?');
  const all = db.prepare('SELECT * FROM users ORDER BY username');
  const insert = db.prepare(
    `INSERT INTO users (id, username, name, role, person_id, disabled, password_hash, created_at, updated_at)
     VALUES (@id, @username, @name, @role, @person_id, 0, @password_hash, @created_at, @created_at)`,
  );
  const countAdmins = db.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0").pluck();
  const countAll = db.prepare('SELECT COUNT(*) FROM users').pluck();

  const get = (id: string) => {
    const row = byId.get(id) as UserRow | undefined;
    return row ? toView(row) : null;
  };

  return {
    get,
    byUsername(username: string): UserView | null {
      const row = byName.get(username) as UserRow | undefined;
      return row ? toView(row) : null;
    },
    list: () => (all.all() as UserRow[]).map(toView),
    count: () => countAll.get() as number,
    activeAdmins: () => countAdmins.get() as number,

    async create(input: {
      username: string;
      name: string;
      role: UserRole;
      personId?: string;
      password: string;
    }): Promise<UserView> {
      const passwordHash = await hashPassword(input.password, scryptN);
      const id = randomId('u');
      try {
        insert.run({
          id,
          username: input.username,
          name: input.name,
          role: input.role,
          person_id: input.personId ?? null,
          password_hash: passwordHash,
          created_at: now(),
        });
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new UsernameTakenError(`the username ${input.username} is taken`);
        }
        throw err;
      }
      return get(id)!;
    },

    async update(id: string, changes: UserChanges): Promise<UserView | null> {
      const passwordHash =
        changes.password === undefined ? undefined : await hashPassword(changes.password, scryptN);
      const sets: string[] = [];
      const values: Record<string, unknown> = { id, updated_at: now() };
      const column = { name: 'name', role: 'role', personId: 'person_id', disabled: 'disabled' } as const;
      for (const key of Object.keys(column) as (keyof typeof column)[]) {
        if (changes[key] === undefined) continue;
        sets.push(`${column[key]} = @${column[key]}`);
        const v = changes[key];
        values[column[key]] = typeof v === 'boolean' ? Number(v) : v;
      }
      if (passwordHash) {
        sets.push('password_hash = @password_hash');
        values.password_hash = passwordHash;
      }
      const result = db
        .prepare(`UPDATE users SET ${[...sets, 'updated_at = @updated_at'].join(', ')} WHERE id = @id`)
        .run(values);
      return result.changes === 0 ? null : get(id);
    },

    /** The user whose credentials these are, or null, taking as long for an unknown username. */
    async verify(username: string, password: string): Promise<UserView | null> {
      const row = byName.get(username) as UserRow | undefined;
      const ok = await verifyPassword(password, row?.password_hash ?? null, scryptN);
      return ok && row ? toView(row) : null;
    },
  };
}

export type Users = ReturnType<typeof createUsers>;
