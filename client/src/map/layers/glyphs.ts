// The text layers' SDF glyphs, each where the font puts it. deck.gl 9.4's own SDF renderer draws a
// glyph's ink from the pen position, ignoring the glyph's left side bearing: a narrow CJK glyph
// such as 昌, whose ink starts a tenth of an em into its square, is drawn shifted left, so the
// name reads "永昌 泾" with a gap. This renderer (TextLayer's `_getFontRenderer`) reports the
// bearing as the bitmap's offset; the rest is deck.gl's own (TinySDF, the same metrics).
import TinySDF from '@mapbox/tiny-sdf';
import type { TextLayerProps } from '@deck.gl/layers';

type GetFontRenderer = NonNullable<TextLayerProps['_getFontRenderer']>;
type FontRenderer = ReturnType<GetFontRenderer>;
type Metrics = ReturnType<FontRenderer['measure']>;

/** deck.gl's defaults for a font without TextMetrics' bounding boxes. */
const DEFAULT_ASCENT = 0.9;
const DEFAULT_DESCENT = 0.3;

export const bearingAwareSdf: GetFontRenderer = (settings) => {
  const { fontSize, buffer, radius, cutoff, fontFamily, fontWeight } = settings;
  const sdf = new TinySDF({ fontSize, buffer, radius, cutoff, fontFamily, fontWeight: `${fontWeight}` });
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  const measure = (char?: string): Metrics => {
    if (char === undefined) {
      const font = ctx.measureText('A');
      return font.fontBoundingBoxAscent
        ? {
            advance: 0,
            width: 0,
            ascent: Math.ceil(font.fontBoundingBoxAscent),
            descent: Math.ceil(font.fontBoundingBoxDescent),
          }
        : { advance: 0, width: 0, ascent: fontSize * DEFAULT_ASCENT, descent: fontSize * DEFAULT_DESCENT };
    }
    const m = ctx.measureText(char);
    if (!m.actualBoundingBoxAscent) {
      return {
        advance: m.width,
        width: m.width,
        ascent: fontSize * DEFAULT_ASCENT,
        descent: fontSize * DEFAULT_DESCENT,
      };
    }
    // The atlas slot spans the pen to the ink's right edge: room for the ink at its offset.
    return {
      advance: m.width,
      width: Math.ceil(m.actualBoundingBoxRight - m.actualBoundingBoxLeft),
      ascent: Math.ceil(m.actualBoundingBoxAscent),
      descent: Math.ceil(m.actualBoundingBoxDescent),
    };
  };

  return {
    measure,
    draw: (char: string) => {
      const glyph = sdf.draw(char);
      const image = new ImageData(glyph.width, glyph.height);
      for (let i = 0; i < glyph.data.length; i++) image.data[4 * i + 3] = glyph.data[i]!;
      return { data: image, left: buffer - Math.max(0, glyph.glyphLeft), top: buffer };
    },
  };
};
