// People in the field at their last position, coloured by status (available green, busy amber,
// off duty and offline grey); the people recommended for the open case larger with a white ring.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PersonView } from '../../../../core/domain/people';
import { PERSON_STATUS_COLOUR } from '../palette';
import { UNFILTERED } from './programs';

type Positioned = PersonView & { position: NonNullable<PersonView['position']> };

export function peopleLayer(input: {
  people: ReadonlyMap<string, PersonView>;
  recommended: readonly string[];
  visible: boolean;
  scale: number;
}) {
  const data = [...input.people.values()].filter((p): p is Positioned => p.position !== undefined);
  const rank = new Map(input.recommended.map((id, i) => [id, i]));
  return new ScatterplotLayer<Positioned, DataFilterExtensionProps<Positioned>>({
    ...UNFILTERED,
    id: 'people',
    data,
    visible: input.visible,
    getPosition: (p) => [p.position.lon, p.position.lat],
    getRadius: (p) => (rank.has(p.id) ? 8 : 4.5),
    radiusUnits: 'pixels',
    radiusScale: input.scale,
    getFillColor: (p) => PERSON_STATUS_COLOUR[p.status],
    stroked: true,
    getLineColor: (p) => (rank.has(p.id) ? [255, 255, 255, 255] : [8, 16, 30, 220]),
    getLineWidth: (p) => (rank.has(p.id) ? 2.2 : 1.2),
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    pickable: false,
    updateTriggers: {
      getRadius: input.recommended,
      getLineColor: input.recommended,
      getLineWidth: input.recommended,
    },
  });
}
