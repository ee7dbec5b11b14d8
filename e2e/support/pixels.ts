// Reads map screenshots: distinct colours (a drawn map from a blank one) and pixels of a colour.
import { PNG } from 'pngjs';

export function countDistinctColours(png: Buffer, step = 4): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      const i = (y * image.width + x) * 4;
      // Quantise to 5 bits a channel so antialiasing noise does not count.
      const r = image.data[i]! >> 3;
      const g = image.data[i + 1]! >> 3;
      const b = image.data[i + 2]! >> 3;
      colours.add((r << 10) | (g << 5) | b);
    }
  }
  return colours.size;
}

/** Pixels of a PNG screenshot within `tolerance` of an RGB colour in every channel. */
export function countColourPixels(png: Buffer, [r, g, b]: readonly number[], tolerance = 5): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const d = image.data;
    if (
      Math.abs(d[i]! - r!) <= tolerance &&
      Math.abs(d[i + 1]! - g!) <= tolerance &&
      Math.abs(d[i + 2]! - b!) <= tolerance
    ) {
      count++;
    }
  }
  return count;
}

/** Pixels of a PNG screenshot that are white, or within `tolerance` of it in every channel. */
export const countWhitePixels = (png: Buffer, tolerance = 5) =>
  countColourPixels(png, [255, 255, 255], tolerance);
