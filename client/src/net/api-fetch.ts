// The one way the client calls the HTTP API: same-origin cookies, the display token as a bearer
// header when this screen has one, the CSRF token on every state-changing request, and errors
// turned into ApiError (status, code, reason, field) from the server's JSON error shape.
import { CSRF_HEADER } from '../../../core/protocol/auth';
import { useSessionStore } from '../auth/session-store';
import { readViewerToken } from './viewer-token';

export class ApiError extends Error {
  constructor(
    /** 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    readonly field?: string,
    /** For 429: seconds until another try may succeed. */
    readonly retryAfterSec?: number,
  ) {
    super(reason);
    this.name = 'ApiError';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Dispatched on window, with the server's reason, when the socket hears `session-ended`. */
export const SESSION_ENDED_EVENT = 'caohu:session-ended';

export interface ApiRequest extends Omit<RequestInit, 'body'> {
  /** Sent as JSON. */
  json?: unknown;
  /** Do not treat a 401 as the end of the session (the login and session calls themselves). */
  quiet401?: boolean;
}

export async function apiFetch(url: string, request: ApiRequest = {}): Promise<Response> {
  const { json, quiet401, ...init } = request;
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  const token = readViewerToken();
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  const csrf = useSessionStore.getState().csrfToken;
  if (!SAFE_METHODS.has(method) && csrf) headers.set(CSRF_HEADER, csrf);
  if (json !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      method,
      headers,
      credentials: 'same-origin',
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch (error) {
    if ((error as { name?: string })?.name === 'AbortError') throw error;
    throw new ApiError(0, 'unreachable', 'the server could not be reached');
  }
  if (response.ok) return response;
  const apiError = await readApiError(response);
  if (response.status === 401 && !quiet401) useSessionStore.getState().end();
  throw apiError;
}

/** GET (or another method) and parse the JSON answer; 204 answers null. */
export async function apiJson<T>(url: string, request: ApiRequest = {}): Promise<T> {
  const response = await apiFetch(url, request);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

async function readApiError(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not our JSON: a proxy's page or an empty body.
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
  const header = Number(response.headers.get('retry-after'));
  const retry = typeof body.retryAfterSec === 'number' ? body.retryAfterSec : header > 0 ? header : undefined;
  // A gateway that cannot reach the server answers 502–504 without our JSON.
  const unreachable = response.status >= 502 && response.status <= 504 && !text('error');
  return new ApiError(
    unreachable ? 0 : response.status,
    unreachable ? 'unreachable' : (text('error') ?? `http-${response.status}`),
    text('reason') ?? response.statusText,
    text('field'),
    retry,
  );
}
