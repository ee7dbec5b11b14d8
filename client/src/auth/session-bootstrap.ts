// On start: who is this screen? A display token (from ?token= or remembered) or the session
// cookie, asked of GET /auth/me. Until the server answers the app shows nothing but a notice;
// when it cannot be reached it asks again every few seconds (a wall must come back by itself).
import { ApiError } from '../net/api-fetch';
import { fetchSession } from '../net/auth-api';
import { hideViewerTokenFromAddress, readViewerToken } from '../net/viewer-token';
import { useSessionStore } from './session-store';

const RETRY_MS = 3_000;

export function startSession(): () => void {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const token = readViewerToken();
  hideViewerTokenFromAddress();
  const store = () => useSessionStore.getState();
  const attempt = () => {
    fetchSession(controller.signal)
      .then(({ user, csrfToken }) => store().signIn(user, csrfToken, token ? 'token' : 'session'))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) {
          if (token) useSessionStore.setState({ status: 'token-invalid', via: 'token' });
          else store().signOut();
          return;
        }
        store().setUnreachable();
        timer = setTimeout(attempt, RETRY_MS);
      });
  };
  attempt();
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}
