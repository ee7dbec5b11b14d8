// Reads a PDF back as a person would see it: poppler's pdfinfo (pages, size) and pdftoppm (the page
// as a PNG), from Debian's poppler-utils. Plus small pixel helpers to compare parts of the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function pdfInfo(file: string): { pages: number; pageSize: string; title: string } {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), title: field('Title') };
}

/** Page 1 rendered to exactly `width` × `height` pixels. */
export function renderPage(file: string, size: { width: number; height: number }): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'caohu-pdf-'));
  try {
    const scale = ['-scale-to-x', String(size.width), '-scale-to-y', String(size.height)];
    execFileSync('pdftoppm', [
      '-png',
      ...scale,
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return PNG.sync.read(readFileSync(join(dir, 'page.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The images the PDF embeds (pdfimages -list): their kind ('image', 'smask', …) and size. */
export function pdfImages(file: string): { type: string; width: number; height: number }[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { type: cols[2] ?? '', width: Number(cols[3]), height: Number(cols[4]) };
  });
}

/** The first embedded image, as stored (lossless for PNG-encoded images). */
export function firstImage(file: string): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'caohu-pdf-'));
  try {
    execFileSync('pdfimages', ['-png', '-f', '1', '-l', '1', file, join(dir, 'image')]);
    return PNG.sync.read(readFileSync(join(dir, 'image-000.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function crop(png: PNG, box: Box): PNG {
  const out = new PNG({ width: box.w, height: box.h });
  PNG.bitblt(png, out, box.x, box.y, box.w, box.h, 0, 0);
  return out;
}

/** Grey levels (0 black … 255 white) of an RGBA buffer. */
export function greys(rgba: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < rgba.length; i += 4)
    out.push((rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000);
  return out;
}

/**
 * How unlike two same-sized greyscale images are where there is ink: the mean difference over the
 * pixels dark in either (0 = the same text drawn the same way; different glyphs give tens).
 */
export function inkDifference(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i] ?? 255;
    if (x > 200 && y > 200) continue;
    sum += Math.abs(x - y);
    n += 1;
  }
  return n === 0 ? 0 : sum / n;
}

export const inkPixels = (g: readonly number[]): number => g.filter((v) => v < 160).length;
