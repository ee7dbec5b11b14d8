// The deck.gl layer stack, bottom to top, from what the stores hold. The street's outline and grid
// cells (live-area.ts), its enterprises and cameras (live-points.ts) are the basemap's, under all
// of these; the time left beside the cases (time-left-labels.ts) and the communities' names
// (community-names.ts) are page elements over them.
import type { LiveData } from '../state/apply-sync';
import type { AreaIndex } from '../state/area-store';
import type { LayerKey, PickRef } from '../state/ui-store';
import type { IncidentSlots } from './incident-slots';
import { incidentPulsesLayer, type PulseDatum } from './layers/incident-pulses';
import { incidentsLayer } from './layers/incidents';
import { peopleLabelsLayer } from './layers/people-labels';
import { peopleLayer } from './layers/people';
import { selectionLayer } from './layers/selection';

export interface LayerInput {
  area: AreaIndex;
  live: LiveData;
  slots: IncidentSlots;
  pulses: readonly PulseDatum[];
  pulsePhase: number | null;
  visible: Record<LayerKey, boolean>;
  selected: PickRef | null;
  scale: number;
  /** People in the field: shown on screens that dispatch, the recommended ones numbered. */
  people: { shown: boolean; recommended: readonly string[] };
}

export function buildLayers(input: LayerInput) {
  const { live, visible, scale } = input;
  return [
    incidentPulsesLayer({ pulses: input.pulses, phase: input.pulsePhase, visible: visible.incidents, scale }),
    incidentsLayer({ slots: input.slots, visible: visible.incidents, scale }),
    peopleLayer({
      people: live.people,
      recommended: input.people.recommended,
      visible: input.people.shown,
      scale,
    }),
    selectionLayer({ position: selectedPosition(input), scale }),
    // Only while there are numbers: a layer links its shader programs even while hidden, and text
    // takes two (seconds of compiling under a software rasteriser, before the first frame).
    input.people.shown &&
      input.people.recommended.length > 0 &&
      peopleLabelsLayer({ people: live.people, recommended: input.people.recommended, scale }),
  ];
}

/** Where the selected enterprise, camera or case is (a selected cell is outlined by the basemap). */
function selectedPosition({ selected, area, live }: LayerInput): [number, number] | null {
  switch (selected?.kind) {
    case 'enterprise':
      return (area.enterpriseById.get(selected.id)?.geometry.coordinates as [number, number]) ?? null;
    case 'camera':
      return (area.cameraById.get(selected.id)?.geometry.coordinates as [number, number]) ?? null;
    case 'case': {
      const c = live.cases.get(selected.id);
      return c ? [c.location.lon, c.location.lat] : null;
    }
    default:
      return null;
  }
}
