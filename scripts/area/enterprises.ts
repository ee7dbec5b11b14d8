// Enterprises' safety attributes on top of their sites: a risk colour, a standardization grade,
// rented-plant status matching the published 2021 counts, and a synthetic credit code.
import type { Polygon, Position } from 'geojson';
import type { EnterpriseProps, RiskColour, StandardizationGrade } from '../../core/domain/area';
import type { CellRecord } from './cells';
import { syntheticCreditCode } from './credit-codes';
import { type EnterpriseSite, placeEnterpriseSites } from './enterprise-sites';
import { INDUSTRIES } from './industries';
import { rngFor } from './random';
import { PUBLISHED_2021 } from './reference';

export interface EnterpriseRecord {
  props: EnterpriseProps;
  point: Position;
}

const RISK_SHARES: [RiskColour, number][] = [
  ['red', 0.02],
  ['orange', 0.1],
  ['yellow', 0.35],
];
const GRADE_3_COUNT = 14;
const RENTED_SHARE = 0.2;

/** Exactly `count` items, chosen by descending score (ties by order). */
function topBy<T>(items: readonly T[], count: number, score: (item: T) => number): Set<T> {
  return new Set(
    items
      .map((item, i) => ({ item, i, s: score(item) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, count)
      .map((x) => x.item),
  );
}

export function buildEnterprises(cells: CellRecord[], water: Polygon[]): EnterpriseRecord[] {
  const rng = rngFor('enterprises');
  const drafts = placeEnterpriseSites(cells, water, rng);
  const n = drafts.length;

  // Risk: a score from chance plus the industry's hazard, cut at the published-style shares.
  const riskScore = new Map(
    drafts.map((d) => [
      d,
      rng.next() + INDUSTRIES[d.industry].riskBias + (d.fireVenue === 'small-workshop' ? 0.15 : 0),
    ]),
  );
  const byRisk = drafts.toSorted((a, b) => (riskScore.get(b) ?? 0) - (riskScore.get(a) ?? 0));
  const risk = new Map<EnterpriseSite, RiskColour>();
  let start = 0;
  for (const [colour, share] of RISK_SHARES) {
    const count = Math.round(n * share);
    for (const d of byRisk.slice(start, start + count)) risk.set(d, colour);
    start += count;
  }

  // Standardization: the 6 level-2 enterprises are large ones (two of the named, four in parks).
  const large = (d: EnterpriseSite) => d.group === 'named' || d.group === 'park' || d.group === 'industrial';
  const sizeScore = new Map(
    drafts.map((d) => [
      d,
      (d.group === 'named' ? 2 : d.group === 'park' ? 1 : 0.6) * rng.next() +
        (d.group === 'named' && d.park ? 1 : 0),
    ]),
  );
  const grade2 = topBy(
    drafts.filter(large),
    PUBLISHED_2021.enterprisesPassedLevel2StandardizationReview,
    (d) => sizeScore.get(d) ?? 0,
  );
  const grade3 = topBy(
    drafts.filter((d) => large(d) && !grade2.has(d)),
    GRADE_3_COUNT,
    (d) => sizeScore.get(d) ?? 0,
  );
  const grade = (d: EnterpriseSite): StandardizationGrade => {
    if (grade2.has(d)) return '2';
    if (grade3.has(d)) return '3';
    if (d.group === 'town') return 'none';
    return rng.chance(d.group === 'workshop' || d.group === 'warehouse' ? 0.45 : 0.6) ? 'small' : 'none';
  };

  // Rented plants: mostly small firms in village workshops and park standard buildings.
  const rentScore = new Map(
    drafts.map((d) => [
      d,
      d.group === 'named' || d.group === 'town'
        ? -1
        : rng.next() * (d.group === 'workshop' || d.group === 'warehouse' ? 2.5 : 1),
    ]),
  );
  const rented = topBy(drafts, Math.round(n * RENTED_SHARE), (d) => rentScore.get(d) ?? 0);
  const standardized = topBy(
    [...rented].filter((d) => d.park !== null),
    PUBLISHED_2021.rentedPlantsStandardized,
    () => rng.next(),
  );
  if (standardized.size !== PUBLISHED_2021.rentedPlantsStandardized)
    throw new Error('too few rented plants in parks');

  const usedCodes = new Set<string>();
  return drafts.map((d, i) => {
    const division = d.group === 'named' ? '320500' : rng.chance(0.08) ? '320500' : '320507';
    const props: EnterpriseProps = {
      id: `E${String(i + 1).padStart(4, '0')}`,
      creditCode: syntheticCreditCode(rng, usedCodes, division),
      name: d.name,
      industry: INDUSTRIES[d.industry].name,
      cellCode: d.cell.props.code,
      communityCode: d.cell.props.communityCode,
      risk: risk.get(d) ?? 'blue',
      standardization: grade(d),
      rentedPlant: rented.has(d),
      rentedPlantStandardized: standardized.has(d),
      fireVenue: d.fireVenue,
      park: d.park,
      named: d.group === 'named',
    };
    return { props, point: d.point };
  });
}
