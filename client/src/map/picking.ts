// What the pointer is on: a deck.gl pick turned into a reference to a case, enterprise, cell or camera.
import type { PickingInfo } from '@deck.gl/core';
import type { PickRef } from '../state/ui-store';
import type { IncidentSlots } from './incident-slots';

interface Identified {
  properties?: { id?: string; code?: string };
}

export function pickRefOf(info: PickingInfo, slots: IncidentSlots): PickRef | null {
  if (!info.picked || !info.layer) return null;
  const object = info.object as Identified | undefined;
  switch (info.layer.id) {
    case 'incidents': {
      const id = slots.caseIdAt(info.index);
      return id ? { kind: 'case', id } : null;
    }
    case 'enterprises':
      return object?.properties?.id ? { kind: 'enterprise', id: object.properties.id } : null;
    case 'cameras':
      return object?.properties?.id ? { kind: 'camera', id: object.properties.id } : null;
    default:
      // GeoJsonLayer names its sub-layers "grid-cells-polygons-fill" and so on.
      if (info.layer.id.startsWith('grid-cells') && object?.properties?.code) {
        return { kind: 'cell', id: object.properties.code };
      }
      return null;
  }
}
