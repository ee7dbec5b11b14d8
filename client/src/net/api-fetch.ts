// Every request of the client to its own server goes through here. A signed-in browser's session
// cookie goes along by itself (same origin); a wall screen opened with a display token sends it as
// `Authorization: Bearer`.
import { readViewerToken } from './viewer-token';

export function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const token = readViewerToken();
  if (!token) return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return fetch(url, { ...init, headers });
}

/** Dispatched on window when the server ends this screen's session (the login page listens). */
export const SESSION_ENDED_EVENT = 'caohu:session-ended';
