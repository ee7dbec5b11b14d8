import { describe, expect, it } from 'vitest';
import { isLoginPath, modeForPath } from './routes';

describe('modeForPath', () => {
  it('shows the overview at the root and for unknown paths', () => {
    expect(modeForPath('/')).toBe('overview');
    expect(modeForPath('/overview/')).toBe('overview');
    expect(modeForPath('/no/such/page')).toBe('overview');
  });

  it('shows the wall at /wall', () => {
    expect(modeForPath('/wall')).toBe('wall');
    expect(modeForPath('/wall/')).toBe('wall');
  });

  it('shows the briefing at /brief, the admin screen at /admin, the field page at /field', () => {
    expect(modeForPath('/brief')).toBe('brief');
    expect(modeForPath('/admin/')).toBe('admin');
    expect(modeForPath('/field')).toBe('field');
    expect(modeForPath('/dispatch')).toBe('dispatch');
  });

  it('knows the login page with or without a trailing slash', () => {
    expect(isLoginPath('/login')).toBe(true);
    expect(isLoginPath('/login/')).toBe(true);
    expect(isLoginPath('/loginx')).toBe(false);
  });
});
