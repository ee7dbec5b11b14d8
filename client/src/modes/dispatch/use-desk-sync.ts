// The open case and the rest of the screen agree: the map flies to it and rings it, a case clicked
// on the map opens at the desk, and the server hears which case this dispatcher has open (presence).
import { useEffect } from 'react';
import { emitCaseFocus } from '../../net/live-socket';
import { useLiveStore } from '../../state/live-store';
import { useMapFocusStore } from '../../state/map-focus';
import { useMapPeopleStore } from '../../state/map-people';
import { useUiStore } from '../../state/ui-store';
import { useDeskStore } from './desk-store';
import { useRecommended } from './recommended';

/** Close enough to read the streets, wide enough to see who is near. */
const CASE_ZOOM = 15;

export function useDeskSync(): void {
  const open = useDeskStore((s) => s.open);
  const openCase = useLiveStore((s) => (open ? s.data.cases.get(open) : undefined));
  const recommended = useRecommended(openCase ?? null);

  // People show on the desk's map; the ones recommended for the open case are numbered there.
  useEffect(() => {
    useMapPeopleStore.getState().setShown(true);
    return () => {
      useMapPeopleStore.getState().setShown(false);
      useMapPeopleStore.getState().setRecommended([]);
    };
  }, []);
  useEffect(() => {
    useMapPeopleStore.getState().setRecommended(recommended.map((r) => r.person.id));
  }, [recommended]);

  useEffect(() => {
    const ui = useUiStore.getState();
    if (!open) {
      if (ui.selected?.kind === 'case') ui.select(null);
      return;
    }
    if (ui.selected?.kind !== 'case' || ui.selected.id !== open) ui.select({ kind: 'case', id: open });
    const c = useLiveStore.getState().data.cases.get(open);
    if (c)
      useMapFocusStore.getState().setFocus({
        kind: 'point',
        key: `case:${open}`,
        lon: c.location.lon,
        lat: c.location.lat,
        zoom: CASE_ZOOM,
      });
  }, [open]);

  useEffect(() => {
    emitCaseFocus(open);
  }, [open]);
  useEffect(() => () => emitCaseFocus(null), []);

  // A case picked on the map opens at the desk.
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        const picked = state.selected;
        if (picked === previous.selected || picked?.kind !== 'case') return;
        if (useDeskStore.getState().open !== picked.id) useDeskStore.getState().openCase(picked.id);
      }),
    [],
  );
}
