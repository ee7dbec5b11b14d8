// The simulator as an outside feed client: the same generated traffic as the built-in simulator
// (server/src/feeds/), sent over HTTP to a running server's feed API with a feed key.
//
//   npm run simulate -- [--url http://localhost:8080] [--key KEY] [--token TOKEN] [--speed N] [--seed N] [--area data/area]
//
// The key comes from --key, else $FEED_KEY, else $DATA_DIR/feed-key (./var/feed-key): a key of every
// source. Rectifications of open hazards need the live snapshot: pass a display token (--token or
// $DISPLAY_TOKEN, made in the admin API); without one only new reports and inspections are sent.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot } from '../core/protocol/sync';
import { INCIDENT_FEED_PATH, INSPECTION_FEED_PATH, SNAPSHOT_PATH } from '../core/protocol/sync';
import type { FeedResponse } from '../core/protocol/feeds';
import { toMs } from '../core/domain/time';
import { createCellIndex } from '../core/geo/cell-index';
import { loadArea } from '../server/src/area/load-area';
import { createIncidentGenerator } from '../server/src/feeds/sim-incidents';
import { createInspectionGenerator, dueRectifications } from '../server/src/feeds/sim-inspections';
import { preparePlaces } from '../server/src/feeds/sim-places';
import { createRandom } from '../core/random/seeded-random';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:8080' },
    key: { type: 'string' },
    token: { type: 'string' },
    speed: { type: 'string', default: '1' },
    seed: { type: 'string' },
    area: { type: 'string', default: 'data/area' },
  },
});
const keyFile = path.join(process.env.DATA_DIR ?? 'var', 'feed-key');
const key =
  values.key ??
  process.env.FEED_KEY ??
  (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim() : '');
if (!key)
  throw new Error(`no key: pass --key, set FEED_KEY, or start the server once so that ${keyFile} exists`);
const speed = Number(values.speed);
if (!(speed > 0)) throw new Error('--speed must be a positive number');

const area = loadArea(path.resolve(values.area));
const places = preparePlaces(area, createCellIndex(area.cells));
const random = createRandom(values.seed === undefined ? Date.now() >>> 0 : Number(values.seed));
const incidents = createIncidentGenerator(places, random);
const inspections = createInspectionGenerator(
  places.enterprises.map((e) => e.props),
  random,
);
const totals = { accepted: 0, merged: 0, duplicates: 0, rejected: 0 };
const attempted = new Set<string>();
let snapshot: Snapshot | null = null;

async function post(route: string, items: unknown[]): Promise<void> {
  if (items.length === 0) return;
  const res = await fetch(new URL(route, values.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(items),
  });
  const body = (await res.json()) as Partial<FeedResponse> & { reason?: string };
  if (!body.results) throw new Error(`HTTP ${res.status}: ${body.reason ?? ''}`);
  totals.accepted += body.accepted ?? 0;
  totals.duplicates += body.duplicates ?? 0;
  totals.rejected += body.rejected ?? 0;
  totals.merged += body.results.filter((r) => r.status === 'accepted' && r.merged).length;
}

const isDue = (id: string) => {
  const due = snapshot?.enterprises.find((e) => e.id === id)?.nextInspectionDue;
  return due === null || due === undefined || toMs(due) <= Date.now();
};

const token = values.token ?? process.env.DISPLAY_TOKEN;
if (!token) console.warn('no display token (--token): rectifications of open hazards are not sent');

/** The live snapshot (its hazards are due rectifications), or the last one without a token. */
async function readSnapshot(previous: Snapshot | null): Promise<Snapshot | null> {
  if (!token) return previous;
  const res = await fetch(new URL(SNAPSHOT_PATH, values.url), {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`snapshot: HTTP ${res.status} (is the display token revoked?)`);
  return (await res.json()) as Snapshot;
}

let last = Date.now();
let ticks = 0;
for (;;) {
  await new Promise((r) => setTimeout(r, 1000));
  const now = Date.now();
  if (ticks % 30 === 0) {
    snapshot = await readSnapshot(snapshot);
    const due = dueRectifications(snapshot?.hazards ?? [], now, attempted);
    for (const r of due) attempted.add(r.hazardRef);
    await post(INSPECTION_FEED_PATH, due);
  }
  await post(INCIDENT_FEED_PATH, incidents.generate(last, now, speed));
  await post(INSPECTION_FEED_PATH, inspections.generate(last, now, speed, isDue));
  last = now;
  ticks += 1;
  if (ticks % 10 === 0) {
    console.log(
      `${new Date().toISOString()} ${totals.accepted} accepted (${totals.merged} merged), ${totals.duplicates} duplicates, ${totals.rejected} rejected`,
    );
  }
}
