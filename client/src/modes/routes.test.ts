import { describe, expect, it } from 'vitest';
import { modeForPath } from './routes';

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

  it('shows the briefing at /brief', () => {
    expect(modeForPath('/brief')).toBe('brief');
  });
});
