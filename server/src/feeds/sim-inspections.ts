// Simulated enterprise safety work: inspections on working days (riskier enterprises and
// "9+1" fire venues more often), hazards found in ~40 % with deadlines, and rectifications
// later: most before the deadline, some after. When a hazard is rectified is a pure function of
// its id, so the plan survives a restart.
import type { EnterpriseProps } from '../../../core/domain/area';
import { INSPECTION_INTERVAL_DAYS } from '../../../core/domain/enterprise-status';
import type { Hazard } from '../../../core/domain/model';
import {
  DAY_MS,
  HOUR_MS,
  isWorkingDay,
  shanghaiHour,
  startOfShanghaiDay,
  toMs,
} from '../../../core/domain/time';
import type { Campaign, InspectionInput, RectificationInput } from '../../../core/protocol/feeds';
import { personName, shanghaiIso } from './sim-incidents';
import { hash01, type Random } from '../../../core/random/seeded-random';

type InspectionItem = Omit<InspectionInput, 'campaign' | 'hazards'> &
  Partial<Pick<InspectionInput, 'campaign' | 'hazards'>>;

export const INSPECTIONS_PER_WORKING_DAY = 12;
export const HAZARD_SHARE = 0.4;
const WORK_HOURS = [8.5, 17.5] as const;
const HAZARD_PREFIX = 'YH-';
const RISK_WEIGHT = { red: 4, orange: 3, yellow: 2, blue: 1 } as const;
const MAJOR_SHARE = { red: 0.25, orange: 0.15, yellow: 0.08, blue: 0.05 } as const;

const GENERAL_HAZARDS = [
  '灭火器过期未更换',
  '安全出口堵塞',
  '电线私拉乱接',
  '消防通道堆放杂物',
  '应急照明损坏',
  '危化品存放不规范',
  '员工未佩戴防护用品',
  '配电箱未上锁',
];
const MAJOR_HAZARDS = [
  '生产经营储存住宿"三合一"',
  '粉尘涉爆除尘系统失效',
  '有限空间作业未审批',
  '自动喷淋系统瘫痪',
  '违规动火作业',
];
const INSPECTORS = ['安监办', '消防专干', '网格安全员'];

const stamp = (ms: number) => shanghaiIso(ms).slice(0, 19).replace(/[-:T]/g, '');

export function isWorkingTime(ms: number): boolean {
  const h = shanghaiHour(ms);
  return isWorkingDay(ms) && h >= WORK_HOURS[0] && h < WORK_HOURS[1];
}

/** When the simulated enterprise fixes a hazard: 85 % before the deadline, the rest 1-10 days late. */
export function plannedRectificationMs(hazard: Pick<Hazard, 'id' | 'foundAt' | 'deadline'>): number {
  const found = toMs(hazard.foundAt);
  const deadline = toMs(hazard.deadline);
  const u = hash01(hazard.id);
  const v = hash01(`${hazard.id}#`);
  return u < 0.85 ? found + (0.15 + 0.8 * v) * (deadline - found) : deadline + (1 + 9 * v) * DAY_MS;
}

/** Rectifications of the simulator's own open hazards whose planned time has come. */
export function dueRectifications(
  hazards: Iterable<Hazard>,
  nowMs: number,
  skip: ReadonlySet<string>,
): RectificationInput[] {
  const due: { atMs: number; item: RectificationInput }[] = [];
  for (const h of hazards) {
    if (h.rectifiedAt !== null || !h.id.startsWith(HAZARD_PREFIX) || skip.has(h.id)) continue;
    const atMs = Math.max(plannedRectificationMs(h), toMs(h.foundAt));
    if (atMs > nowMs) continue;
    due.push({
      atMs,
      item: {
        type: 'rectification',
        sourceRef: `ZG-${h.id}`,
        hazardRef: h.id,
        at: shanghaiIso(atMs),
        note: '已整改，复查合格',
      },
    });
  }
  return due.sort((a, b) => a.atMs - b.atMs).map((d) => d.item);
}

export function createInspectionGenerator(enterprises: readonly EnterpriseProps[], random: Random) {
  let counter = 0;

  function inspect(e: EnterpriseProps, atMs: number): InspectionItem {
    counter += 1;
    const ref = `JC-${e.id}-${stamp(atMs)}-${counter}`;
    const campaign: Campaign = e.fireVenue
      ? random.weighted([
          ['9+1', 0.6],
          ['331', 0.25],
          ['routine', 0.15],
        ] as const)
      : random.weighted([
          ['331', 0.15],
          ['routine', 0.85],
        ] as const);
    const hazards: InspectionInput['hazards'] = [];
    if (random.chance(HAZARD_SHARE)) {
      const n = 1 + Math.min(3, random.poisson(0.6));
      for (let k = 1; k <= n; k++) {
        const major = random.chance(MAJOR_SHARE[e.risk]);
        const days = major ? random.int(3, 15) : random.int(7, 30);
        hazards.push({
          ref: `${HAZARD_PREFIX}${e.id}-${stamp(atMs)}-${counter}-${k}`,
          level: major ? 'major' : 'general',
          description: random.pick(major ? MAJOR_HAZARDS : GENERAL_HAZARDS),
          deadline: shanghaiIso(atMs + days * DAY_MS),
        });
      }
    }
    return {
      type: 'inspection',
      sourceRef: ref,
      enterpriseId: e.id,
      at: shanghaiIso(atMs),
      inspector: `${random.pick(INSPECTORS)} ${personName(random)}`,
      campaign,
      hazards,
    };
  }

  return {
    /** Inspections in [fromMs, toMs) during working time; enterprises due for one are preferred. */
    generate(fromMs: number, toMs: number, speed: number, isDue: (id: string) => boolean): InspectionItem[] {
      if (enterprises.length === 0) return [];
      const items: InspectionItem[] = [];
      for (let start = fromMs; start < toMs;) {
        const end = Math.min(toMs, Math.floor(start / HOUR_MS) * HOUR_MS + HOUR_MS);
        const mid = (start + end) / 2;
        if (isWorkingTime(mid)) {
          const mean =
            (INSPECTIONS_PER_WORKING_DAY / (WORK_HOURS[1] - WORK_HOURS[0])) *
            ((end - start) / HOUR_MS) *
            speed;
          const times = Array.from({ length: random.poisson(mean) }, () =>
            Math.floor(random.between(start, end)),
          ).sort((a, b) => a - b);
          for (const atMs of times) {
            const e = random.weighted(
              enterprises.map(
                (x) => [x, RISK_WEIGHT[x.risk] * (isDue(x.id) ? 3 : 1) * (x.fireVenue ? 1.5 : 1)] as const,
              ),
            );
            items.push(inspect(e, atMs));
          }
        }
        start = end;
      }
      return items;
    },

    /** One past inspection per enterprise within about its interval, so that few are due at start. */
    baseline(nowMs: number): InspectionItem[] {
      const items = enterprises.map((e) => {
        const agoDays = INSPECTION_INTERVAL_DAYS[e.risk] * random.between(0.05, 1.12);
        let day = startOfShanghaiDay(nowMs - Math.max(1, agoDays) * DAY_MS);
        while (!isWorkingDay(day + 12 * HOUR_MS)) day -= DAY_MS;
        return inspect(e, Math.min(day + random.between(9, 17) * HOUR_MS, nowMs - HOUR_MS));
      });
      return items.sort((a, b) => toMs(a.at) - toMs(b.at));
    },
  };
}
