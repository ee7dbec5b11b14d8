// The stored form of the area files: a GeoJSON FeatureCollection with one feature per line
// (compact, yet a change shows as a one-line diff), keys in a fixed order, ending in a newline.
import type { Geometry } from 'geojson';

export interface OutputFeature {
  properties: object;
  geometry: Geometry;
}

export function featureCollectionText(features: readonly OutputFeature[]): string {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: orderedGeometry(f.geometry) }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function orderedGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') throw new Error('GeometryCollection is not used here');
  return { type: geometry.type, coordinates: geometry.coordinates } as Geometry;
}
