import { describe, expect, it } from 'vitest';
import { preloadPage, type PageLoaders } from './preload';

function recording() {
  const asked: string[] = [];
  const loaders: PageLoaders = {
    mode: (mode) => (asked.push(`mode:${mode}`), Promise.resolve()),
    basemap: () => (asked.push('basemap'), Promise.resolve()),
    mapView: () => (asked.push('mapView'), Promise.reject(new Error('offline'))),
  };
  return { asked, loaders };
}

describe('preloadPage', () => {
  it('starts the mode and MapLibre for a page on the live map', () => {
    for (const [path, mode] of [
      ['/', 'overview'],
      ['/wall/', 'wall'],
      ['/dispatch', 'dispatch'],
    ]) {
      const { asked, loaders } = recording();
      preloadPage(path!, loaders);
      expect(asked).toEqual([`mode:${mode}`, 'basemap', 'mapView']);
    }
  });

  it('starts only the mode for a page without the live map, and nothing for the login page', () => {
    const admin = recording();
    preloadPage('/admin', admin.loaders);
    expect(admin.asked).toEqual(['mode:admin']);
    const login = recording();
    preloadPage('/login', login.loaders);
    expect(login.asked).toEqual([]);
  });
});
