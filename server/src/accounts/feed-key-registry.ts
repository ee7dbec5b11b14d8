// Feed keys: each belongs to exactly one source (a report source, `inspection` or `positions`).
// Keys made in the admin API live hashed in the database and can be added, rotated and revoked
// while the server runs; keys from FEED_KEYS (`name:key` for every source, `name@source:key` for
// one) and the generated DATA_DIR/feed-key (every source) are held in memory as hashes.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { FeedKeySource } from '../../../core/protocol/access';
import type { FeedKeyView } from '../../../core/protocol/auth';
import type { FeedKey } from '../config';
import { randomId, randomSecret, sha256 } from './secrets';

/** The key a feed request was sent with: its name is recorded as the actor, never the secret. */
export interface ResolvedFeedKey {
  id: string;
  name: string;
  source: FeedKeySource | '*';
}

interface KeyRow {
  id: string;
  name: string;
  source: FeedKeySource;
  key_hash: string;
  created_at: string;
  rotated_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toView = (r: KeyRow): FeedKeyView => ({
  id: r.id,
  name: r.name,
  source: r.source,
  origin: 'admin',
  createdAt: r.created_at,
  rotatedAt: r.rotated_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export class FeedKeyNameTakenError extends Error {
  override name = 'FeedKeyNameTakenError';
}

const TOUCH_EVERY_MS = 60_000;

export function createFeedKeyRegistry(
  db: Database.Database,
  configured: readonly FeedKey[],
  clock: () => number,
) {
  const now = () => new Date(clock()).toISOString();
  const fixed = configured.map((k) => ({
    id: `env:${k.name}`,
    name: k.name,
    source: k.source,
    digest: crypto.createHash('sha256').update(k.key, 'utf8').digest(),
  }));
  const insert = db.prepare(
    'INSERT INTO feed_keys (id, name, source, key_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byHash = db.prepare('SELECT * FROM feed_keys WHERE key_hash = ? AND revoked_at IS NULL');
  const byId = db.prepare('SELECT * FROM feed_keys WHERE id = ?');
  const all = db.prepare('SELECT * FROM feed_keys ORDER BY created_at, id');
  const touch = db.prepare('UPDATE feed_keys SET last_used_at = ? WHERE id = ?');
  const rotate = db.prepare(
    'UPDATE feed_keys SET key_hash = ?, rotated_at = ? WHERE id = ? AND revoked_at IS NULL',
  );
  const revoke = db.prepare('UPDATE feed_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const newSecret = () => `fk.${randomSecret(32)}`;

  return {
    resolve(secret: string): ResolvedFeedKey | null {
      const given = crypto.createHash('sha256').update(secret, 'utf8').digest();
      let match: ResolvedFeedKey | null = null;
      for (const k of fixed) {
        // No early exit: every configured key is compared.
        if (crypto.timingSafeEqual(given, k.digest) && match === null) match = k;
      }
      if (match) return { id: match.id, name: match.name, source: match.source };
      const row = byHash.get(given.toString('hex')) as KeyRow | undefined;
      if (!row) return null;
      const nowMs = clock();
      if (row.last_used_at === null || nowMs - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
        touch.run(new Date(nowMs).toISOString(), row.id);
      }
      return { id: row.id, name: row.name, source: row.source };
    },
    list(): FeedKeyView[] {
      const env: FeedKeyView[] = fixed.map((k) => ({
        id: k.id,
        name: k.name,
        source: k.source,
        origin: 'env',
        createdAt: null,
        rotatedAt: null,
        lastUsedAt: null,
        revokedAt: null,
      }));
      return [...env, ...(all.all() as KeyRow[]).map(toView)];
    },
    get(id: string): FeedKeyView | null {
      const row = byId.get(id) as KeyRow | undefined;
      return row ? toView(row) : null;
    },
    isConfigured: (id: string) => fixed.some((k) => k.id === id),
    create(name: string, source: FeedKeySource): { key: FeedKeyView; secret: string } {
      if (fixed.some((k) => k.name === name)) throw new FeedKeyNameTakenError(`the name ${name} is taken`);
      const id = randomId('fk');
      const secret = newSecret();
      try {
        insert.run(id, name, source, sha256(secret), now());
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new FeedKeyNameTakenError(`the name ${name} is taken`);
        }
        throw err;
      }
      return { key: toView(byId.get(id) as KeyRow), secret };
    },
    /** A new secret for a live key (the old one stops working at once), or null. */
    rotate(id: string): { key: FeedKeyView; secret: string } | null {
      const secret = newSecret();
      if (rotate.run(sha256(secret), now(), id).changes === 0) return null;
      return { key: toView(byId.get(id) as KeyRow), secret };
    },
    revoke: (id: string) => revoke.run(now(), id).changes > 0,
  };
}

export type FeedKeyRegistry = ReturnType<typeof createFeedKeyRegistry>;
