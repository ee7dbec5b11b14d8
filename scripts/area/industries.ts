// The industry mix of the zone's enterprises: a Suzhou manufacturing zone, heavy on auto parts,
// machinery, electronics and metal work, with some logistics, food and a few chemical plants.
import type { FireVenueCategory } from '../../core/domain/area';

export interface Industry {
  name: string; // the industry as the register names it
  words: readonly string[]; // words that go into company names
  /** Added to the risk score: chemicals and metal work are more often red or orange. */
  riskBias: number;
}

export const INDUSTRIES = {
  auto: { name: '汽车零部件制造', words: ['汽车部件', '汽车零部件', '车辆配件', '汽配科技'], riskBias: 0.15 },
  machinery: {
    name: '通用设备制造',
    words: ['精密机械', '机械设备', '智能装备', '自动化设备', '机电'],
    riskBias: 0.1,
  },
  electronics: {
    name: '电子元器件',
    words: ['电子科技', '电子', '光电科技', '电子元件', '线缆'],
    riskBias: 0,
  },
  metal: {
    name: '金属制品加工',
    words: ['金属制品', '五金制品', '精密钣金', '金属科技', '模具'],
    riskBias: 0.35,
  },
  plastics: { name: '塑料制品', words: ['塑胶制品', '塑业', '塑料科技', '橡塑制品'], riskBias: 0.2 },
  materials: { name: '新材料', words: ['新材料科技', '复合材料', '材料科技', '新材料'], riskBias: 0.2 },
  food: { name: '食品制造', words: ['食品', '食品科技', '乳业'], riskBias: 0.05 },
  logistics: { name: '仓储物流', words: ['物流', '供应链管理', '仓储服务', '国际物流'], riskBias: 0.15 },
  textiles: { name: '纺织服装', words: ['纺织', '服饰', '织造', '制衣'], riskBias: 0.1 },
  furniture: { name: '家具制造', words: ['家具', '木业', '家居科技'], riskBias: 0.2 },
  chemicals: { name: '化工', words: ['化工', '精细化工', '涂料'], riskBias: 0.9 },
  packaging: { name: '包装印刷', words: ['包装材料', '印刷', '纸制品'], riskBias: 0.15 },
  medical: { name: '医疗器械', words: ['医疗器械', '医疗科技'], riskBias: 0 },
  appliances: { name: '家用电器制造', words: ['电器', '智能家电'], riskBias: 0.05 },
  retail: { name: '批发零售', words: ['商贸', '贸易', '日用品'], riskBias: -0.2 },
  catering: { name: '餐饮服务', words: ['餐饮管理', '餐饮'], riskBias: -0.05 },
  lodging: { name: '住宿服务', words: ['酒店管理', '宾馆'], riskBias: -0.05 },
  entertainment: { name: '文化娱乐', words: ['文化娱乐', '文化传播'], riskBias: 0 },
} as const satisfies Record<string, Industry>;
export type IndustryKey = keyof typeof INDUSTRIES;

/** Weighted industry mixes for the places enterprises stand in. */
// prettier-ignore
export const MIX: Readonly<Record<string, readonly [IndustryKey, number][]>> = {
  '漕湖高端装备产业园': [['machinery', 8], ['electronics', 6], ['metal', 4], ['materials', 2], ['medical', 2], ['appliances', 1]],
  '漕湖汽车零部件产业园': [['auto', 10], ['metal', 4], ['plastics', 3], ['electronics', 2], ['packaging', 1]],
  '下堡新材料产业园': [['materials', 7], ['chemicals', 2], ['plastics', 3], ['packaging', 2], ['metal', 1]],
  industrial: [
    ['auto', 5], ['machinery', 4], ['electronics', 3], ['metal', 4], ['plastics', 2], ['materials', 1], ['food', 2],
    ['logistics', 4], ['textiles', 2], ['furniture', 2], ['chemicals', 1], ['packaging', 1],
  ],
  workshop: [['metal', 5], ['plastics', 3], ['furniture', 3], ['textiles', 3], ['packaging', 1]],
  warehouse: [['logistics', 1]],
  town: [['retail', 6], ['catering', 5], ['lodging', 2], ['entertainment', 1]],
};

/** The "9+1" fire-safety venue category of a small town business, by industry. */
export const TOWN_VENUE: Partial<Record<IndustryKey, FireVenueCategory>> = {
  retail: 'small-shop',
  catering: 'small-restaurant',
  lodging: 'small-hotel',
  entertainment: 'small-entertainment',
};
