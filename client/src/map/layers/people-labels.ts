// The numbers of the recommended people on the map (1–9, the keys that dispatch to them), beside
// their markers, so the list and the map read as one.
import { TextLayer } from '@deck.gl/layers';
import type { PersonView } from '../../../../core/domain/people';

interface NumberLabel {
  position: [number, number];
  text: string;
}

export function peopleLabelsLayer(input: {
  people: ReadonlyMap<string, PersonView>;
  recommended: readonly string[];
  scale: number;
}) {
  const data: NumberLabel[] = [];
  input.recommended.forEach((id, i) => {
    const position = input.people.get(id)?.position;
    if (position) data.push({ position: [position.lon, position.lat], text: String(i + 1) });
  });
  return new TextLayer<NumberLabel>({
    id: 'people-labels',
    data,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 13,
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    getColor: [255, 255, 255, 255],
    fontFamily: 'sans-serif',
    fontWeight: 700,
    characterSet: '123456789',
    background: true,
    getBackgroundColor: [12, 60, 110, 235],
    backgroundPadding: [4, 1],
    backgroundBorderRadius: 3,
    getPixelOffset: [14, -12],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
  });
}
