// The leaders' briefing (/brief): a range, its figures against the previous period, charts, and the
// map played back over the range. The whole view lives in the address (see brief-view.ts).
import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUR_MS } from '../../../../core/domain/time';
import type { Case } from '../../../../core/domain/model';
import { RecoveryBoundary } from '../../recovery/RecoveryBoundary';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { buildCharts } from './brief-charts';
import { formatShanghai } from './brief-time';
import { BriefHeader } from './BriefHeader';
import { BriefLegend } from './BriefLegend';
import type { BriefMapController } from './brief-map';
import { CategoryChart, CommunityChart, DayChart, TopCells } from './BriefCharts';
import { clampMoment, lastYearRange, previousRange, rangeOf, type BriefView } from './brief-view';
import { casesOpenedIn, casesShownAt, type CaseTimeline } from './case-timeline';
import { overdueCasesAt } from './overdue';
import { FiguresTable } from './FiguresTable';
import { PlaybackBar } from './PlaybackBar';
import { useBriefData } from './use-brief-data';
import { useBriefFigures } from './use-brief-figures';
import { useBriefView } from './use-brief-view';
import { useExportPdf } from './use-export-pdf';
import { useExportPng, useMapLegend } from './use-export-png';
import { usePlayback } from './use-playback';
import './brief.css';

const BriefMap = lazy(() => import('./BriefMap').then((m) => ({ default: m.BriefMap })));

function mapCasesOf(timeline: CaseTimeline, view: BriefView, at: number, fromMs: number): Case[] {
  const cases =
    view.window === 'moment'
      ? casesShownAt(timeline, at)
      : casesOpenedIn(timeline, view.window === 'window' ? at - view.windowHours * HOUR_MS : fromMs - 1, at);
  return view.community === null ? cases : cases.filter((c) => c.communityCode === view.community);
}

export function BriefMode() {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const [view, update] = useBriefView();
  const calendar = useRulesStore(selectCalendar);
  const [nowMs] = useState(() => Math.floor(Date.now() / 60_000) * 60_000);
  const [playing, setPlaying] = useState(false);
  const [mapReady, setMapReady] = useState(false);
  const { fromMs, toMs } = rangeOf(view, nowMs);
  const previous = previousRange(fromMs, toMs);
  const lastYear = lastYearRange(fromMs, toMs);
  const data = useBriefData(previous.fromMs, toMs, lastYear);
  const timeline = data.status === 'ready' ? data.timeline : null;
  const at = clampMoment(view.at, fromMs, toMs);

  useLayoutEffect(() => {
    document.documentElement.classList.add('is-brief');
    return () => document.documentElement.classList.remove('is-brief');
  }, []);

  const figures = useBriefFigures(data, { current: { fromMs, toMs }, previous, lastYear }, view.community);
  const charts = useMemo(
    () => buildCharts(timeline?.latest ?? [], fromMs, toMs, view.community),
    [timeline, fromMs, toMs, view.community],
  );
  const mapCases = useMemo(
    () => (timeline ? mapCasesOf(timeline, view, at, fromMs) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeline, view.window, view.windowHours, view.community, at, fromMs],
  );

  usePlayback({
    playing,
    hoursPerSecond: view.speed,
    at,
    toMs,
    onMove: (next) => update({ at: next }),
    onEnd: () => setPlaying(false),
  });
  const play = (next: boolean) => {
    if (next && at >= toMs) update({ at: fromMs });
    setPlaying(next);
  };
  const selectCommunity = (code: string | null) => update({ community: code });
  const filter =
    view.community === null
      ? t('brief.allCommunities')
      : t('brief.filtered', { name: names.community(area, view.community) });
  const controller = useRef<BriefMapController | null>(null);
  const legend = useMapLegend({ view, fromMs, toMs, at, shown: mapCases.length, filter });
  const exportPng = useExportPng(controller, legend, at);
  const overdue = useMemo(
    () => (timeline ? overdueCasesAt(casesShownAt(timeline, toMs), toMs, view.community, calendar) : []),
    [timeline, toMs, view.community, calendar],
  );
  const pdf = useExportPdf(controller, legend, {
    fromMs,
    toMs,
    at,
    filter,
    figures,
    charts,
    overdue,
    events: data.status === 'ready' ? data.events : 0,
  });

  return (
    <div className="brief" data-testid="brief" data-status={data.status}>
      <BriefHeader
        key={`${fromMs}-${toMs}`}
        view={view}
        fromMs={fromMs}
        toMs={toMs}
        onChange={update}
        onExportPng={exportPng}
        onExportPdf={pdf.exportPdf}
        canExport={mapReady && data.status === 'ready'}
        pdfState={pdf.state}
        printLine={t('brief.printLine', {
          from: formatShanghai(fromMs),
          to: formatShanghai(toMs),
          filter,
          made: formatShanghai(Date.now()),
        })}
      />
      <main className="brief__body">
        <div className="brief__column">
          <FiguresTable current={figures.current} previous={figures.previous} lastYear={figures.lastYear} />
          <CategoryChart charts={charts} />
        </div>
        <div className="brief__centre">
          <div className="brief__filter">
            <span data-testid="brief-filter">{filter}</span>
            {view.community !== null && (
              <button type="button" className="brief-button" onClick={() => selectCommunity(null)}>
                {t('brief.clearFilter')}
              </button>
            )}
            <span className="brief__status">
              {data.status === 'loading' && t('brief.loading')}
              {data.status === 'error' && t('brief.failed', { message: data.message })}
              {data.status === 'ready' && t('brief.eventsRead', { n: data.events })}
            </span>
          </div>
          <section className="brief__map">
            <RecoveryBoundary message={t('app.failed')}>
              <Suspense fallback={<div className="map-view__notice">{t('app.loadingMap')}</div>}>
                <BriefMap
                  cases={mapCases}
                  view={view.map}
                  community={view.community}
                  initialCamera={view.camera}
                  onMove={(camera) => update({ camera })}
                  onCommunityClick={(code) => selectCommunity(view.community === code ? null : code)}
                  onController={(made) => {
                    controller.current = made;
                    setMapReady(made !== null);
                  }}
                />
              </Suspense>
            </RecoveryBoundary>
            <BriefLegend view={view.map} />
          </section>
          <PlaybackBar
            view={view}
            fromMs={fromMs}
            toMs={toMs}
            at={at}
            playing={playing}
            shown={mapCases.length}
            onPlay={play}
            onChange={update}
          />
        </div>
        <div className="brief__column">
          <CommunityChart charts={charts} selected={view.community} onSelect={selectCommunity} />
          <DayChart charts={charts} />
          <TopCells charts={charts} />
        </div>
      </main>
    </div>
  );
}
