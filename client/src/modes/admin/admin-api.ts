// The admin API over the one fetch helper (session cookie + CSRF token).
import type { UserRole } from '../../../../core/domain/model';
import { apiJson } from '../../net/api-fetch';
import type { AuditPage, DisplayTokenView, FeedKeySource, FeedKeyView, UserView } from './admin-types';

const ADMIN = '/api/v1/admin';
const id = (value: string) => encodeURIComponent(value);

/** Lists may come bare or wrapped in an object under their name. */
function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  const inner = (body as Record<string, unknown> | null)?.[key];
  return Array.isArray(inner) ? (inner as T[]) : [];
}

export async function listUsers(): Promise<UserView[]> {
  return listOf<UserView>(await apiJson(`${ADMIN}/users`), 'users');
}

export interface NewUser {
  username: string;
  name: string;
  role: UserRole;
  personId?: string;
  password: string;
}

export function createUser(user: NewUser): Promise<unknown> {
  return apiJson(`${ADMIN}/users`, { method: 'POST', json: user });
}

export interface UserChange {
  name?: string;
  role?: UserRole;
  personId?: string | null;
  disabled?: boolean;
  password?: string;
}

export function updateUser(userId: string, change: UserChange): Promise<unknown> {
  return apiJson(`${ADMIN}/users/${id(userId)}`, { method: 'PATCH', json: change });
}

export async function listDisplayTokens(): Promise<DisplayTokenView[]> {
  return listOf<DisplayTokenView>(await apiJson(`${ADMIN}/display-tokens`), 'tokens');
}

export function createDisplayToken(label: string): Promise<{ token: DisplayTokenView; secret: string }> {
  return apiJson(`${ADMIN}/display-tokens`, { method: 'POST', json: { label } });
}

export function revokeDisplayToken(tokenId: string): Promise<unknown> {
  return apiJson(`${ADMIN}/display-tokens/${id(tokenId)}`, { method: 'DELETE' });
}

export async function listFeedKeys(): Promise<FeedKeyView[]> {
  return listOf<FeedKeyView>(await apiJson(`${ADMIN}/feed-keys`), 'keys');
}

export function createFeedKey(
  name: string,
  source: FeedKeySource,
): Promise<{ key: FeedKeyView; secret: string }> {
  return apiJson(`${ADMIN}/feed-keys`, { method: 'POST', json: { name, source } });
}

export function rotateFeedKey(keyId: string): Promise<{ key: FeedKeyView; secret: string }> {
  return apiJson(`${ADMIN}/feed-keys/${id(keyId)}/rotate`, { method: 'POST' });
}

export function revokeFeedKey(keyId: string): Promise<unknown> {
  return apiJson(`${ADMIN}/feed-keys/${id(keyId)}`, { method: 'DELETE' });
}

export function fetchAuditPage(query: {
  from?: string;
  to?: string;
  type?: string;
  cursor?: string;
}): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return apiJson(`${ADMIN}/audit?${params.toString()}`);
}

/** The address a wall screen opens to sign in with a display token. */
export function wallUrlFor(secret: string): string {
  return `${location.origin}/wall?token=${encodeURIComponent(secret)}`;
}
