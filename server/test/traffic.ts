// Mixed feed traffic for the durability tests: reports (some merging), inspections with hazards,
// rectifications, duplicates, across the fixture's enterprises.
import { incident, postFeed as post } from './helpers';

/** Posts and insists on a 200: a failed post would make the counts below meaningless. */
async function postFeed(url: string, kind: 'incidents' | 'inspections', body: unknown) {
  const res = await post(url, kind, body);
  if (res.status !== 200) throw new Error(`${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

export async function postMixedTraffic(url: string, round: number, nowMs: number): Promise<void> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const reports = Array.from({ length: 12 }, (_, i) =>
    incident({
      sourceRef: `MIX-${round}-${i}`,
      category: ['noise', 'road-damage', 'dispute'][i % 3],
      source: ['grid-worker', 'resident', 'camera'][i % 3],
      at: iso(nowMs - i * 1000),
      location: { lon: 120.566 + (i % 4) * 0.0015, lat: 31.469 + (i % 3) * 0.001 },
    }),
  );
  await postFeed(url, 'incidents', reports);
  await postFeed(url, 'incidents', reports.slice(0, 2)); // duplicates: no events
  const inspections = [1, 2, 3].map((e) => ({
    type: 'inspection',
    sourceRef: `JC-${round}-${e}`,
    enterpriseId: `E000${e}`,
    at: iso(nowMs),
    inspector: '李强',
    hazards: [
      {
        ref: `YH-${round}-${e}`,
        level: e === 2 ? 'major' : 'general',
        description: '安全出口堵塞',
        deadline: iso(nowMs + e * 86_400_000),
      },
    ],
  }));
  await postFeed(url, 'inspections', inspections);
  await postFeed(url, 'inspections', {
    type: 'rectification',
    sourceRef: `ZG-${round}-1`,
    hazardRef: `YH-${round}-1`,
    at: iso(nowMs),
  });
}
