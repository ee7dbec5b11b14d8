// Feed authentication: `Authorization: Bearer <key>`, compared in constant time against every
// configured key (hashes first, so the lengths do not leak either).
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { FeedKey } from '../config';
import { HttpError } from './errors';

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

/** Sets `res.locals.feedKeyName` for the routes after it. */
export function requireFeedKey(keys: readonly FeedKey[]): RequestHandler {
  const known = keys.map((k) => ({ name: k.name, digest: digest(k.key) }));
  return (req, res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    let name: string | null = null;
    if (match) {
      const given = digest(match[1] as string);
      for (const k of known) {
        // No early exit: every key is compared.
        if (crypto.timingSafeEqual(given, k.digest) && name === null) name = k.name;
      }
    }
    if (name === null) {
      res.set('WWW-Authenticate', 'Bearer realm="caohu-feeds"');
      next(
        new HttpError(
          401,
          'unauthorized',
          match ? 'unknown feed key' : 'missing Authorization: Bearer <feed key>',
        ),
      );
      return;
    }
    res.locals.feedKeyName = name;
    next();
  };
}
