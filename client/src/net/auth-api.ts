// Signing in and out, and asking who this screen is (GET /auth/me), over the API helper.
import type { UserRole } from '../../../core/domain/model';
import { USER_ROLES } from '../../../core/domain/model';
import { AUTH_PATHS, type MeResponse } from '../../../core/protocol/auth';
import { apiFetch, apiJson, ApiError } from './api-fetch';

type SessionAnswer = MeResponse;

const isRole = (value: unknown): value is UserRole => USER_ROLES.includes(value as UserRole);

/** Checks the answer of /auth/login and /auth/me before the app trusts it. */
export function parseSessionAnswer(value: unknown): SessionAnswer {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const user = (typeof body.user === 'object' && body.user !== null ? body.user : {}) as Record<
    string,
    unknown
  >;
  const csrf = body.csrfToken;
  if (
    typeof user.id !== 'string' ||
    typeof user.username !== 'string' ||
    typeof user.name !== 'string' ||
    !isRole(user.role) ||
    (csrf !== null && typeof csrf !== 'string')
  )
    throw new ApiError(502, 'bad-answer', 'the server answered with an unexpected session shape');
  return {
    user: {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      ...(typeof user.personId === 'string' ? { personId: user.personId } : {}),
    },
    csrfToken: csrf,
  };
}

export async function fetchSession(signal?: AbortSignal): Promise<SessionAnswer> {
  return parseSessionAnswer(await apiJson(AUTH_PATHS.me, { quiet401: true, ...(signal ? { signal } : {}) }));
}

export async function login(username: string, password: string): Promise<SessionAnswer> {
  return parseSessionAnswer(
    await apiJson(AUTH_PATHS.login, { method: 'POST', json: { username, password }, quiet401: true }),
  );
}

export async function logout(): Promise<void> {
  await apiFetch(AUTH_PATHS.logout, { method: 'POST', quiet401: true });
}

export async function changePassword(current: string, next: string): Promise<void> {
  await apiFetch(AUTH_PATHS.password, { method: 'POST', json: { current, next } });
}
