// The communities as click targets: the chosen one is lit, the others dimmed, so a filter is
// visible on the map as well as in the charts.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { CommunityCollection, CommunityProps } from '../../../../../core/domain/area';
import type { Feature, Geometry } from 'geojson';

type CommunityFeature = Feature<Geometry, CommunityProps>;

export function communityAreasLayer(input: {
  communities: CommunityCollection;
  selected: string | null;
  scale: number;
}) {
  const { selected } = input;
  return new GeoJsonLayer<CommunityProps>({
    id: 'brief-communities',
    data: input.communities,
    pickable: true,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    lineWidthScale: input.scale,
    getLineWidth: (f: CommunityFeature) => (f.properties.code === selected ? 3 : 1),
    getLineColor: (f: CommunityFeature) =>
      f.properties.code === selected ? [255, 255, 255, 230] : [120, 170, 220, 120],
    getFillColor: (f: CommunityFeature) =>
      selected === null
        ? [0, 0, 0, 0]
        : f.properties.code === selected
          ? [79, 214, 255, 40]
          : [2, 6, 14, 130],
    updateTriggers: { getLineWidth: selected, getLineColor: selected, getFillColor: selected },
  });
}
