// The admin API over the one fetch helper (session cookie + CSRF token).
import type { UserRole } from '../../../../core/domain/model';
import { ADMIN_PATHS } from '../../../../core/protocol/auth';
import { ApiError, apiJson } from '../../net/api-fetch';
import type {
  AuditPage,
  DisplayTokenCreated,
  DisplayTokenView,
  FeedKeyCreated,
  FeedKeySource,
  FeedKeyView,
  UserView,
} from './admin-types';

const id = (value: string) => encodeURIComponent(value);

/** A list answer `{ [key]: T[] }`; anything else is a broken answer, not an empty list. */
function listOf<T>(body: unknown, key: string): T[] {
  const inner = (body as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(inner)) throw new ApiError(502, 'bad-answer', `the server's answer has no ${key} list`);
  return inner as T[];
}

export async function listUsers(): Promise<UserView[]> {
  return listOf<UserView>(await apiJson(ADMIN_PATHS.users), 'users');
}

export interface NewUser {
  username: string;
  name: string;
  role: UserRole;
  personId?: string;
  password: string;
}

export function createUser(user: NewUser): Promise<unknown> {
  return apiJson(ADMIN_PATHS.users, { method: 'POST', json: user });
}

export interface UserChange {
  name?: string;
  role?: UserRole;
  personId?: string | null;
  disabled?: boolean;
  password?: string;
}

export function updateUser(userId: string, change: UserChange): Promise<unknown> {
  return apiJson(`${ADMIN_PATHS.users}/${id(userId)}`, { method: 'PATCH', json: change });
}

export async function listDisplayTokens(): Promise<DisplayTokenView[]> {
  return listOf<DisplayTokenView>(await apiJson(ADMIN_PATHS.displayTokens), 'tokens');
}

export function createDisplayToken(label: string): Promise<DisplayTokenCreated> {
  return apiJson(ADMIN_PATHS.displayTokens, { method: 'POST', json: { label } });
}

export function revokeDisplayToken(tokenId: string): Promise<unknown> {
  return apiJson(`${ADMIN_PATHS.displayTokens}/${id(tokenId)}`, { method: 'DELETE' });
}

export async function listFeedKeys(): Promise<FeedKeyView[]> {
  return listOf<FeedKeyView>(await apiJson(ADMIN_PATHS.feedKeys), 'keys');
}

export function createFeedKey(name: string, source: FeedKeySource): Promise<FeedKeyCreated> {
  return apiJson(ADMIN_PATHS.feedKeys, { method: 'POST', json: { name, source } });
}

export function rotateFeedKey(keyId: string): Promise<FeedKeyCreated> {
  return apiJson(`${ADMIN_PATHS.feedKeys}/${id(keyId)}/rotate`, { method: 'POST' });
}

export function revokeFeedKey(keyId: string): Promise<unknown> {
  return apiJson(`${ADMIN_PATHS.feedKeys}/${id(keyId)}`, { method: 'DELETE' });
}

export function fetchAuditPage(query: {
  from?: string;
  to?: string;
  type?: string;
  cursor?: string;
}): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return apiJson(`${ADMIN_PATHS.audit}?${params.toString()}`);
}

/** The address a wall screen opens to sign in with a display token. */
export function wallUrlFor(secret: string): string {
  return `${location.origin}/wall?token=${encodeURIComponent(secret)}`;
}
