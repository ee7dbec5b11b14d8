// Which pages each role may open (core/protocol/access.ts, the table the server also uses), and where a request for a page ends
// up: the page, the login page (remembering where the user wanted to go) or "no access".
import { USER_ROLES, type UserRole } from '../../../core/domain/model';
import { PAGES_BY_ROLE as PATHS_BY_ROLE } from '../../../core/protocol/access';
import { LOGIN_PATH, MODE_PATHS, modeForPath, normalisePath, type ModeId } from '../modes/routes';

/** core's table of pages (paths) by role, as the client's modes. */
export const PAGES_BY_ROLE = {} as Record<UserRole, readonly ModeId[]>;
for (const role of USER_ROLES) PAGES_BY_ROLE[role] = PATHS_BY_ROLE[role].map((path) => modeForPath(path));

export function canOpen(role: UserRole, mode: ModeId): boolean {
  return PAGES_BY_ROLE[role].includes(mode);
}

/** The page a role lands on after signing in or when it asks for one it may not open. */
export function homeFor(role: UserRole): ModeId {
  return PAGES_BY_ROLE[role][0] ?? 'overview';
}

/**
 * The path a login may return to: only a path of this site (no other host, no scheme, no
 * protocol-relative `//host`, no backslash tricks), and never the login page itself.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, 'http://caohu.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://caohu.invalid' || normalisePath(url.pathname) === LOGIN_PATH) return null;
  const search = new URLSearchParams(url.search);
  search.delete('token'); // a display token never travels through the login page
  const query = search.toString();
  return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/** The login page's address for someone who wanted `path` (with its query). */
export function loginPathFor(pathAndQuery: string): string {
  const back = safeReturnPath(pathAndQuery);
  return back && back !== '/' ? `${LOGIN_PATH}?next=${encodeURIComponent(back)}` : LOGIN_PATH;
}

/** Where a user goes after signing in: where they wanted, if their role may open it; else home. */
export function landingAfterLogin(role: UserRole, next: string | null): string {
  const back = safeReturnPath(next);
  if (back && canOpen(role, modeForPath(new URL(back, 'http://caohu.invalid').pathname))) return back;
  return MODE_PATHS[homeFor(role)];
}

export type PageDecision =
  | { kind: 'login'; loginPath: string }
  | { kind: 'redirect'; path: string }
  | { kind: 'mode'; mode: ModeId }
  | { kind: 'forbidden'; mode: ModeId; home: ModeId };

/**
 * What to show at `pathname` (+ `search`) for a signed-in role, or for nobody (null). Field roles
 * asking for the overview (the root) go straight to /field instead of a refusal.
 */
export function decidePage(pathname: string, search: string, role: UserRole | null): PageDecision {
  const path = normalisePath(pathname);
  if (role === null)
    return {
      kind: 'login',
      loginPath: path === LOGIN_PATH ? `${path}${search}` : loginPathFor(`${path}${search}`),
    };
  if (path === LOGIN_PATH)
    return { kind: 'redirect', path: landingAfterLogin(role, new URLSearchParams(search).get('next')) };
  const mode = modeForPath(path);
  if (canOpen(role, mode)) return { kind: 'mode', mode };
  const home = homeFor(role);
  if (mode === 'overview' && (path === '/' || path === '/overview'))
    return { kind: 'redirect', path: MODE_PATHS[home] };
  return { kind: 'forbidden', mode, home };
}
