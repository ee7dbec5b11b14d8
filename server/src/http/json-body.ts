// Small JSON bodies of the account and admin routes: JSON only, within the size limit, parsed by
// the route's schema; the first problem is answered as 400 with the field at fault.
import express, { type RequestHandler } from 'express';
import type { z } from 'zod';
import { ACCOUNT_LIMITS } from '../../../core/protocol/auth-schemas';
import { describeIssue } from '../feeds/ingest';
import { HttpError } from './errors';

const parse = express.json({ limit: ACCOUNT_LIMITS.bodyBytes, strict: true, type: 'application/json' });

export const jsonBody: RequestHandler = (req, res, next) => {
  if (!req.is('application/json')) {
    next(new HttpError(415, 'unsupported-media-type', 'send Content-Type: application/json'));
    return;
  }
  parse(req, res, next);
};

export function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const { field, reason } = describeIssue(parsed.error);
    throw new HttpError(400, 'bad-request', reason, field === '(item)' ? undefined : field);
  }
  return parsed.data;
}
