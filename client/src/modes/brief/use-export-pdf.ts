// "PDF briefing": one A4 landscape page in the reader's language (Chinese by default) with the map
// and its legend, the indicators with 环比 and 同比, the top issues (categories, communities, overdue
// cases), the range and the time made. jsPDF and the drawing load only on the first export.
import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDuration } from '../../i18n/use-duration';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import type { BriefCharts } from './brief-charts';
import { changeOf, DASH, FIGURE_ROWS, figureValue, formatFigure, type FigureRow } from './brief-format';
import type { BriefMapController } from './brief-map';
import { formatPeriod, formatShanghai, formatShanghaiFull } from './brief-time';
import { composeMapCanvas, downloadBlob, type PngLegend } from './export-png';
import type { OverdueCase } from './overdue';
import type { SheetModel, SheetRow } from './pdf/sheet-model';
import type { BriefFigures } from './use-brief-figures';
import type { Comparison } from './FiguresTable';

export interface PdfInput {
  fromMs: number;
  toMs: number;
  at: number;
  filter: string;
  figures: BriefFigures;
  charts: BriefCharts;
  overdue: readonly OverdueCase[];
  events: number;
}

export type PdfState = 'idle' | 'making' | 'failed';

export function useExportPdf(
  controller: RefObject<BriefMapController | null>,
  legend: () => PngLegend,
  input: PdfInput,
): { exportPdf: () => void; state: PdfState } {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const duration = useFormatDuration();
  const [state, setState] = useState<PdfState>('idle');

  const exportPdf = useCallback(() => {
    const map = controller.current;
    if (!map || state === 'making') return;
    setState('making');
    const made = new Date();
    const hours = t('duration.hours', { n: '' }).trim();
    const change = (row: FigureRow, base: Comparison): SheetRow['mom'] => {
      const now = figureValue(input.figures.current, row);
      const found = base.missing
        ? null
        : changeOf(row, now, figureValue(base.figures, row), t('brief.points'));
      return found ?? { text: DASH, tone: 'none' };
    };
    const { previous, lastYear } = input.figures;
    const missing = [
      previous.missing ? t('brief.momMissing', { period: previous.label }) : '',
      lastYear.missing ? t('brief.yoyMissing', { period: lastYear.label }) : '',
    ].filter(Boolean);
    const count = (n: number) => t('brief.cases', { n });
    const model: SheetModel = {
      title: t('brief.pdfTitle'),
      subtitle: `${t('brief.range')}  ${formatPeriod(input.fromMs, input.toMs)}`,
      meta: [
        input.filter,
        `${t('brief.pdfMapAt')} ${formatShanghai(input.at)}`,
        t('brief.madeAt', { time: formatShanghaiFull(made.getTime()) }),
      ],
      figuresTitle: t('brief.figures'),
      columns: [t('brief.indicator'), t('brief.current'), t('brief.mom'), t('brief.yoy')],
      rows: FIGURE_ROWS.map((row) => ({
        label: t(`brief.${row}`),
        value: formatFigure(row, figureValue(input.figures.current, row), hours),
        mom: change(row, previous),
        yoy: change(row, lastYear),
      })),
      note: missing.length ? missing.join(' ') : null,
      issuesTitle: t('brief.issues'),
      top: [
        {
          title: t('brief.byCategory'),
          items: input.charts.byCategory.map((b) => ({
            label: names.category(b.key),
            value: count(b.count),
          })),
          empty: t('brief.noCases'),
        },
        {
          title: t('brief.topCommunities'),
          items: input.charts.byCommunity.map((b) => ({
            label: names.community(area, b.key),
            value: count(b.count),
          })),
          empty: t('brief.noCases'),
        },
      ],
      overdue: {
        title: t('brief.overdueAtEnd', { n: input.overdue.length }),
        items: input.overdue.map((c) => ({
          label: `${c.id} · ${names.category(c.category)} · ${names.community(area, c.communityCode)}`,
          value: t('wall.overdueBy', { duration: duration(c.overdueMs) }),
        })),
        empty: t('brief.noOverdue'),
      },
      footer: t('brief.pdfFooter', { n: input.events }),
    };
    let mapCanvas: HTMLCanvasElement;
    try {
      // The page says the range, the filter and the time made: the map's legend keeps the rest.
      const full = legend();
      mapCanvas = composeMapCanvas(map.container(), {
        ...full,
        title: t('brief.pdfMapTitle'),
        lines: full.lines.slice(1, 3),
      });
    } catch (error) {
      console.error('caohu: PDF export failed', error);
      setState('failed');
      return;
    }
    import('./pdf/make-pdf')
      .then(({ makeBriefPdf }) => {
        const blob = makeBriefPdf(model, mapCanvas, made);
        downloadBlob(blob, `caohu-brief-${formatShanghaiFull(made.getTime()).replace(/\D/g, '')}.pdf`);
        setState('idle');
      })
      .catch((error: unknown) => {
        console.error('caohu: PDF export failed', error);
        setState('failed');
      });
  }, [controller, legend, input, state, t, names, area, duration]);

  return { exportPdf, state };
}
