// Enterprises as squares coloured by safety status; a red or orange frame marks a high risk colour.
import { IconLayer } from '@deck.gl/layers';
import type { Texture } from '@luma.gl/core';
import type { Feature, Point } from 'geojson';
import type { EnterpriseCollection, EnterpriseProps } from '../../../../core/domain/area';
import type { EnterpriseState } from '../../../../core/domain/model';
import { enterpriseIconAtlas, enterpriseIconKey, enterpriseIconSize } from '../enterprise-icons';

type EnterpriseFeature = Feature<Point, EnterpriseProps>;

export function enterprisesLayer(input: {
  enterprises: EnterpriseCollection;
  states: ReadonlyMap<string, EnterpriseState>;
  visible: boolean;
  scale: number;
}) {
  const { states } = input;
  const atlas = enterpriseIconAtlas();
  return new IconLayer<EnterpriseFeature>({
    id: 'enterprises',
    data: input.enterprises.features,
    visible: input.visible,
    // deck.gl turns a canvas into a texture itself (no URL, so no request).
    iconAtlas: atlas.canvas as unknown as Texture,
    iconMapping: atlas.mapping,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getIcon: (f) => enterpriseIconKey(states.get(f.properties.id)?.status, f.properties.risk),
    getSize: (f) => enterpriseIconSize(states.get(f.properties.id)?.status),
    sizeUnits: 'pixels',
    sizeScale: input.scale,
    pickable: true,
    updateTriggers: { getIcon: states, getSize: states },
  });
}
