// Sentinel cameras: small and quiet, context rather than news.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Point } from 'geojson';
import type { CameraCollection, CameraProps } from '../../../../core/domain/area';
import { CAMERA_COLOUR } from '../palette';

type CameraFeature = Feature<Point, CameraProps>;

export function camerasLayer(input: { cameras: CameraCollection; visible: boolean; scale: number }) {
  return new ScatterplotLayer<CameraFeature>({
    id: 'cameras',
    data: input.cameras.features,
    visible: input.visible,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getRadius: 2.5,
    radiusUnits: 'pixels',
    radiusScale: input.scale,
    getFillColor: CAMERA_COLOUR,
    stroked: true,
    getLineColor: [20, 30, 50, 200],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    pickable: true,
  });
}
