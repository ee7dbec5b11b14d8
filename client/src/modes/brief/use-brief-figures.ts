// The briefing's figures: the range, the previous period (环比) and the same period last year (同比),
// each computed by core's computeFigures from the cases' histories, for the street or one community.
import { useMemo } from 'react';
import { computeFigures, type FigureReport, type Figures } from '../../../../core/domain/figures';
import { formatPeriod } from './brief-time';
import type { BriefData } from './use-brief-data';
import type { Comparison } from './FiguresTable';

export interface BriefFigures {
  current: Figures | null;
  previous: Comparison;
  lastYear: Comparison;
}

type Range = { fromMs: number; toMs: number };

function pick(report: FigureReport | null, community: string | null): Figures | null {
  if (!report) return null;
  return community === null ? report.street : (report.byCommunity[community] ?? null);
}

export function useBriefFigures(
  data: BriefData,
  ranges: { current: Range; previous: Range; lastYear: Range },
  community: string | null,
): BriefFigures {
  const { current, previous, lastYear } = ranges;
  const reports = useMemo(() => {
    if (data.status !== 'ready') return null;
    const latest = data.timeline.latest;
    return {
      current: computeFigures(latest, current.fromMs, current.toMs),
      previous: computeFigures(latest, previous.fromMs, previous.toMs),
      lastYear: data.lastYear && computeFigures(data.lastYear.latest, lastYear.fromMs, lastYear.toMs),
    };
  }, [data, current.fromMs, current.toMs, previous.fromMs, previous.toMs, lastYear.fromMs, lastYear.toMs]);
  const ready = data.status === 'ready';
  return {
    current: pick(reports?.current ?? null, community),
    previous: {
      figures: pick(reports?.previous ?? null, community),
      missing: ready && data.logStartsLater,
      label: formatPeriod(previous.fromMs, previous.toMs),
    },
    lastYear: {
      figures: pick(reports?.lastYear ?? null, community),
      missing: ready && data.lastYear === null,
      label: formatPeriod(lastYear.fromMs, lastYear.toMs),
    },
  };
}
