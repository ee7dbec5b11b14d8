import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  patchPlacement,
  STALE_AFTER_NEW_BUCKETS,
  STALE_AFTER_NEW_BUCKETS_IF_PARTIAL,
} from './maplibre-placement';

describe('patchPlacement', () => {
  it('changes the installed MapLibre in its one place', () => {
    const code = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8');
    const patched = patchPlacement(code);
    expect(patched.split(STALE_AFTER_NEW_BUCKETS_IF_PARTIAL)).toHaveLength(2);
    expect(patched.includes(STALE_AFTER_NEW_BUCKETS)).toBe(false);
    expect(patched.length).toBe(code.length + '!i&&'.length);
  });

  it('stops the build when MapLibre is not as expected', () => {
    expect(() => patchPlacement('export const x = 1;')).toThrow(/not as expected/);
    const twice = `_updatePlacement(e,t,n,r,i=!1){${STALE_AFTER_NEW_BUCKETS};${STALE_AFTER_NEW_BUCKETS}}`;
    expect(() => patchPlacement(twice)).toThrow(/not as expected/);
  });
});
