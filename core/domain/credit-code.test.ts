import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  computeCreditCodeCheck,
  computeOrganizationCodeCheck,
  hasValidOrganizationCode,
  isValidCreditCode,
} from './credit-code';

// Codes of real organisations as published on their licences; each one's check character was
// recomputed when it was added here (a wrong algorithm would match each only 1 time in 31).
const REAL_CODES = [
  '91350100M000100Y43', // the example of GB 32100 explanations (Fuzhou)
  '914403001922038216', // Huawei Technologies Co., Ltd.
  '91440300708461136T', // Shenzhen Tencent Computer Systems Co., Ltd.
  '91110000802100433B', // Beijing Baidu Netcom Science and Technology Co., Ltd.
  '9111000071093123XX', // China Mobile Communications Group Co., Ltd.
];

function replaceAt(code: string, index: number, ch: string): string {
  return code.slice(0, index) + ch + code.slice(index + 1);
}

describe('computeCreditCodeCheck', () => {
  it('gives the check character of real codes', () => {
    for (const code of REAL_CODES) expect(computeCreditCodeCheck(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it("maps a remainder of 0 to '0'", () => {
    // All zeros: sum 0, 31 - 0 = 31 → '0'.
    expect(computeCreditCodeCheck('00000000000000000')).toBe('0');
  });

  it('rejects wrong lengths and characters outside the set', () => {
    expect(() => computeCreditCodeCheck('9135010')).toThrow();
    expect(() => computeCreditCodeCheck('91350100M000100I4')).toThrow();
  });
});

describe('isValidCreditCode', () => {
  it('accepts real codes', () => {
    for (const code of REAL_CODES) expect(isValidCreditCode(code)).toBe(true);
  });

  it('rejects every single-character change of a real code', () => {
    const code = REAL_CODES[0]!;
    for (let i = 0; i < 18; i++) {
      for (const ch of CREDIT_CODE_CHARSET) {
        if (ch === code.charAt(i)) continue;
        expect(isValidCreditCode(replaceAt(code, i, ch)), `${i}:${ch}`).toBe(false);
      }
    }
  });

  it('rejects swapped neighbours, lower case, letters outside the set and wrong lengths', () => {
    const code = REAL_CODES[1]!;
    expect(isValidCreditCode(code.slice(0, 9) + code.charAt(10) + code.charAt(9) + code.slice(11))).toBe(
      false,
    );
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    for (const ch of 'IOZSV') expect(isValidCreditCode(replaceAt(code, 12, ch))).toBe(false);
  });

  it('checks the structure, not only the check character', () => {
    const withCheck = (first17: string) => first17 + computeCreditCodeCheck(first17);
    expect(isValidCreditCode(withCheck('91320507MA1MXXXX0'))).toBe(true);
    expect(isValidCreditCode(withCheck('Y1320507MA1MXXXX0'))).toBe(true);
    expect(isValidCreditCode(withCheck('B1320507MA1MXXXX0'))).toBe(false); // no authority B
    expect(isValidCreditCode(withCheck('94320507MA1MXXXX0'))).toBe(false); // 工商 has no type 4
    expect(isValidCreditCode(withCheck('Y2320507MA1MXXXX0'))).toBe(false); // 其他 has only type 1
    expect(isValidCreditCode(withCheck('9199050701234567A'))).toBe(false); // no province 99
    expect(isValidCreditCode(withCheck('9132050A01234567A'))).toBe(false); // division not digits
  });
});

describe('organisation code (positions 9-17)', () => {
  it('has a valid GB 11714 check character in real codes', () => {
    for (const code of REAL_CODES) expect(hasValidOrganizationCode(code)).toBe(true);
    expect(computeOrganizationCodeCheck('M000100Y')).toBe('4');
  });

  it('fails when the organisation code is altered', () => {
    expect(hasValidOrganizationCode(replaceAt(REAL_CODES[0]!, 16, '5'))).toBe(false);
    expect(hasValidOrganizationCode(replaceAt(REAL_CODES[1]!, 10, '9'))).toBe(false);
  });
});
