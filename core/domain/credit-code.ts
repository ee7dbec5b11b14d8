// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
// 31-character set (no I, O, Z, S, V). Layout: 1 registration authority, 2 organisation type,
// 3-8 administrative division of the registering office (GB/T 2260), 9-17 organisation code
// (GB 11714, itself ending in a check character), 18 check character (ISO 7064 MOD 31-3).

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Registration authority (position 1) → organisation types (position 2) it may issue. */
const TYPES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

/** GB/T 2260 province-level prefixes, plus 10 for bodies registered at national level. */
// prettier-ignore
const PROVINCE_PREFIXES = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The check character (position 18) for the first 17 characters of a credit code.
 * Throws when the input is not 17 characters of the credit-code character set.
 */
export function computeCreditCodeCheck(first17: string): string {
  if (first17.length !== 17) throw new Error(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`invalid character '${first17.charAt(i)}' at position ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check);
}

/**
 * The check character of a GB 11714 organisation code from its first 8 characters
 * (digits and capital letters, A = 10 … Z = 35): 11 - (weighted sum mod 11), 10 → 'X', 11 → '0'.
 */
export function computeOrganizationCodeCheck(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error(`invalid organisation code body '${first8}'`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8.charAt(i), 36) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Whether positions 9-17 of a credit code form an organisation code with a valid check character. */
export function hasValidOrganizationCode(code: string): boolean {
  const org = code.slice(8, 17);
  return /^[0-9A-Z]{8}[0-9X]$/.test(org) && computeOrganizationCodeCheck(org.slice(0, 8)) === org.charAt(8);
}

/**
 * Whether a string is a well-formed unified social credit code: 18 characters of the character
 * set, a known registration authority with one of its organisation types, a 6-digit division code
 * with a real province prefix, and the right check character. The organisation code's own check
 * is not required here (see `hasValidOrganizationCode`).
 */
export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  for (const ch of code) if (!CREDIT_CODE_CHARSET.includes(ch)) return false;
  const types = TYPES_BY_AUTHORITY[code.charAt(0)];
  if (types === undefined || !types.includes(code.charAt(1))) return false;
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division) || !PROVINCE_PREFIXES.has(division.slice(0, 2))) return false;
  return computeCreditCodeCheck(code.slice(0, 17)) === code.charAt(17);
}
