// What went wrong with a sign-in, as the login page tells it: a wrong name or password, locked
// until a moment (the server's retryAfterSec), the server out of reach, or the server's reason.
import { ApiError } from '../net/api-fetch';

export type LoginError =
  | { kind: 'missing' | 'invalidCredentials' | 'unreachable' }
  | { kind: 'locked'; untilMs: number }
  | { kind: 'failed'; reason: string };

/** A lock without a stated length is shown as a minute. */
const DEFAULT_LOCK_SEC = 60;

export function describeLoginFailure(error: unknown, nowMs: number): LoginError {
  if (!(error instanceof ApiError)) return { kind: 'failed', reason: String(error) };
  if (error.status === 0) return { kind: 'unreachable' };
  if (error.code === 'invalid-credentials') return { kind: 'invalidCredentials' };
  if (error.code === 'locked' || error.status === 429)
    return { kind: 'locked', untilMs: nowMs + (error.retryAfterSec ?? DEFAULT_LOCK_SEC) * 1000 };
  if (error.status === 400) return { kind: 'missing' };
  return { kind: 'failed', reason: error.reason || error.code };
}
