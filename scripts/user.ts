// Manages accounts from the machine the server runs on (works with the server running or not):
//
//   npm run user -- add <username> --role R [--name N] [--person ID] [--password-stdin]
//   npm run user -- passwd <username> [--password-stdin]
//   npm run user -- disable <username> | enable <username>
//   npm run user -- list
//
// The password is read from stdin with --password-stdin (e.g. `printf %s "$PW" | npm run user -- …`),
// otherwise asked for at the terminal without echo. DATA_DIR (./var) holds the accounts database.
// Changes end the user's sessions where that matters and are recorded in the audit trail (the
// server moves them into the event log).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { USER_ROLES, type UserRole } from '../core/domain/model';
import { createUserSchema, passwordSchema } from '../core/protocol/auth-schemas';
import { openAccountsDb } from '../server/src/accounts/accounts-db';
import { auditUserOf } from '../core/domain/audit';
import { leaveAuditEvent } from '../server/src/accounts/pending-audit';
import { createSessions } from '../server/src/accounts/sessions';
import { createUsers } from '../server/src/accounts/users';
import { readPassword } from './user-password';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    person: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});
const [command, username] = positionals;
const usage =
  'usage: npm run user -- add <username> --role R [--name N] [--person ID] [--password-stdin]\n' +
  '       npm run user -- passwd|disable|enable <username> [--password-stdin]\n' +
  '       npm run user -- list';

const dataDir = path.resolve(process.env.DATA_DIR ?? './var');
const db = openAccountsDb(dataDir);
const now = () => new Date().toISOString();
const users = createUsers(db, now);
// Only ending sessions here: the policy does not matter.
const sessions = createSessions(db, Date.now, { idleMs: 1, maxMs: 1 });
const actor = { kind: 'system', name: 'user-command' } as const;
const audit = (
  type: 'user.created' | 'user.updated',
  user: { id: string; username: string; role: UserRole },
  changes: string[],
) =>
  leaveAuditEvent(db, {
    type,
    at: now(),
    actor,
    user: auditUserOf(user),
    changes,
  });

const find = (name: string | undefined) => {
  if (!name) fail(usage);
  return users.byUsername(name) ?? fail(`no user ${name}`);
};

try {
  switch (command) {
    case 'add': {
      if (!username) fail(usage);
      const role = values.role as UserRole | undefined;
      if (!role || !USER_ROLES.includes(role)) fail(`--role: one of ${USER_ROLES.join(', ')}`);
      const password = await readPassword(values['password-stdin']);
      const parsed = createUserSchema.safeParse({
        username,
        name: values.name ?? username,
        role,
        password,
        ...(values.person ? { personId: values.person } : {}),
      });
      if (!parsed.success)
        fail(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      const user = await users.create(parsed.data);
      audit('user.created', user, ['name', 'role', 'password', ...(user.personId ? ['personId'] : [])]);
      console.log(`added ${user.username} (${user.role}, id ${user.id})`);
      break;
    }
    case 'passwd': {
      const user = find(username);
      const parsed = passwordSchema.safeParse(await readPassword(values['password-stdin']));
      if (!parsed.success) fail(`password: ${parsed.error.issues[0]?.message}`);
      await users.update(user.id, { password: parsed.data });
      const ended = sessions.endForUser(user.id).length;
      audit('user.updated', user, ['password']);
      console.log(`password of ${user.username} changed (${ended} session(s) ended)`);
      break;
    }
    case 'disable':
    case 'enable': {
      const user = find(username);
      const disabled = command === 'disable';
      if (disabled && user.role === 'admin' && !user.disabled && users.activeAdmins() <= 1) {
        fail('the last active admin cannot be disabled');
      }
      await users.update(user.id, { disabled });
      if (disabled) sessions.endForUser(user.id);
      audit('user.updated', user, ['disabled']);
      console.log(`${user.username} ${disabled ? 'disabled' : 'enabled'}`);
      break;
    }
    case 'list': {
      for (const u of users.list()) {
        console.log(
          [u.username, u.role, u.name, u.personId ?? '-', u.disabled ? 'disabled' : 'active'].join('\t'),
        );
      }
      break;
    }
    default:
      fail(usage);
  }
} finally {
  db.close();
}
