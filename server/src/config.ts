// The server's configuration, from environment variables. Pure: `createConfig(env)` can be
// called by tests with any object; it throws a ConfigError that names every bad variable.
import path from 'node:path';
import { z } from 'zod';
import { FEED_KEY_SOURCES, type FeedKeySource } from '../../core/protocol/access';

export interface FeedKey {
  name: string; // shown in logs and recorded as the actor of events; never the secret
  key: string;
  /** The one source it may send for, or `*`: all (for replay and tests). */
  source: FeedKeySource | '*';
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  areaDir: string;
  /** Time limits and working calendars (data/rules). */
  rulesDir: string;
  /** The roster of responders (grid workers come from the area data). */
  peopleFile: string;
  /** A person not heard from for this long (on shift) is offline. */
  peopleOfflineMs: number;
  clientDir: string;
  simulator: { enabled: boolean; speed: number; backfillHours: number; seed: number | null };
  /** Empty when none configured: then a key is generated in DATA_DIR/feed-key. */
  feedKeys: FeedKey[];
  tickMs: number;
  /** Deltas kept for screens that reconnect; past the backlog bound a screen is moved to a snapshot. */
  sync: {
    retentionEvents: number;
    retentionMs: number;
    maxBacklog: number;
    maxLagMs: number;
    catchUpPart: number;
  };
  /** When projection checkpoints are written, and how many are kept. */
  checkpoints: { everyEvents: number; everyMs: number; keep: number };
  logLevel: LogLevel;
  /** An external raster basemap a site chose; null = offline only. */
  basemap: { tiles: string; attribution: string } | null;
  /** The first admin, created on a start that finds no admin. */
  admin: { username: string; password: string } | null;
  /** Session cookies carry `Secure` (behind HTTPS). */
  cookieSecure: boolean;
  sessions: { idleMs: number; maxMs: number };
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const MIN_FEED_KEY_LENGTH = 16;
/**
 * How often live changes are coalesced into one delta a screen (TICK_MS). A change waits on average
 * half a tick: at 50 ms, 200 reports/s reached a thousand screens with a p99 of 53–68 ms while the
 * disk did not stall (docs/BENCHMARKS.md); at 100 ms the tick alone put the p99 over 100 ms.
 */
export const DEFAULT_TICK_MS = 50;
/** A screen's oldest unapplied delta may wait this long before its deltas pause (hub flow control). */
export const DEFAULT_MAX_LAG_MS = 3_000;
/**
 * Entities in one part (message) of a catch-up (hub flow control): about 150 KB of JSON, read in a
 * few milliseconds. A round, sent once the screen has read the last, holds this many more than
 * changed while it read the last one, so each round takes this much off what the screen lacks.
 */
export const DEFAULT_CATCH_UP_PART = 250;
/**
 * Seqs the hub keeps deltas for (SYNC_RETENTION_EVENTS; 15 minutes at most): about 8 minutes at
 * 200 reports a second, so a screen away or behind that long on a bad day catches up with deltas,
 * not with a snapshot of every case. An entry is a tick (a few ids): memory grows with ticks.
 */
export const DEFAULT_RETENTION_EVENTS = 100_000;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KEY_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const isFeedKeySource = (s: string): s is FeedKeySource =>
  (FEED_KEY_SOURCES as readonly string[]).includes(s);

const feedKeysSchema = z.string().transform((raw, ctx): FeedKey[] => {
  const keys: FeedKey[] = [];
  const entries = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const label = colon > 0 ? entry.slice(0, colon) : `key${i + 1}`;
    const key = colon > 0 ? entry.slice(colon + 1) : entry;
    // name@source: a key for that one source.
    const [name = '', source = '*'] = label.split('@');
    if (source !== '*' && !isFeedKeySource(source))
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1} (${name}): unknown source ${source} (one of ${FEED_KEY_SOURCES.join(', ')})`,
      });
    else if (!KEY_NAME.test(name))
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1}: the name may use letters, digits, _ . - (at most 64)`,
      });
    else if (key.length < MIN_FEED_KEY_LENGTH || /\s/.test(key)) {
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1} (${name}): a key needs at least ${MIN_FEED_KEY_LENGTH} characters and no spaces`,
      });
    } else if (keys.some((k) => k.name === name || k.key === key)) {
      ctx.addIssue({ code: 'custom', message: `entry ${i + 1} (${name}): name or key repeated` });
    } else keys.push({ name, key, source: source as FeedKeySource | '*' });
  }
  return keys;
});

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: int(0, 65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./var'),
  AREA_DIR: z.string().min(1).default('./data/area'),
  RULES_DIR: z.string().min(1).default('./data/rules'),
  PEOPLE_FILE: z.string().min(1).default('./data/people/responders.json'),
  PEOPLE_OFFLINE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(10),
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  SIMULATOR: z.enum(['on', 'off']).default('on'),
  SIMULATOR_SPEED: z.coerce.number().positive().max(100_000).default(1),
  SIMULATOR_BACKFILL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 14)
    .default(12),
  SIMULATOR_SEED: int(0, 2 ** 32 - 1).optional(),
  FEED_KEYS: feedKeysSchema.default([]),
  TICK_MS: int(10, 10_000).default(DEFAULT_TICK_MS),
  SYNC_RETENTION_EVENTS: int(0, 10_000_000).default(DEFAULT_RETENTION_EVENTS),
  SYNC_RETENTION_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(15),
  SYNC_MAX_BACKLOG: int(1, 100_000).default(64),
  SYNC_MAX_LAG_MS: int(100, 600_000).default(DEFAULT_MAX_LAG_MS),
  SYNC_CATCH_UP_PART: int(1, 10_000_000).default(DEFAULT_CATCH_UP_PART),
  CHECKPOINT_EVERY_EVENTS: int(1, 100_000_000).default(10_000),
  CHECKPOINT_EVERY_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(60),
  CHECKPOINT_KEEP: int(1, 1000).default(24),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BASEMAP_TILES: z
    .url({ protocol: /^https?$/ })
    .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
      message: 'a tile URL template with {z}, {x} and {y}',
    })
    .optional(),
  BASEMAP_ATTRIBUTION: z.string().max(200).default(''),
  ADMIN_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$/, '2 to 32 letters, digits, _ . -')
    .optional(),
  ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').max(256).optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .positive()
    .max(30 * 24 * 60)
    .default(8 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .positive()
    .max(365 * 24)
    .default(72),
});

/** Only the variables we read; an empty string counts as unset. */
function pickEnv(env: Record<string, string | undefined>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') picked[key] = value.trim();
  }
  return picked;
}

export function createConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(pickEnv(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_USERNAME === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  ADMIN_USERNAME, ADMIN_PASSWORD: set both (the first admin) or neither',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    areaDir: path.resolve(e.AREA_DIR),
    rulesDir: path.resolve(e.RULES_DIR),
    peopleFile: path.resolve(e.PEOPLE_FILE),
    peopleOfflineMs: e.PEOPLE_OFFLINE_MINUTES * 60_000,
    clientDir: path.resolve(e.CLIENT_DIR),
    simulator: {
      enabled: e.SIMULATOR === 'on',
      speed: e.SIMULATOR_SPEED,
      backfillHours: e.SIMULATOR_BACKFILL_HOURS,
      seed: e.SIMULATOR_SEED ?? null,
    },
    feedKeys: e.FEED_KEYS,
    tickMs: e.TICK_MS,
    sync: {
      retentionEvents: e.SYNC_RETENTION_EVENTS,
      retentionMs: e.SYNC_RETENTION_MINUTES * 60_000,
      maxBacklog: e.SYNC_MAX_BACKLOG,
      maxLagMs: e.SYNC_MAX_LAG_MS,
      catchUpPart: e.SYNC_CATCH_UP_PART,
    },
    checkpoints: {
      everyEvents: e.CHECKPOINT_EVERY_EVENTS,
      everyMs: e.CHECKPOINT_EVERY_MINUTES * 60_000,
      keep: e.CHECKPOINT_KEEP,
    },
    logLevel: e.LOG_LEVEL,
    basemap: e.BASEMAP_TILES ? { tiles: e.BASEMAP_TILES, attribution: e.BASEMAP_ATTRIBUTION } : null,
    admin:
      e.ADMIN_USERNAME && e.ADMIN_PASSWORD
        ? { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD }
        : null,
    cookieSecure: e.COOKIE_SECURE === 'true',
    sessions: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, maxMs: e.SESSION_MAX_HOURS * 3_600_000 },
  };
}
