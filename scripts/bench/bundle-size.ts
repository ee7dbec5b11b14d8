// JavaScript the overview needs before its first basemap frame, as the build's manifest says: the
// entry chunk and the chunks the overview route loads before the basemap draws (OverviewMode →
// LiveMap/MapView → create-basemap with all their static imports, and maplibre's worker; deck.gl
// loads after that frame), read from .vite/manifest.json; summed as built, gzip and brotli (the
// .gz/.br the server sends). Each chunk's bytes are split between app code and libraries with its
// source map, and each part compressed on its own. Needs `npm run build:client` first. The
// browser benchmark (browser.ts) counts the same from what the page really fetched.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BenchResult } from './measure';

const DIST = 'dist/client';
/** What the overview route loads before its first basemap frame (modes/routes.ts, map-engines.ts). */
const FIRST_FRAME = [
  'index.html',
  'src/modes/overview/OverviewMode.tsx',
  'src/map/MapView.tsx',
  'src/map/create-basemap.ts',
  'maplibre-gl/dist/maplibre-gl-worker.mjs',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const brotli = (b: Buffer) =>
  zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizesOf = (b: Buffer): Sizes => ({
  raw: b.length,
  gzip: zlib.gzipSync(b, { level: 9 }).length,
  brotli: brotli(b),
});
const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function firstFrameFiles(dist = DIST): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  // Keys of files outside client/ are relative paths that depend on where node_modules lies.
  const keyFor = (name: string) =>
    name in manifest ? name : Object.keys(manifest).find((key) => key.endsWith(`/node_modules/${name}`));
  const visit = (name: string) => {
    const key = keyFor(name) ?? name;
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`${key} is not in the build's manifest: has the client changed its lazy chunks?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of FIRST_FRAME) visit(key);
  return [...files].filter((f) => /\.m?js$/.test(f));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Splits a chunk's text into app code and library code (node_modules) by its source map. */
function splitBySource(
  code: string,
  map: { sources: string[]; mappings: string },
): { app: string; lib: string } {
  const isLib = map.sources.map((s) => s.includes('node_modules'));
  const lines = code.split('\n');
  const app: string[] = [];
  const lib: string[] = [];
  const state = [0, 0, 0, 0, 0]; // genCol, source, srcLine, srcCol, name (all but genCol carry over lines)
  // Unmapped text (long strings such as shaders, bundler glue) belongs to the source before it, or
  // at the start of the chunk to the first source after it.
  let last = -1;
  const pending: string[] = [];
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    state[0] = 0;
    const segments: { col: number; source: number }[] = [];
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      fields.forEach((delta, i) => (state[i]! += delta));
      segments.push({ col: state[0]!, source: fields.length > 1 ? state[1]! : -1 }); // -1: unmapped
    }
    let from = 0;
    for (const segment of [...segments, { col: line.length, source: -1 }]) {
      const text = line.slice(from, segment.col);
      if (last < 0) pending.push(text);
      else (isLib[last] ? lib : app).push(text);
      from = segment.col;
      if (segment.source >= 0) {
        if (last < 0) (isLib[segment.source] ? lib : app).push(...pending.splice(0));
        last = segment.source;
      }
    }
    app.push('\n');
  });
  return { app: app.join('') + pending.join(''), lib: lib.join('') };
}

export function hasBuild(dist = DIST): boolean {
  return fs.existsSync(path.join(dist, '.vite/manifest.json'));
}

export interface FileSizes {
  served: Sizes;
  app: Sizes;
  lib: Sizes;
}

/** Sizes of built files (paths relative to dist): as built, as served, and split by source. */
export function measureFiles(files: readonly string[], dist = DIST): FileSizes {
  let served = ZERO;
  let app = ZERO;
  let lib = ZERO;
  for (const file of files) {
    const full = path.join(dist, file);
    const bytes = fs.readFileSync(full);
    const read = (suffix: string, fallback: () => number) =>
      fs.existsSync(full + suffix) ? fs.statSync(full + suffix).size : fallback();
    served = add(served, {
      raw: bytes.length,
      gzip: read('.gz', () => zlib.gzipSync(bytes, { level: 9 }).length),
      brotli: read('.br', () => brotli(bytes)),
    });
    const mapFile = `${full}.map`;
    const parts = fs.existsSync(mapFile)
      ? splitBySource(bytes.toString('utf8'), JSON.parse(fs.readFileSync(mapFile, 'utf8')))
      : file.includes('maplibre-gl-worker') // maplibre's prebuilt worker carries no source map
        ? { app: '', lib: bytes.toString('utf8') }
        : { app: bytes.toString('utf8'), lib: '' };
    app = add(app, sizesOf(Buffer.from(parts.app)));
    lib = add(lib, sizesOf(Buffer.from(parts.lib)));
  }
  return { served, app, lib };
}

export function benchBundleSize(dist = DIST): BenchResult[] {
  const files = firstFrameFiles(dist);
  return sizeRows(
    `first-frame JS (manifest), ${files.length} files`,
    files.length,
    measureFiles(files, dist),
  );
}

export function sizeRows(title: string, operations: number, { served, app, lib }: FileSizes): BenchResult[] {
  const row = (name: string, s: Sizes, budget: number): BenchResult => ({
    name: `${name}: ${kb(s.raw)} as built, ${kb(s.gzip)} gzip`,
    operations,
    ms: s.brotli / 1024, // the table's time column carries KB (brotli) here
    perSecond: 0, // not a rate
    budget: `≤ ${budget} KB brotli: ${kb(s.brotli)}`,
    ok: s.brotli <= budget * 1024,
  });
  return [
    row(`${title}, served as brotli (as built / gzip: the naive ways)`, served, 550),
    row('of which app code (client/, core/, bundler glue)', app, 80),
    {
      ...row('of which libraries (maplibre and its worker, React, socket.io, i18next, …)', lib, 470),
      budget: `no budget (the issue estimates ≈ 470 KB): ${kb(lib.brotli)} brotli`,
      ok: true,
    },
  ];
}
