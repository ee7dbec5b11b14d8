// What the pointer is on in deck.gl's layers: a pick turned into a reference to a case. The
// enterprises, cameras and cells are the basemap's (live-points.ts `pointAt`, live-area.ts `cellAt`).
import type { PickingInfo } from '@deck.gl/core';
import type { PickRef } from '../state/ui-store';
import type { IncidentSlots } from './incident-slots';

export function pickRefOf(info: PickingInfo, slots: IncidentSlots): PickRef | null {
  if (!info.picked || info.layer?.id !== 'incidents') return null;
  const id = slots.caseIdAt(info.index);
  return id ? { kind: 'case', id } : null;
}
