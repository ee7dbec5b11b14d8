// Synthetic unified social credit codes: valid by GB 32100 (and GB 11714 for the organisation
// code inside), registered mostly in 相城区 (320507), unique, and not the codes of real firms.
import {
  CREDIT_CODE_CHARSET,
  computeCreditCodeCheck,
  computeOrganizationCodeCheck,
} from '../../core/domain/credit-code';
import type { Random } from './random';

// Organisation-code prefixes of codes issued after 2015 in Suzhou look like MA1M…, MA20…
const NEW_PREFIXES = [
  'MA1M',
  'MA1N',
  'MA1P',
  'MA1Q',
  'MA1R',
  'MA1T',
  'MA1W',
  'MA1X',
  'MA1Y',
  'MA20',
  'MA21',
  'MA22',
  'MA25',
  'MA26',
  'MA27',
];
const DIGITS = '0123456789';

function organizationCode(rng: Random): string {
  let body: string;
  if (rng.chance(0.6)) {
    body = rng.pick(NEW_PREFIXES);
    while (body.length < 8) body += rng.pick([...CREDIT_CODE_CHARSET]);
  } else {
    // Older codes: eight digits, often starting 6 or 7 in Jiangsu.
    body = rng.pick(['6', '7', '7', '5', '0']);
    while (body.length < 8) body += rng.pick([...DIGITS]);
  }
  return body + computeOrganizationCodeCheck(body);
}

/** A new credit code of a company (9 = market regulation, 1 = enterprise), not yet in `used`. */
export function syntheticCreditCode(rng: Random, used: Set<string>, division = '320507'): string {
  for (let tries = 0; tries < 1000; tries++) {
    const first17 = `91${division}${organizationCode(rng)}`;
    const code = first17 + computeCreditCodeCheck(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
  throw new Error('syntheticCreditCode: no unused code found');
}
