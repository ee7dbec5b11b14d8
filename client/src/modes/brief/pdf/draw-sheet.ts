// Draws the one-page briefing on a canvas: the browser's own fonts render the Chinese text (no
// font is shipped or fetched), and the PDF embeds the result as one image. Layout in sheet-layout.ts.
import { FONT } from '../export-png';
import { PAGE, SHEET, TABLE, tableBottom, tableCell, VALUE_TEXT, type Rect } from './sheet-layout';
import type { SheetList, SheetModel, Tone } from './sheet-model';

export const INK = '#14213d';
const MUTED = '#5b6b82';
const RULE = '#c9d3e1';
export const ACCENT = '#1d4f91';
const TONE: Record<Tone, string> = { better: '#1b7f3b', worse: '#b3261e', same: INK, none: MUTED };

/** The text, cut with an ellipsis to fit `width`. */
function fit(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && g.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Lines of at most `width`: Chinese breaks between any two characters, other text between words. */
function wrap(g: CanvasRenderingContext2D, value: string, width: number): string[] {
  const tokens = value.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && g.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function text(
  g: CanvasRenderingContext2D,
  value: string,
  x: number,
  y: number,
  o: { size: number; weight?: number; colour?: string; align?: CanvasTextAlign; width?: number },
): void {
  g.font = `${o.weight ?? 400} ${o.size}px ${FONT}`;
  g.fillStyle = o.colour ?? INK;
  g.textAlign = o.align ?? 'left';
  g.fillText(o.width === undefined ? value : fit(g, value, o.width), x, y);
}

function rule(g: CanvasRenderingContext2D, x: number, y: number, w: number, colour = RULE, width = 2): void {
  g.fillStyle = colour;
  g.fillRect(x, y, w, width);
}

/** The map image, whole and centred in its box (letterboxed on the map's dark ground). */
function drawMap(g: CanvasRenderingContext2D, map: HTMLCanvasElement, box: Rect): void {
  g.fillStyle = '#08111f';
  g.fillRect(box.x, box.y, box.w, box.h);
  const scale = Math.min(box.w / map.width, box.h / map.height);
  const w = map.width * scale;
  const h = map.height * scale;
  g.imageSmoothingQuality = 'high';
  g.drawImage(map, box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h);
  g.strokeStyle = RULE;
  g.lineWidth = 2;
  g.strokeRect(box.x, box.y, box.w, box.h);
}

function drawTable(g: CanvasRenderingContext2D, model: SheetModel): void {
  const { x, y, w } = SHEET.right;
  text(g, model.figuresTitle, x, y + 30, { size: 28, weight: 700, colour: ACCENT });
  const headY = y + TABLE.titleH;
  g.fillStyle = '#eef2f8';
  g.fillRect(x, headY, w, TABLE.headerH);
  model.columns.forEach((label, i) => {
    const cell = tableCell(0, i);
    const right = i > 0;
    text(g, label, right ? cell.x + cell.w - 10 : cell.x + 10, headY + 29, {
      size: 21,
      weight: 700,
      colour: MUTED,
      align: right ? 'right' : 'left',
      width: cell.w - 16,
    });
  });
  model.rows.forEach((row, r) => {
    const base = tableCell(r, 0).y + VALUE_TEXT.baseline;
    const cells: [string, string][] = [
      [row.label, INK],
      [row.value, INK],
      [row.mom.text, TONE[row.mom.tone]],
      [row.yoy.text, TONE[row.yoy.tone]],
    ];
    cells.forEach(([value, colour], i) => {
      const cell = tableCell(r, i);
      const right = i > 0;
      text(g, value, right ? cell.x + cell.w - VALUE_TEXT.padRight : cell.x + 10, base, {
        size: i === 1 ? VALUE_TEXT.size : 22,
        weight: i === 1 ? VALUE_TEXT.weight : 400,
        colour,
        align: right ? 'right' : 'left',
        width: cell.w - 16,
      });
    });
    rule(g, x, tableCell(r, 0).y + TABLE.rowH - 1, w, RULE, 1);
  });
}

function drawList(g: CanvasRenderingContext2D, list: SheetList, box: Rect, rows: number): number {
  text(g, list.title, box.x, box.y + 24, { size: 22, weight: 700, colour: INK, width: box.w });
  rule(g, box.x, box.y + 34, box.w, RULE, 1);
  let y = box.y + 34;
  if (list.items.length === 0) {
    text(g, list.empty, box.x, y + 32, { size: 20, colour: MUTED, width: box.w });
    return y + 44;
  }
  for (const item of list.items.slice(0, rows)) {
    y += 32;
    text(g, item.value, box.x + box.w, y, { size: 20, weight: 700, colour: INK, align: 'right' });
    g.font = `700 20px ${FONT}`;
    const valueWidth = g.measureText(item.value).width;
    text(g, item.label, box.x, y, { size: 20, colour: INK, width: box.w - valueWidth - 16 });
  }
  return y + 12;
}

export function drawSheet(g: CanvasRenderingContext2D, model: SheetModel, map: HTMLCanvasElement): void {
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, PAGE.w, PAGE.h);
  const { header, footer, right } = SHEET;
  g.textBaseline = 'alphabetic';
  text(g, model.title, header.x, header.y + 48, { size: 42, weight: 700, colour: ACCENT, width: 900 });
  text(g, model.subtitle, header.x, header.y + 90, { size: 24, colour: INK, width: 900 });
  model.meta.forEach((line, i) => {
    text(g, line, header.x + header.w, header.y + 30 + i * 30, {
      size: 20,
      colour: MUTED,
      align: 'right',
      width: header.w - 940,
    });
  });
  rule(g, header.x, header.y + header.h - 4, header.w, ACCENT, 3);

  drawMap(g, map, SHEET.map);
  drawTable(g, model);
  let y = tableBottom(model.rows.length) + 4;
  if (model.note) {
    g.font = `400 17px ${FONT}`;
    for (const line of wrap(g, model.note, right.w).slice(0, 4)) {
      text(g, line, right.x, y + 22, { size: 17, colour: MUTED, width: right.w });
      y += 24;
    }
  }
  y += 18;
  text(g, model.issuesTitle, right.x, y + 28, { size: 28, weight: 700, colour: ACCENT });
  y += 44;
  const half = (right.w - 32) / 2;
  const bottoms = model.top.map((list, i) =>
    drawList(g, list, { x: right.x + i * (half + 32), y, w: half, h: 0 }, 5),
  );
  y = Math.max(...bottoms) + 8;
  const overdueRows = Math.max(1, Math.floor((right.y + right.h - y - 46) / 32));
  drawList(g, model.overdue, { x: right.x, y, w: right.w, h: 0 }, overdueRows);

  rule(g, footer.x, footer.y, footer.w, RULE, 1);
  text(g, model.footer, footer.x, footer.y + 30, { size: 17, colour: MUTED, width: footer.w });
}
