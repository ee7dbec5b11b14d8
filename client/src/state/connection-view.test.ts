import { describe, expect, it } from 'vitest';
import { STALE_AFTER_MS, viewConnection } from './connection-view';

const base = { link: 'connected' as const, linkSince: 0, heardAt: 1_000, hasData: true };

describe('viewConnection', () => {
  it('is live while connected and heard within the limit', () => {
    const view = viewConnection(base, 1_000 + STALE_AFTER_MS);
    expect(view).toMatchObject({ kind: 'live', stale: false, dataAgeMs: STALE_AFTER_MS });
  });

  it('is stale when connected but silent for longer than the limit', () => {
    expect(viewConnection(base, 1_000 + STALE_AFTER_MS + 1)).toMatchObject({ kind: 'live', stale: true });
  });

  it('is stale as soon as the link drops, with how long it is down', () => {
    const view = viewConnection({ ...base, link: 'reconnecting', linkSince: 5_000 }, 8_000);
    expect(view).toMatchObject({ kind: 'reconnecting', stale: true, forMs: 3_000 });
    expect(viewConnection({ ...base, link: 'offline' }, 2_000).stale).toBe(true);
  });

  it('is connecting, not live, until the first snapshot', () => {
    const first = { ...base, heardAt: null, hasData: false };
    expect(viewConnection(first, 2_000)).toMatchObject({ kind: 'connecting', stale: false, dataAgeMs: null });
    expect(viewConnection({ ...first, link: 'connecting' }, STALE_AFTER_MS + 1).stale).toBe(true);
  });
});
