// What the pointer is on: a deck.gl pick turned into a reference to a case, enterprise or camera.
import type { PickingInfo } from '@deck.gl/core';
import type { PickRef } from '../state/ui-store';
import type { IncidentSlots } from './incident-slots';

interface Identified {
  properties?: { id?: string };
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
      return null; // the cells are the basemap's: live-area.ts `cellAt`
  }
}
