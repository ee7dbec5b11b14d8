// The shape of simulated traffic: reports a day per source, how they spread over the hours
// (Shanghai time), which categories each source reports, and words for descriptions.
import type { CategoryId } from '../../../core/domain/categories';
import type { ReportSource } from '../../../core/protocol/feeds';

export interface SourceProfile {
  perDay: number;
  /** Relative weight of each hour 0..23; 0 = the source is silent then. */
  hours: readonly number[];
  categories: (hour: number) => readonly (readonly [CategoryId, number])[];
}

const hours = (spec: Record<number, number>, rest = 0): number[] =>
  Array.from({ length: 24 }, (_, h) => spec[h] ?? rest);

// About 310 reports a day at speed 1.
export const SOURCE_PROFILES: Readonly<Record<ReportSource, SourceProfile>> = {
  // Sentinel cameras: round the clock, e-bikes into corridors in the evening; categories are
  // further limited to what each camera detects.
  camera: {
    perDay: 95,
    hours: hours(
      { 17: 5, 18: 6, 19: 6, 20: 6, 21: 5, 22: 4, 23: 3, 0: 2.5, 1: 2.5, 2: 2.5, 3: 2.5, 4: 2.5, 5: 2.5 },
      3,
    ),
    categories: (h) => [
      ['ebike-in-corridor', h >= 17 && h < 23 ? 6 : 1.5],
      ['crowd-gathering', h >= 9 && h < 22 ? 1 : 0.2],
      ['illegal-parking', 1.5],
      ['street-vending', h >= 6 && h < 21 ? 1 : 0.1],
      ['garbage-overflow', 1],
      ['fire-smoke', 0.15],
      ['high-altitude-throwing', 0.08],
    ],
  },
  // Drone patrols ("空中网格员") in two daytime windows.
  drone: {
    perDay: 25,
    hours: hours({ 9: 1, 10: 1, 11: 0.5, 14: 1, 15: 1, 16: 0.5 }),
    categories: () => [
      ['water-pollution', 3],
      ['illegal-dumping', 3],
      ['straw-burning', 2],
      ['illegal-construction', 2],
    ],
  },
  'grid-worker': {
    perDay: 80,
    hours: hours({ 8: 1, 9: 1.5, 10: 1.5, 11: 1, 12: 0.5, 13: 1, 14: 1.5, 15: 1.5, 16: 1, 17: 0.7 }),
    categories: () => [
      ['safety-hazard', 3],
      ['road-damage', 3],
      ['garbage-overflow', 3],
      ['street-vending', 3],
      ['facility-damage', 2],
      ['illegal-parking', 2],
      ['illegal-construction', 1],
      ['illegal-dumping', 1],
      ['ebike-in-corridor', 1],
      ['dispute', 1],
      ['water-pollution', 0.5],
      ['noise', 0.5],
    ],
  },
  // Residents scanning the QR code ("码上办"): morning and evening peaks.
  resident: {
    perDay: 60,
    hours: hours({ 7: 2, 8: 2, 9: 1, 18: 2, 19: 2.5, 20: 2.5, 21: 2, 22: 0.5 }, 0.7),
    categories: (h) => [
      ['noise', h >= 19 || h < 7 ? 5 : 2],
      ['garbage-overflow', 3],
      ['illegal-parking', 3],
      ['ebike-in-corridor', 2],
      ['facility-damage', 1],
      ['street-vending', 1],
    ],
  },
  hotline: {
    perDay: 40,
    hours: hours({
      8: 1,
      9: 1.2,
      10: 1.2,
      11: 1,
      12: 0.8,
      13: 1,
      14: 1.2,
      15: 1.2,
      16: 1,
      17: 0.8,
      18: 0.7,
      19: 0.6,
    }),
    categories: () => [
      ['noise', 2],
      ['dispute', 2],
      ['road-damage', 2],
      ['illegal-construction', 2],
      ['garbage-overflow', 2],
      ['water-pollution', 1],
      ['illegal-parking', 1],
      ['facility-damage', 1],
      ['safety-hazard', 1],
    ],
  },
  police: {
    perDay: 5,
    hours: hours({ 19: 2, 20: 2, 21: 2, 22: 1.5 }, 0.6),
    categories: () => [
      ['dispute', 3],
      ['crowd-gathering', 2],
    ],
  },
};

/** Categories that happen in villages (fields, canals), not in compounds. */
export const VILLAGE_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'straw-burning',
  'water-pollution',
  'illegal-dumping',
]);

export const DESCRIPTIONS: Readonly<Record<CategoryId, readonly string[]>> = {
  'fire-smoke': ['AI识别：疑似烟雾', '楼道内有烟雾', '垃圾桶起火冒烟'],
  'high-altitude-throwing': ['AI识别：高空抛物', '楼上扔下杂物'],
  'ebike-in-corridor': ['AI识别：电动车进入楼道/电梯', '电动车在楼道内充电', '电动车停放在单元门口堵塞通道'],
  'crowd-gathering': ['AI识别：人员聚集', '小区门口人员聚集'],
  'straw-burning': ['田间焚烧秸秆', '农田有明火烟雾'],
  'water-pollution': ['河道水面漂浮物较多', '河道出现异色水体', '排口疑似污水直排'],
  'illegal-dumping': ['路边倾倒建筑垃圾', '空地堆放生活垃圾', '夜间偷倒渣土'],
  'garbage-overflow': ['垃圾桶满溢', '垃圾分类亭周边垃圾堆积'],
  'road-damage': ['路面坑洼', '人行道地砖松动', '窨井盖破损'],
  'facility-damage': ['路灯不亮', '健身器材损坏', '护栏倒伏'],
  'illegal-parking': ['机动车占用消防通道', '车辆占用盲道停放', '路口违停影响通行'],
  'street-vending': ['流动摊贩占道经营', '店外摆摊占用人行道'],
  'illegal-construction': ['屋顶私自搭建', '院内违章搭建彩钢棚'],
  noise: ['夜间施工噪声扰民', '广场舞音响声音过大', '商铺外放音乐扰民'],
  'safety-hazard': ['电线私拉乱接', '燃气瓶存放不规范', '消防通道堆放杂物'],
  dispute: ['邻里纠纷', '物业与业主纠纷', '劳资纠纷'],
};

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '马',
  '胡',
  '沈',
  '顾',
  '陆',
  '钱',
  '蒋',
];
export const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '强',
  '洋',
  '艳',
  '杰',
  '军',
  '勇',
  '婷',
  '雪',
  '慧',
  '建华',
  '国强',
  '秀英',
  '志明',
  '丽娟',
];
