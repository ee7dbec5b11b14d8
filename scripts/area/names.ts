// Synthetic names: grid workers' personal names and enterprises' company names. Deterministic
// from the caller's generator, unique within one run, and not meant to name real people or firms.
import type { Random } from './random';

// Common surnames in Suzhou and given names of several generations.
// prettier-ignore
const SURNAMES = [
  '陈', '张', '王', '李', '朱', '周', '徐', '沈', '顾', '吴', '陆', '钱', '金', '杨', '蒋', '许', '姚', '孙',
  '黄', '邹', '缪', '浦', '殷', '管', '戴', '唐', '范', '华', '潘', '施',
];
// prettier-ignore
const GIVEN_NAMES = [
  '建华', '丽娟', '晓燕', '伟', '敏', '春梅', '国强', '志明', '雪芳', '海燕', '小红', '雯', '静', '磊', '杰',
  '洁', '婷婷', '文斌', '美琴', '金凤', '卫东', '振华', '秀英', '佳怡', '明', '勇', '晨', '琳', '浩', '俊',
  '建军', '红梅', '雪琴', '伟明', '丽华', '志刚', '慧', '晓东', '玲', '云飞', '梦婷', '宇航', '亚男', '家豪', '思远',
];

/** A personal name not yet in `used` (which it updates). */
export function personName(rng: Random, used: Set<string>): string {
  for (let tries = 0; tries < 1000; tries++) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('personName: ran out of names');
}

// Two-character trade names of the kind Suzhou firms use, avoiding well-known brands.
// prettier-ignore
const TRADE_NAMES = [
  '恒达', '瑞丰', '金鼎', '华晟', '鑫源', '宏利', '嘉美', '博远', '德辉', '永信', '汇通', '立升', '科诺', '凯瑞',
  '旭东', '佳和', '昌盛', '润泽', '星宇', '天成', '聚力', '合创', '新锐', '精拓', '东吴', '吴越', '湖畔', '漕阳',
  '相和', '盛泰', '宝丰', '铭泰', '和顺', '远航', '泰科', '诚信', '华鼎', '万隆', '锦华', '裕丰', '祥瑞', '荣晟',
  '中鼎', '力恒', '卓越', '恒信', '天佑', '振宇', '海润', '金枫', '永固', '凯盛', '晟华', '方圆', '博瑞', '创优',
  '铭诚', '德胜', '通达', '瀚海', '富源', '安泰', '广进', '新纪', '宏图', '长顺', '帝鑫', '亿隆', '三禾', '青禾',
  '森宇', '澄湖', '鸿运', '晶润', '丰泽', '尚品', '百川', '启明', '正阳', '恒泰', '嘉诚', '一诺', '同舟', '德盛',
];

/** Company name patterns: {t} trade name, {w} the industry word. */
const PATTERNS = [
  { text: '苏州{t}{w}有限公司', weight: 6 },
  { text: '{t}{w}（苏州）有限公司', weight: 2 },
  { text: '苏州市{t}{w}有限公司', weight: 2 },
  { text: '苏州{t}{w}股份有限公司', weight: 1 },
] as const;
const SMALL_PATTERNS = [
  '苏州市相城区漕湖{t}{w}厂',
  '苏州{t}{w}有限公司',
  '苏州市相城区{t}{w}经营部',
] as const;

function weightedPattern(rng: Random): string {
  const total = PATTERNS.reduce((sum, p) => sum + p.weight, 0);
  let r = rng.next() * total;
  for (const p of PATTERNS) {
    r -= p.weight;
    if (r < 0) return p.text;
  }
  return PATTERNS[0].text;
}

/**
 * A company name for an industry word (e.g. 精密机械), not yet in `used`. Small venues (workshops,
 * shops) get the plainer patterns of small businesses.
 */
export function companyName(
  words: readonly string[],
  small: boolean,
  rng: Random,
  used: Set<string>,
): string {
  for (let tries = 0; tries < 1000; tries++) {
    const pattern = small ? rng.pick(SMALL_PATTERNS) : weightedPattern(rng);
    const name = pattern.replace('{t}', rng.pick(TRADE_NAMES)).replace('{w}', rng.pick(words));
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('companyName: ran out of names');
}
