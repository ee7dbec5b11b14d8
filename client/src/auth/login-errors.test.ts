import { describe, expect, it } from 'vitest';
import { ApiError } from '../net/api-fetch';
import { describeLoginFailure } from './login-errors';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

describe('describeLoginFailure', () => {
  it('tells a wrong password from a lock with its end and from an unreachable server', () => {
    expect(describeLoginFailure(new ApiError(401, 'invalid-credentials', 'wrong'), NOW)).toEqual({
      kind: 'invalidCredentials',
    });
    expect(describeLoginFailure(new ApiError(429, 'locked', 'later', undefined, 300), NOW)).toEqual({
      kind: 'locked',
      untilMs: NOW + 300_000,
    });
    expect(describeLoginFailure(new ApiError(0, 'unreachable', 'no server'), NOW)).toEqual({
      kind: 'unreachable',
    });
  });

  it('asks for both fields on a 400 and passes any other reason on', () => {
    expect(describeLoginFailure(new ApiError(400, 'bad-request', 'username', 'username'), NOW)).toEqual({
      kind: 'missing',
    });
    expect(describeLoginFailure(new ApiError(503, 'store-unavailable', 'the log is down'), NOW)).toEqual({
      kind: 'failed',
      reason: 'the log is down',
    });
  });
});
