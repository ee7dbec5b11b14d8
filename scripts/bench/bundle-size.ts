// JavaScript transferred before the first frame of the overview: the entry chunk and the chunks the
// overview route loads before the map draws (OverviewMode → MapView → create-basemap and
// deck-overlay, with all their static imports, and maplibre's worker), read from the build's
// .vite/manifest.json; summed as built, gzip and brotli (the .gz/.br the server sends). Each chunk's
// bytes are split between app code and libraries with its source map, and each part compressed on
// its own. Needs `npm run build:client` first.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BenchResult } from './measure';

const DIST = 'dist/client';
/** What the overview route loads before its map draws (client/src/modes/routes.ts, map-engines.ts). */
const FIRST_FRAME = [
  'index.html',
  'src/modes/overview/OverviewMode.tsx',
  'src/map/MapView.tsx',
  'src/map/create-basemap.ts',
  'src/map/deck-overlay.ts',
  '../node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

interface Sizes {
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
  // A worktree whose node_modules links elsewhere names library chunks by their real path
  // (`../../main/node_modules/...`): match those by what follows `node_modules/`.
  const byLibrary = (key: string) => {
    const lib = key.split('node_modules/')[1];
    const found = lib && Object.keys(manifest).find((k) => k.endsWith(`node_modules/${lib}`));
    return found ? manifest[found] : undefined;
  };
  const visit = (key: string) => {
    const chunk = manifest[key] ?? byLibrary(key);
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

export function benchBundleSize(dist = DIST): BenchResult[] {
  const files = firstFrameFiles(dist);
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
  const row = (name: string, s: Sizes, budget: number): BenchResult => ({
    name: `${name}: ${kb(s.raw)} as built, ${kb(s.gzip)} gzip`,
    operations: files.length,
    ms: s.brotli / 1024, // the table's time column carries KB (brotli) here
    perSecond: 0, // not a rate
    budget: `≤ ${budget} KB brotli: ${kb(s.brotli)}`,
    ok: s.brotli <= budget * 1024,
  });
  return [
    row(`first-frame JS, ${files.length} files, as served`, served, 550),
    row('of which app code (client/, core/, bundler glue)', app, 80),
    {
      ...row('of which libraries (maplibre and its worker, deck.gl, luma.gl, React, …)', lib, 470),
      budget: `no budget (the issue estimates ≈ 470 KB): ${kb(lib.brotli)} brotli`,
      ok: true,
    },
  ];
}
