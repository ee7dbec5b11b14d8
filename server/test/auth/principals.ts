// Everyone the access tests act as: nobody, a session of each role, a display token and feed keys.
// Made straight in the accounts database (fixtures), so that no sign-in event moves the seq.
import { USER_ROLES, type UserRole } from '../../../core/domain/model';
import { FEED_KEY, openSession, type Auth, type TestServer } from '../helpers';

export type PrincipalName = UserRole | 'none' | 'display' | 'feed-all' | 'feed-camera';

export interface TestPrincipal {
  name: PrincipalName;
  /** The role it acts with (a display token is a viewer); null: no user. */
  role: UserRole | null;
  auth: Auth | null;
  /** A feed key, for the feed routes. */
  feedKey?: string;
  /** Makes another session of the same user (for requests that end theirs). */
  fresh?: () => Auth;
}

export async function makePrincipals(server: TestServer): Promise<TestPrincipal[]> {
  const { accounts } = server.app;
  const list: TestPrincipal[] = [{ name: 'none', role: null, auth: null }];
  for (const role of USER_ROLES) {
    const username = `m-${role}`;
    if (!accounts.users.byUsername(username)) {
      await accounts.users.create({
        username,
        name: `${role} 用户`,
        role,
        password: `password-of-${username}`,
        ...(role === 'grid-worker' || role === 'responder' ? { personId: `P-${role}` } : {}),
      });
    }
    const fresh = () => openSession(server.app, username);
    list.push({ name: role, role, auth: fresh(), fresh });
  }
  const token = accounts.displayTokens.create('matrix wall', 'test').secret;
  list.push({ name: 'display', role: 'viewer', auth: { token } });
  list.push({ name: 'feed-all', role: null, auth: null, feedKey: FEED_KEY });
  const camera = accounts.feedKeys.create(`matrix-camera-${Date.now()}`, 'camera').secret;
  list.push({ name: 'feed-camera', role: null, auth: null, feedKey: camera });
  return list;
}
