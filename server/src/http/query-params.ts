// Query parameters of the read routes: times as ISO 8601 with a zone, whole numbers in a range.
import { toIso } from '../../../core/domain/time';
import { HttpError } from './errors';

// A date and a time with seconds, and a zone (Z or ±hh:mm): no local-time guessing.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function isoParam(query: Record<string, unknown>, name: string, fallback?: string): string {
  const raw = query[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  if (typeof raw !== 'string' || raw === '') {
    throw new HttpError(400, 'bad-request', `${name} is required: an ISO 8601 time with a zone`, name);
  }
  const ms = Date.parse(raw);
  if (!ISO.test(raw) || Number.isNaN(ms)) {
    throw new HttpError(
      400,
      'bad-request',
      `not an ISO 8601 time with a zone, e.g. 2025-03-05T14:32:00+08:00`,
      name,
    );
  }
  return toIso(ms);
}

export function intParam(
  query: Record<string, unknown>,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = query[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n > max) {
    throw new HttpError(400, 'bad-request', `a whole number from 0 to ${max}`, name);
  }
  return n;
}
