// Incident categories and the rules that go with each: how urgent, and when two reports of the
// category describe one problem (the merge rule). One table, used by the merge, the simulator
// and the map legend.

export const CATEGORY_IDS = [
  'fire-smoke',
  'high-altitude-throwing',
  'ebike-in-corridor',
  'crowd-gathering',
  'straw-burning',
  'water-pollution',
  'illegal-dumping',
  'garbage-overflow',
  'road-damage',
  'facility-damage',
  'illegal-parking',
  'street-vending',
  'illegal-construction',
  'noise',
  'safety-hazard',
  'dispute',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** 1 = urgent (life and property), 2 = important, 3 = routine. */
export type Severity = 1 | 2 | 3;

export interface CategoryRule {
  id: CategoryId;
  zh: string;
  en: string;
  severity: Severity;
  /** Reports within this distance of a case's first report may join it. */
  mergeRadiusM: number;
  /** ... and within this time after the case's latest report. */
  mergeWindowMin: number;
}

const MIN = 1;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const CATEGORIES: Readonly<Record<CategoryId, CategoryRule>> = {
  'fire-smoke': {
    id: 'fire-smoke',
    zh: '火情烟雾',
    en: 'Fire / smoke',
    severity: 1,
    mergeRadiusM: 300,
    mergeWindowMin: 2 * HOUR,
  },
  'high-altitude-throwing': {
    id: 'high-altitude-throwing',
    zh: '高空抛物',
    en: 'Throwing from height',
    severity: 1,
    mergeRadiusM: 50,
    mergeWindowMin: 30 * MIN,
  },
  'ebike-in-corridor': {
    id: 'ebike-in-corridor',
    zh: '电动车进楼道',
    en: 'E-bike in corridor',
    severity: 2,
    mergeRadiusM: 30,
    mergeWindowMin: 12 * HOUR,
  },
  'crowd-gathering': {
    id: 'crowd-gathering',
    zh: '人员聚集',
    en: 'Crowd gathering',
    severity: 2,
    mergeRadiusM: 200,
    mergeWindowMin: 1 * HOUR,
  },
  'straw-burning': {
    id: 'straw-burning',
    zh: '秸秆焚烧',
    en: 'Straw burning',
    severity: 2,
    mergeRadiusM: 500,
    mergeWindowMin: 6 * HOUR,
  },
  'water-pollution': {
    id: 'water-pollution',
    zh: '河道污染',
    en: 'Water pollution',
    severity: 2,
    mergeRadiusM: 500,
    mergeWindowMin: 2 * DAY,
  },
  'illegal-dumping': {
    id: 'illegal-dumping',
    zh: '违规倾倒',
    en: 'Illegal dumping',
    severity: 2,
    mergeRadiusM: 100,
    mergeWindowMin: 3 * DAY,
  },
  'garbage-overflow': {
    id: 'garbage-overflow',
    zh: '垃圾满溢',
    en: 'Garbage overflow',
    severity: 3,
    mergeRadiusM: 50,
    mergeWindowMin: 1 * DAY,
  },
  'road-damage': {
    id: 'road-damage',
    zh: '道路破损',
    en: 'Road damage',
    severity: 3,
    mergeRadiusM: 50,
    mergeWindowMin: 7 * DAY,
  },
  'facility-damage': {
    id: 'facility-damage',
    zh: '公共设施损坏',
    en: 'Damaged public facility',
    severity: 3,
    mergeRadiusM: 30,
    mergeWindowMin: 7 * DAY,
  },
  'illegal-parking': {
    id: 'illegal-parking',
    zh: '违章停车',
    en: 'Illegal parking',
    severity: 3,
    mergeRadiusM: 50,
    mergeWindowMin: 4 * HOUR,
  },
  'street-vending': {
    id: 'street-vending',
    zh: '占道经营',
    en: 'Street vending',
    severity: 3,
    mergeRadiusM: 80,
    mergeWindowMin: 6 * HOUR,
  },
  'illegal-construction': {
    id: 'illegal-construction',
    zh: '违章搭建',
    en: 'Illegal construction',
    severity: 2,
    mergeRadiusM: 50,
    mergeWindowMin: 30 * DAY,
  },
  noise: {
    id: 'noise',
    zh: '噪声扰民',
    en: 'Noise',
    severity: 3,
    mergeRadiusM: 150,
    mergeWindowMin: 6 * HOUR,
  },
  'safety-hazard': {
    id: 'safety-hazard',
    zh: '安全隐患',
    en: 'Safety hazard',
    severity: 1,
    mergeRadiusM: 100,
    mergeWindowMin: 1 * DAY,
  },
  dispute: {
    id: 'dispute',
    zh: '矛盾纠纷',
    en: 'Dispute',
    severity: 2,
    mergeRadiusM: 100,
    mergeWindowMin: 1 * DAY,
  },
};

export function isCategoryId(value: string): value is CategoryId {
  return Object.hasOwn(CATEGORIES, value);
}
