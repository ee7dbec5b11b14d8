// Case actions and photos over HTTP (POST /api/v1/cases/actions, POST /api/v1/photos). The
// actor is the signed-in user (the session cookie); state-changing requests carry the CSRF token.
import type { CaseActionRequest, CaseActionResponse } from '../../../core/protocol/case-actions';
import { PHOTOS_PATH } from '../../../core/protocol/photos';
import { useSessionStore } from '../auth/session-store';

/** As core/protocol/case-actions.ts says; not imported from there, which would bundle its schemas. */
export const CASE_ACTIONS_PATH = '/api/v1/cases/actions';

/** A request, with the optimistic check (`ifUpdatedAt`: the case's updatedAt as the user saw it). */
export type DeskActionRequest = CaseActionRequest;

export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    readonly field?: string,
  ) {
    super(reason);
    this.name = 'RequestError';
  }
}

function csrfHeaders(): Record<string, string> {
  const token = useSessionStore.getState().csrfToken;
  return token ? { 'x-csrf-token': token } : {};
}

function isActionResponse(body: unknown): body is CaseActionResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as CaseActionResponse).results);
}

function errorOf(status: number, body: unknown): RequestError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof b[key] === 'string' ? (b[key] as string) : undefined);
  return new RequestError(
    status,
    text('error') ?? `http-${status}`,
    text('reason') ?? `HTTP ${status}`,
    text('field'),
  );
}

/**
 * Sends one action or a batch. A single refused action answers 4xx with the per-item result, a
 * batch 200 with per-item results: both come back as the response. Errors of the request itself
 * (signed out, wrong role, unreachable) throw RequestError.
 */
export async function postCaseActions(requests: readonly DeskActionRequest[]): Promise<CaseActionResponse> {
  let response: Response;
  try {
    response = await fetch(CASE_ACTIONS_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...csrfHeaders() },
      body: JSON.stringify(requests.length === 1 ? requests[0] : requests),
    });
  } catch {
    throw new RequestError(0, 'unreachable', 'the server could not be reached');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: handled below
  }
  if (isActionResponse(body)) return body;
  if (response.status === 401) useSessionStore.getState().end();
  throw errorOf(response.status, body);
}

/** Uploads one photo (already resized); reports progress 0..1; answers its ref. */
export function uploadPhoto(
  blob: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', PHOTOS_PATH);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', blob.type);
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      const ref = (body as { ref?: unknown } | null)?.ref;
      if (xhr.status === 201 && typeof ref === 'string') {
        onProgress(1);
        resolve(ref);
      } else reject(errorOf(xhr.status, body));
    };
    xhr.onerror = () => reject(new RequestError(0, 'unreachable', 'the server could not be reached'));
    xhr.onabort = () => reject(new RequestError(0, 'aborted', 'upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(blob);
  });
}

export function photoUrl(ref: string): string {
  return `${PHOTOS_PATH}/${encodeURIComponent(ref)}`;
}
