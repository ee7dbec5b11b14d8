// With no FEED_KEYS configured, one key is generated on first start and kept in
// DATA_DIR/feed-key (mode 0600), so a fresh install works and the key survives restarts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIN_FEED_KEY_LENGTH, type FeedKey } from '../config';

export const FEED_KEY_FILE = 'feed-key';

export function loadOrCreateFeedKey(dataDir: string): { feedKey: FeedKey; file: string; created: boolean } {
  const file = path.join(dataDir, FEED_KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length < MIN_FEED_KEY_LENGTH || /\s/.test(key)) {
      throw new Error(
        `${file} does not hold a usable feed key (at least ${MIN_FEED_KEY_LENGTH} characters, no spaces)`,
      );
    }
    return { feedKey: { name: 'default', key, source: '*' }, file, created: false };
  }
  const key = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { feedKey: { name: 'default', key, source: '*' }, file, created: true };
}
