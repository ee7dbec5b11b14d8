import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../src/config';
import { loadOrCreateFeedKey } from '../src/http/feed-keys';
import { tempDir } from './helpers';

describe('createConfig', () => {
  it('has defaults', () => {
    const c = createConfig({});
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', tickMs: 50, logLevel: 'info', feedKeys: [] });
    expect(c.simulator).toEqual({ enabled: true, speed: 1, backfillHours: 12, seed: null });
    expect(c.dataDir).toBe(path.resolve('var'));
  });

  it('parses values and feed keys in both forms', () => {
    const c = createConfig({
      PORT: '0',
      SIMULATOR: 'off',
      SIMULATOR_SPEED: '2.5',
      FEED_KEYS: 'camera:abcdefghijklmnop1, bareKeyWithEnoughChars ,cam1@camera:abcdefghijklmnop2',
      TICK_MS: '',
    });
    expect(c.port).toBe(0);
    expect(c.simulator.enabled).toBe(false);
    expect(c.simulator.speed).toBe(2.5);
    expect(c.tickMs).toBe(50); // empty is the default
    expect(c.feedKeys).toEqual([
      { name: 'camera', key: 'abcdefghijklmnop1', source: '*' },
      { name: 'key2', key: 'bareKeyWithEnoughChars', source: '*' },
      { name: 'cam1', key: 'abcdefghijklmnop2', source: 'camera' },
    ]);
    expect(() => createConfig({ FEED_KEYS: 'x@fax:abcdefghijklmnop1' })).toThrow(/unknown source fax/);
    expect(() => createConfig({ ADMIN_USERNAME: 'admin' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      createConfig({ PORT: 'eighty', SIMULATOR: 'maybe', FEED_KEYS: 'short', SIMULATOR_SPEED: '-1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'SIMULATOR', 'FEED_KEYS', 'SIMULATOR_SPEED']) expect(message).toContain(name);
    expect(message).toContain('at least 16 characters');
  });

  it('takes an external basemap only as an http(s) tile template', () => {
    expect(createConfig({}).basemap).toBeNull();
    expect(() => createConfig({ BASEMAP_TILES: 'http://t.example/tiles.png' })).toThrow(/BASEMAP_TILES/);
    expect(() => createConfig({ BASEMAP_TILES: 'file:///tiles/{z}/{x}/{y}.png' })).toThrow(/BASEMAP_TILES/);
    expect(createConfig({ BASEMAP_TILES: 'https://t.example/{z}/{x}/{y}.png' }).basemap).toEqual({
      tiles: 'https://t.example/{z}/{x}/{y}.png',
      attribution: '',
    });
  });
});

describe('the generated feed key', () => {
  it('is created once with mode 0600 and read back afterwards', () => {
    const dir = tempDir();
    const first = loadOrCreateFeedKey(dir);
    expect(first.created).toBe(true);
    expect(first.feedKey.key.length).toBeGreaterThanOrEqual(16);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateFeedKey(dir);
    expect(second).toMatchObject({ created: false, feedKey: first.feedKey });
  });
});
