// Schemas of the account requests (parsed at the edge; the types are inferred from them).
import { z } from 'zod';
import { USER_ROLES } from '../domain/model';
import { FEED_KEY_SOURCES } from './access';

export const ACCOUNT_LIMITS = {
  bodyBytes: 16 * 1024,
  passwordMin: 10,
  passwordMax: 256,
} as const;

export const usernameSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$/,
    '2 to 32 letters, digits, _ . - (starting with a letter or digit)',
  );
const displayName = z.string().trim().min(1).max(64);
export const passwordSchema = z
  .string()
  .min(ACCOUNT_LIMITS.passwordMin, `at least ${ACCOUNT_LIMITS.passwordMin} characters`)
  .max(ACCOUNT_LIMITS.passwordMax);
const personId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits, _ . : - (at most 64)');

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
});

export const passwordChangeSchema = z.strictObject({
  current: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
  next: passwordSchema,
});

const fieldRoleNeedsPerson = (u: { role?: string; personId?: string | null }) =>
  !(u.role === 'grid-worker' || u.role === 'responder') || Boolean(u.personId);

export const createUserSchema = z
  .strictObject({
    username: usernameSchema,
    name: displayName,
    role: z.enum(USER_ROLES),
    personId: personId.optional(),
    password: passwordSchema,
  })
  .refine(fieldRoleNeedsPerson, { message: 'a field account needs its personId', path: ['personId'] });

export const updateUserSchema = z
  .strictObject({
    name: displayName.optional(),
    role: z.enum(USER_ROLES).optional(),
    personId: personId.nullable().optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to change' });

export const createDisplayTokenSchema = z.strictObject({ label: z.string().trim().min(1).max(64) });

export const createFeedKeySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - (at most 64)'),
  source: z.enum(FEED_KEY_SOURCES),
});

export const idParamSchema = z.string().regex(/^[A-Za-z0-9_:-]{1,64}$/, 'not an id');
