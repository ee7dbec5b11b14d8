// Where everything sits on the one-page briefing: A4 landscape drawn at 150 dpi (1754 × 1240 px),
// in canvas pixels. Pure numbers, shared by the drawing and the browser test that reads the PDF back.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const PAGE_MM = { width: 297, height: 210 } as const;
export const DPI = 150;
const px = (mm: number) => Math.round((mm / 25.4) * DPI);

export const PAGE: Rect = { x: 0, y: 0, w: px(PAGE_MM.width), h: px(PAGE_MM.height) };
const MARGIN = 56;
const GAP = 36;
const HEADER_H = 112;
const FOOTER_H = 44;
const RIGHT_W = 620;

export const SHEET = {
  header: { x: MARGIN, y: MARGIN - 8, w: PAGE.w - 2 * MARGIN, h: HEADER_H },
  map: {
    x: MARGIN,
    y: MARGIN + HEADER_H + 12,
    w: PAGE.w - 2 * MARGIN - RIGHT_W - GAP,
    h: PAGE.h - 2 * MARGIN - HEADER_H - FOOTER_H - 24,
  },
  right: {
    x: PAGE.w - MARGIN - RIGHT_W,
    y: MARGIN + HEADER_H + 12,
    w: RIGHT_W,
    h: PAGE.h - 2 * MARGIN - HEADER_H - FOOTER_H - 24,
  },
  footer: { x: MARGIN, y: PAGE.h - MARGIN - FOOTER_H + 12, w: PAGE.w - 2 * MARGIN, h: FOOTER_H },
} as const;

/** The figures table: a title line, a header row, then one row per indicator. */
export const TABLE = {
  titleH: 44,
  headerH: 42,
  rowH: 44,
  /** Column widths, left to right: indicator, current, 环比, 同比. */
  columns: [206, 138, 138, 138],
} as const;

/** How a figure is written in its cell: right-aligned, bold, on this baseline from the cell's top. */
export const VALUE_TEXT = { size: 24, weight: 700, baseline: 31, padRight: 10 } as const;

/** The rectangle of a table cell (row 0 is the first indicator), for drawing and for the test. */
export function tableCell(row: number, column: number): Rect {
  const { x, y } = SHEET.right;
  let left = x;
  for (let i = 0; i < column; i++) left += TABLE.columns[i] ?? 0;
  return {
    x: left,
    y: y + TABLE.titleH + TABLE.headerH + row * TABLE.rowH,
    w: TABLE.columns[column] ?? 0,
    h: TABLE.rowH,
  };
}

export const tableBottom = (rows: number): number =>
  SHEET.right.y + TABLE.titleH + TABLE.headerH + rows * TABLE.rowH;
