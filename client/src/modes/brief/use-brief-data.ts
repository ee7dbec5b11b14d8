// Loads the briefing's history once per range: the state at the start of the previous period (for
// 环比) and every case event up to the end of the range, rebuilt into each case's timeline; and the
// same for the period a year earlier (同比) when the log reaches back that far. The server sends
// only the case events, without their free text: inspections and the rest are not read here.
import { useEffect, useState } from 'react';
import { fetchEventsBetween, fetchSnapshotAt, type EventsWanted } from '../../net/history-api';
import { buildCaseTimeline, type CaseTimeline } from './case-timeline';

export type BriefData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /**
   * `logStartsLater`: the log has no event at or before the base (the previous period is not all there).
   * `lastYear`: the cases of the same period a year earlier, null when the log does not reach it.
   */
  | {
      status: 'ready';
      timeline: CaseTimeline;
      events: number;
      logStartsLater: boolean;
      lastYear: CaseTimeline | null;
    };

export const CASE_EVENTS: EventsWanted = {
  types: ['report.accepted', 'case.transitioned'],
  detail: 'summary',
};

interface Loaded {
  timeline: CaseTimeline;
  events: number;
  /** The log has an event at or before `fromMs`. */
  reachesBack: boolean;
}

async function loadTimeline(fromMs: number, toMs: number, signal: AbortSignal): Promise<Loaded> {
  const [snapshot, events] = await Promise.all([
    fetchSnapshotAt(fromMs, signal),
    fetchEventsBetween(fromMs, toMs, signal, CASE_EVENTS),
  ]);
  return {
    timeline: buildCaseTimeline(fromMs, snapshot.cases, events),
    events: events.length,
    reachesBack: snapshot.seq > 0,
  };
}

/** A year back is read only when the log reaches it (a snapshot first, the events only then). */
async function loadLastYear(fromMs: number, toMs: number, signal: AbortSignal): Promise<Loaded | null> {
  const snapshot = await fetchSnapshotAt(fromMs, signal);
  if (snapshot.seq === 0) return null;
  const events = await fetchEventsBetween(fromMs, toMs, signal, CASE_EVENTS);
  return {
    timeline: buildCaseTimeline(fromMs, snapshot.cases, events),
    events: events.length,
    reachesBack: true,
  };
}

export function useBriefData(
  baseMs: number,
  toMs: number,
  lastYear: { fromMs: number; toMs: number },
): BriefData {
  const [data, setData] = useState<BriefData>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setData({ status: 'loading' });
    Promise.all([
      loadTimeline(baseMs, toMs, controller.signal),
      loadLastYear(lastYear.fromMs, lastYear.toMs, controller.signal),
    ]).then(
      ([current, yearAgo]) => {
        setData({
          status: 'ready',
          timeline: current.timeline,
          events: current.events + (yearAgo?.events ?? 0),
          logStartsLater: !current.reachesBack,
          lastYear: yearAgo?.timeline ?? null,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('caohu: briefing history failed to load', error);
        setData({ status: 'error', message: String(error) });
      },
    );
    return () => controller.abort();
  }, [baseMs, toMs, lastYear.fromMs, lastYear.toMs]);
  return data;
}
