// Posts an NDJSON file to the feed API, line by line in order: incident reports to
// /api/v1/feeds/incidents, inspection and rectification items (with `type`) to
// /api/v1/feeds/inspections.
//
//   npm run replay -- FILE.ndjson [--url http://localhost:8080] [--key KEY] [--rate N] [--now]
//
// --rate N  items per second, one item a request (default: as fast as possible, batches of 100)
// --now     shift every time in the file so that its latest `at` becomes now
// The key comes from --key, else $FEED_KEY, else $DATA_DIR/feed-key (./var/feed-key). A file of
// several sources needs a key for every source: the generated one, or a FEED_KEYS `name:key`; a key
// of one source (`name@camera:key` or made in the admin API) gets the other sources' lines rejected.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INCIDENT_FEED_PATH, INSPECTION_FEED_PATH } from '../core/protocol/sync';
import type { FeedResponse } from '../core/protocol/feeds';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: 'http://localhost:8080' },
    key: { type: 'string' },
    rate: { type: 'string' },
    now: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const file =
  positionals[0] ?? fail('usage: npm run replay -- FILE.ndjson [--url URL] [--key KEY] [--rate N] [--now]');
const keyFile = path.join(process.env.DATA_DIR ?? 'var', 'feed-key');
const key =
  values.key ??
  process.env.FEED_KEY ??
  (fs.existsSync(keyFile)
    ? fs.readFileSync(keyFile, 'utf8').trim()
    : fail(`no key: pass --key, set FEED_KEY, or start the server once so that ${keyFile} exists`));
const rate = values.rate === undefined ? 0 : Number(values.rate);
if (!(rate >= 0)) fail('--rate must be a number of items per second');

interface Line {
  lineNo: number;
  item: Record<string, unknown>;
}
const lines: Line[] = [];
for (const [i, text] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
  if (text.trim() === '') continue;
  try {
    lines.push({ lineNo: i + 1, item: JSON.parse(text) as Record<string, unknown> });
  } catch {
    console.warn(`line ${i + 1}: not JSON, skipped`);
  }
}

/** Moves `at` and `deadline` fields so that the latest `at` is now (for demos with old files). */
function shiftToNow(all: Line[]): void {
  const ats = all.map((l) => Date.parse(String(l.item.at))).filter(Number.isFinite);
  if (ats.length === 0) return;
  const shift = Date.now() - Math.max(...ats);
  const move = (v: unknown) =>
    typeof v === 'string' && Number.isFinite(Date.parse(v))
      ? new Date(Date.parse(v) + shift).toISOString()
      : v;
  for (const { item } of all) {
    item.at = move(item.at);
    if (Array.isArray(item.hazards))
      for (const h of item.hazards as Record<string, unknown>[]) h.deadline = move(h.deadline);
  }
}
if (values.now) shiftToNow(lines);

const kindOf = (item: Record<string, unknown>) =>
  typeof item.type === 'string' ? INSPECTION_FEED_PATH : INCIDENT_FEED_PATH;
const totals = { accepted: 0, merged: 0, duplicates: 0, rejected: 0, requests: 0 };

async function send(route: string, batch: Line[]): Promise<void> {
  const res = await fetch(new URL(route, values.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(batch.map((l) => l.item)),
  });
  totals.requests += 1;
  const body = (await res.json()) as Partial<FeedResponse> & { error?: string; reason?: string };
  if (!body.results) {
    const hint = res.status === 403 ? ' (this key is for another source: see --key)' : '';
    fail(`HTTP ${res.status}: ${body.error ?? ''} ${body.reason ?? ''}${hint}`);
  }
  totals.accepted += body.accepted ?? 0;
  totals.duplicates += body.duplicates ?? 0;
  totals.rejected += body.rejected ?? 0;
  for (const r of body.results) {
    const { lineNo } = batch[r.index] as Line;
    if (r.status === 'accepted' && r.merged) totals.merged += 1;
    if (r.status === 'rejected') console.log(`line ${lineNo}: rejected ${r.field}: ${r.reason}`);
    if (r.status === 'duplicate') console.log(`line ${lineNo}: duplicate of ${r.caseId ?? r.id}`);
  }
}

const started = Date.now();
if (rate > 0) {
  for (const [i, line] of lines.entries()) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await send(kindOf(line.item), [line]);
  }
} else {
  // Consecutive lines of one kind go together, at most 100 a request; order is kept.
  let batch: Line[] = [];
  for (const line of lines) {
    if (batch.length > 0 && (kindOf(batch[0]!.item) !== kindOf(line.item) || batch.length === 100)) {
      await send(kindOf(batch[0]!.item), batch);
      batch = [];
    }
    batch.push(line);
  }
  if (batch.length > 0) await send(kindOf(batch[0]!.item), batch);
}
console.log(
  `${lines.length} items in ${totals.requests} requests, ${Date.now() - started} ms: ` +
    `${totals.accepted} accepted (${totals.merged} merged), ${totals.duplicates} duplicates, ${totals.rejected} rejected`,
);
