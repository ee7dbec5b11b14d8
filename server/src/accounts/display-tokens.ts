// Display tokens: long-lived, read-only (role viewer) credentials of wall screens. The secret is
// answered once; the database keeps its SHA-256, a label, and when it was last used.
import type Database from 'better-sqlite3';
import type { DisplayTokenView } from '../../../core/protocol/auth';
import { randomId, randomSecret, sha256 } from './secrets';

interface TokenRow {
  id: string;
  label: string;
  token_hash: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toView = (r: TokenRow): DisplayTokenView => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const TOUCH_EVERY_MS = 60_000;

export function createDisplayTokens(db: Database.Database, clock: () => number) {
  const now = () => new Date(clock()).toISOString();
  const insert = db.prepare(
    'INSERT INTO display_tokens (id, label, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  const byHash = db.prepare('SELECT * FROM display_tokens WHERE token_hash = ? AND revoked_at IS NULL');
  const byId = db.prepare('SELECT * FROM display_tokens WHERE id = ?');
  const all = db.prepare('SELECT * FROM display_tokens ORDER BY created_at, id');
  const touch = db.prepare('UPDATE display_tokens SET last_used_at = ? WHERE id = ?');
  const revoke = db.prepare('UPDATE display_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');

  return {
    create(label: string, createdBy: string): { token: DisplayTokenView; secret: string } {
      const id = randomId('dt');
      const secret = `dt.${randomSecret(32)}`;
      insert.run(id, label, sha256(secret), now(), createdBy);
      return { token: toView(byId.get(id) as TokenRow), secret };
    },
    /** The live token of a secret (noting its use), or null. */
    resolve(secret: string): DisplayTokenView | null {
      const row = byHash.get(sha256(secret)) as TokenRow | undefined;
      if (!row) return null;
      const nowMs = clock();
      if (row.last_used_at === null || nowMs - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
        row.last_used_at = new Date(nowMs).toISOString();
        touch.run(row.last_used_at, row.id);
      }
      return toView(row);
    },
    isLive(id: string): boolean {
      const row = byId.get(id) as TokenRow | undefined;
      return Boolean(row && row.revoked_at === null);
    },
    get(id: string): DisplayTokenView | null {
      const row = byId.get(id) as TokenRow | undefined;
      return row ? toView(row) : null;
    },
    list: () => (all.all() as TokenRow[]).map(toView),
    /** Revokes; false when there is no such live token. */
    revoke: (id: string) => revoke.run(now(), id).changes > 0,
  };
}

export type DisplayTokens = ReturnType<typeof createDisplayTokens>;
