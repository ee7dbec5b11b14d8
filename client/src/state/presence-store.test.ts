import { describe, expect, it } from 'vitest';
import { othersOn } from '../modes/dispatch/use-presence';
import { parsePresence } from './presence-store';

describe('presence', () => {
  it('accepts the server’s map of who works which case, and nothing else', () => {
    expect(parsePresence({ A: [{ userId: 'u1', name: '王敏' }], B: [] })).toEqual({
      A: [{ userId: 'u1', name: '王敏' }],
      B: [],
    });
    expect(parsePresence(null)).toBeNull();
    expect(parsePresence([])).toBeNull();
    expect(parsePresence({ A: [{ userId: 1, name: 'x' }] })).toBeNull();
    expect(parsePresence({ A: 'u1' })).toBeNull();
  });

  it('shows the others, not me', () => {
    const list = [
      { userId: 'me', name: '李娜' },
      { userId: 'u2', name: '王敏' },
    ];
    expect(othersOn(list, 'me')).toEqual([{ userId: 'u2', name: '王敏' }]);
    expect(othersOn([{ userId: 'me', name: '李娜' }], 'me')).toEqual([]);
    expect(othersOn(undefined, 'me')).toEqual([]);
  });
});
