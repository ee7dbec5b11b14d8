import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyChunk } from './lazy-chunk';

const Ready = () => 'ready';
const rendered = (component: ComponentType) =>
  renderToString(createElement(Suspense, { fallback: 'waiting' }, createElement(component)));

describe('lazyChunk', () => {
  it('renders a chunk already loaded at once, without its fallback', async () => {
    const chunk = lazyChunk(() => Promise.resolve(Ready));
    await chunk.load();
    const html = rendered(chunk.Component);
    expect(html).toContain('ready');
    expect(html).not.toContain('waiting');
  });

  it('shows the fallback while the chunk loads', () => {
    const chunk = lazyChunk(() => new Promise<typeof Ready>(() => undefined));
    expect(rendered(chunk.Component)).toContain('waiting');
  });

  it('loads once, and again after a failure', async () => {
    let calls = 0;
    const chunk = lazyChunk(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Ready),
    );
    await expect(chunk.load()).rejects.toThrow('offline');
    const [a, b] = [chunk.load(), chunk.load()];
    expect(a).toBe(b);
    expect(await a).toBe(Ready);
    expect(calls).toBe(2);
  });
});
