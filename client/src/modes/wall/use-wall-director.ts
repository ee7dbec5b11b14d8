// Runs the director (director.ts) against the live store and a one-second clock, and steers the
// map through the map-focus store. Everything it starts it stops on unmount.
import { useEffect, useState } from 'react';
import { useAreaStore } from '../../state/area-store';
import { useConnectionStore } from '../../state/connection-store';
import { viewConnection } from '../../state/connection-view';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { STREET_FOCUS, useMapFocusStore, type MapFocus } from '../../state/map-focus';
import { useUiStore } from '../../state/ui-store';
import { findNews, startDirector, stepDirector, type DirectorEvent, type DirectorState } from './director';
import { communityBounds } from './wall-figures';

const TICK_MS = 1_000;
/** Close enough to see the case's street and its neighbours. */
const ALERT_ZOOM = 14.8;

function isStale(now: number): boolean {
  const { link, linkSince, protocolMismatch } = useConnectionStore.getState();
  const { heardAt, data } = useLiveStore.getState();
  return (
    protocolMismatch || viewConnection({ link, linkSince, heardAt, hasData: data.seq !== null }, now).stale
  );
}

export function useWallDirector(): DirectorState {
  const area = useAreaStore((s) => s.area);
  const [state, setState] = useState<DirectorState>(() => startDirector(Date.now()));

  useEffect(() => {
    const stops = area ? communityBounds(area.communities) : [];
    let current = startDirector(Date.now());
    const focusOf = (s: DirectorState): MapFocus => {
      if (s.kind === 'tour') {
        const stop = stops[s.index];
        return stop ? { kind: 'bounds', key: stop.code, bounds: stop.bounds } : STREET_FOCUS;
      }
      if (s.kind === 'alert') {
        const c = useLiveStore.getState().data.cases.get(s.caseId);
        if (c)
          return { kind: 'point', key: c.id, lon: c.location.lon, lat: c.location.lat, zoom: ALERT_ZOOM };
      }
      return STREET_FOCUS;
    };
    const dispatch = (event: DirectorEvent) => {
      const next = stepDirector(current, event, stops.length);
      if (next === current) return;
      current = next;
      setState(next);
      useMapFocusStore.getState().setFocus(focusOf(next));
      // The urgent case is marked on the map (the selection ring) for as long as it is shown.
      useUiStore.getState().select(next.kind === 'alert' ? { kind: 'case', id: next.caseId } : null);
    };
    const unsubscribe = useLiveStore.subscribe((live, previous) => {
      if (live.data.cases === previous.data.cases) return;
      const news = findNews(previous.data, live.data, serverNowMs(live));
      if (news.any) dispatch({ type: 'news', now: Date.now(), urgentCaseId: news.urgentCaseId });
    });
    const timer = setInterval(() => {
      const now = Date.now();
      dispatch({ type: 'tick', now, stale: isStale(now) });
    }, TICK_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
      useMapFocusStore.getState().setFocus(STREET_FOCUS);
      useUiStore.getState().select(null);
    };
  }, [area]);

  return state;
}
