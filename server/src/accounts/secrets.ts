// Passwords are hashed with scrypt (memory-hard) and a per-user salt; tokens and keys are random
// and stored as SHA-256 (they are long and random: a slow hash would add nothing but latency).
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** N = 2^15, r = 8: 32 MiB and some tens of milliseconds per hash. */
export const SCRYPT_N = 32_768;
const COST = { r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

/** `N`: the cost (tests that make many accounts lower it; the hash records it). */
export async function hashPassword(password: string, N = SCRYPT_N): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, ...COST, maxmem: MAX_MEM });
  return `scrypt$${N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

// Verified against when the username is unknown, so that the answer takes as long either way.
const dummyHashes = new Map<number, Promise<string>>();

/** Whether `password` matches `stored` (null: an unknown user; always false, in the same time). */
export async function verifyPassword(
  password: string,
  stored: string | null,
  N = SCRYPT_N,
): Promise<boolean> {
  if (!dummyHashes.has(N)) dummyHashes.set(N, hashPassword(crypto.randomBytes(16).toString('hex'), N));
  const hash = stored ?? (await dummyHashes.get(N)!);
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEM,
  });
  return crypto.timingSafeEqual(actual, expected) && stored !== null;
}

export const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

export const randomSecret = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

export const randomId = (prefix: string) => `${prefix}_${crypto.randomBytes(9).toString('base64url')}`;

/** Constant-time equality of two strings of any length. */
export function safeEqual(a: string, b: string): boolean {
  const da = crypto.createHash('sha256').update(a).digest();
  const db = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(da, db) && a.length === b.length;
}
