// How the briefing writes its figures: rates as percentages with one decimal, changes of a rate in
// percentage points, changes of a count or a duration in percent. "—" where there is nothing to count.
import type { Figures } from '../../../../core/domain/figures';

export const FIGURE_ROWS = [
  'registered',
  'closeRate',
  'onTimeHandlingRate',
  'onTimeCloseRate',
  'reworkRate',
  'postponeRate',
  'returnRate',
  'averageHandlingMs',
] as const;
export type FigureRow = (typeof FIGURE_ROWS)[number];

/** Rows where a fall is the good direction. */
const LOWER_IS_BETTER = new Set<FigureRow>(['reworkRate', 'postponeRate', 'returnRate', 'averageHandlingMs']);

export const DASH = '—';

export function figureValue(figures: Figures | null, row: FigureRow): number | null {
  if (!figures) return null;
  return row === 'registered' ? figures.registered : figures[row];
}

export function formatFigure(row: FigureRow, value: number | null, hoursUnit: string): string {
  if (value === null) return DASH;
  if (row === 'registered') return String(value);
  if (row === 'averageHandlingMs') return `${(value / 3_600_000).toFixed(1)}${hoursUnit}`;
  return `${(value * 100).toFixed(1)}%`;
}

export interface Change {
  text: string;
  tone: 'better' | 'worse' | 'same';
}

/** The change from the previous period; null when either side has nothing to count. */
export function changeOf(
  row: FigureRow,
  current: number | null,
  previous: number | null,
  pointsUnit: string,
): Change | null {
  if (current === null || previous === null) return null;
  let delta: number;
  let text: string;
  if (row === 'registered' || row === 'averageHandlingMs') {
    if (previous === 0) return null;
    delta = (current - previous) / previous;
    text = `${(delta * 100).toFixed(1)}%`;
  } else {
    delta = current - previous;
    text = `${(delta * 100).toFixed(1)}${pointsUnit}`;
  }
  if (Math.abs(delta) < 0.0005)
    return {
      text: `±0${row === 'registered' || row === 'averageHandlingMs' ? '%' : pointsUnit}`,
      tone: 'same',
    };
  const sign = delta > 0 ? '+' : '';
  const good = row === 'registered' ? null : LOWER_IS_BETTER.has(row) ? delta < 0 : delta > 0;
  return { text: `${sign}${text}`, tone: good === null ? 'same' : good ? 'better' : 'worse' };
}
