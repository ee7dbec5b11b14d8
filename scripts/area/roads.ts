// An estimated road network: an expressway and two primary roads crossing the street, secondary
// and village roads, and residential streets in the town centre. Names are plausible local names,
// positions are estimates (estimated: true throughout).
import { buffer, featureCollection } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import type { RoadClass, RoadProps } from '../../core/domain/area';
import type { Area } from './geometry';
import { clipLine } from './lines';
import { seedFrom } from './random';
import { meander } from './shapes';

export interface RoadFeature {
  props: RoadProps;
  geometry: LineString;
}

interface RoadDef {
  name: string;
  nameEn: string;
  class: RoadClass;
  line: Position[];
}

// prettier-ignore
const ROADS: readonly RoadDef[] = [
  { name: '苏州绕城高速', nameEn: 'Suzhou Ring Expressway', class: 'expressway', line: [[120.522, 31.5088], [120.545, 31.5072], [120.565, 31.5048], [120.583, 31.5005], [120.6, 31.4958], [120.625, 31.4905]] },
  { name: '漕湖大道', nameEn: 'Caohu Avenue', class: 'primary', line: [[120.5716, 31.43], [120.5721, 31.452], [120.5731, 31.475], [120.5744, 31.5], [120.5762, 31.538]] },
  { name: '太东公路', nameEn: 'Taidong Highway', class: 'primary', line: [[120.535, 31.4818], [120.555, 31.4822], [120.575, 31.4802], [120.595, 31.4782], [120.615, 31.4768]] },
  { name: '春兴路', nameEn: 'Chunxing Road', class: 'secondary', line: [[120.548, 31.4556], [120.575, 31.4566], [120.612, 31.4586]] },
  { name: '永昌路', nameEn: 'Yongchang Road', class: 'secondary', line: [[120.5866, 31.434], [120.5871, 31.46], [120.5862, 31.49], [120.5874, 31.522]] },
  { name: '上浜路', nameEn: 'Shangbang Road', class: 'secondary', line: [[120.536, 31.4962], [120.555, 31.4952], [120.5733, 31.4958]] },
  { name: '下堡路', nameEn: 'Xiabao Road', class: 'secondary', line: [[120.534, 31.4678], [120.55, 31.4668], [120.5625, 31.4648]] },
  { name: '汤浜路', nameEn: 'Tangbang Road', class: 'secondary', line: [[120.5725, 31.4472], [120.59, 31.4476], [120.612, 31.4486]] },
  { name: '卫星路', nameEn: 'Weixing Road', class: 'tertiary', line: [[120.5744, 31.5012], [120.5832, 31.5122], [120.5902, 31.5262]] },
  { name: '倪汇路', nameEn: 'Nihui Road', class: 'tertiary', line: [[120.6008, 31.4586], [120.5996, 31.4782], [120.5988, 31.5075]] },
  { name: '上浜村路', nameEn: 'Shangbangcun Road', class: 'tertiary', line: [[120.5485, 31.4822], [120.553, 31.4955], [120.5545, 31.5115]] },
  { name: '下堡村路', nameEn: 'Xiabaocun Road', class: 'tertiary', line: [[120.5405, 31.4575], [120.5452, 31.4668], [120.5478, 31.4795]] },
  { name: '卫星北路', nameEn: 'Weixing North Road', class: 'tertiary', line: [[120.5565, 31.5135], [120.5705, 31.5168], [120.585, 31.5185], [120.597, 31.5215]] },
  { name: '上浜北路', nameEn: 'Shangbang North Road', class: 'tertiary', line: [[120.5455, 31.5035], [120.556, 31.507], [120.5665, 31.5062]] },
  { name: '倪汇南路', nameEn: 'Nihui South Road', class: 'tertiary', line: [[120.5875, 31.4705], [120.5935, 31.4695], [120.6065, 31.469]] },
  { name: '花园路', nameEn: 'Huayuan Road', class: 'residential', line: [[120.556, 31.4603], [120.592, 31.4611]] },
  { name: '漕苑路', nameEn: 'Caoyuan Road', class: 'residential', line: [[120.556, 31.4652], [120.592, 31.4659]] },
  { name: '湖韵路', nameEn: 'Huyun Road', class: 'residential', line: [[120.558, 31.4702], [120.59, 31.4706]] },
  { name: '兴湖街', nameEn: 'Xinghu Street', class: 'residential', line: [[120.5642, 31.45], [120.5648, 31.476]] },
  { name: '文昌街', nameEn: 'Wenchang Street', class: 'residential', line: [[120.5606, 31.452], [120.5611, 31.474]] },
  { name: '永昌街', nameEn: 'Yongchang Street', class: 'residential', line: [[120.5803, 31.45], [120.5807, 31.476]] },
];

/** Roads clipped to near the boundary; residential streets to the town centre. */
export function buildRoads(boundary: Polygon, town: Area): RoadFeature[] {
  const nearBoundary = buffer(
    featureCollection([{ type: 'Feature', properties: {}, geometry: boundary }]),
    0.15,
    {
      units: 'kilometers',
    },
  )?.features[0]?.geometry as Area;
  return ROADS.flatMap((road) => {
    const line = road.line.length > 2 ? meander(road.line, seedFrom(road.name), 1, 0.025) : road.line;
    return clipLine(line, road.class === 'residential' ? town : nearBoundary, 200).map((coordinates) => ({
      props: { name: road.name, nameEn: road.nameEn, class: road.class, estimated: true },
      geometry: { type: 'LineString', coordinates } as LineString,
    }));
  });
}
