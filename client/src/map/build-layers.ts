// The deck.gl layer stack, bottom to top, from what the stores hold. The street's outline and grid
// cells (live-area.ts), its enterprises and cameras (live-points.ts) are the basemap's, under all
// of these.
import type { LiveData } from '../state/apply-sync';
import type { AreaIndex } from '../state/area-store';
import type { LayerKey, PickRef } from '../state/ui-store';
import type { IncidentSlots } from './incident-slots';
import type { LabelPoints } from './label-points';
import { incidentPulsesLayer, type PulseDatum } from './layers/incident-pulses';
import { incidentsLayer } from './layers/incidents';
import { peopleLabelsLayer } from './layers/people-labels';
import { peopleLayer } from './layers/people';
import { selectionLayer } from './layers/selection';
import { slaLabelsLayer, type SlaLabelDatum } from './layers/sla-labels';

export interface LayerInput {
  area: AreaIndex;
  live: LiveData;
  slots: IncidentSlots;
  pulses: readonly PulseDatum[];
  pulsePhase: number | null;
  visible: Record<LayerKey, boolean>;
  selected: PickRef | null;
  labels: LabelPoints;
  /** Time left beside the most urgent open cases (for changed cases per delta, for all every 30 s). */
  slaLabels: readonly SlaLabelDatum[];
  language: 'zh-CN' | 'en';
  scale: number;
  /** The map's zoom, for the names' places (only where they would overlap). */
  zoom: number;
  /** People in the field: shown on screens that dispatch, the recommended ones numbered. */
  people: { shown: boolean; recommended: readonly string[] };
}

export function buildLayers(input: LayerInput) {
  const { live, visible, scale } = input;
  return [
    incidentPulsesLayer({ pulses: input.pulses, phase: input.pulsePhase, visible: visible.incidents, scale }),
    incidentsLayer({ slots: input.slots, visible: visible.incidents, scale }),
    slaLabelsLayer({
      labels: input.slaLabels,
      names: input.labels,
      language: input.language,
      visible: visible.incidents,
      scale,
      zoom: input.zoom,
    }),
    peopleLayer({
      people: live.people,
      recommended: input.people.recommended,
      visible: input.people.shown,
      scale,
    }),
    selectionLayer({ position: selectedPosition(input), scale }),
    peopleLabelsLayer({
      people: live.people,
      recommended: input.people.recommended,
      visible: input.people.shown,
      scale,
    }),
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
