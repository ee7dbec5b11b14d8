// Loads the briefing's history once per range: the state at the start of the previous period (for
// 环比) and every event up to the end of the range, rebuilt into each case's timeline.
import { useEffect, useState } from 'react';
import { fetchEventsBetween, fetchSnapshotAt } from '../../net/history-api';
import { buildCaseTimeline, type CaseTimeline } from './case-timeline';

export type BriefData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `logStartsLater`: the log has no event at or before the base (the previous period is not all there). */
  | { status: 'ready'; timeline: CaseTimeline; events: number; logStartsLater: boolean };

export function useBriefData(baseMs: number, toMs: number): BriefData {
  const [data, setData] = useState<BriefData>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setData({ status: 'loading' });
    Promise.all([
      fetchSnapshotAt(baseMs, controller.signal),
      fetchEventsBetween(baseMs, toMs, controller.signal),
    ]).then(
      ([snapshot, events]) => {
        setData({
          status: 'ready',
          timeline: buildCaseTimeline(baseMs, snapshot.cases, events),
          events: events.length,
          logStartsLater: snapshot.seq === 0,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('caohu: briefing history failed to load', error);
        setData({ status: 'error', message: String(error) });
      },
    );
    return () => controller.abort();
  }, [baseMs, toMs]);
  return data;
}
