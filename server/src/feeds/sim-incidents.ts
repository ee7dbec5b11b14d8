// Simulated incident reports: each source at its own hours, in the right kind of place, and
// a share of reports describing a problem already reported by another source (so merges show).
import { CATEGORIES, type CategoryId } from '../../../core/domain/categories';
import type { LonLat } from '../../../core/domain/model';
import { HOUR_MS, MINUTE_MS, SHANGHAI_OFFSET_MS, shanghaiHour } from '../../../core/domain/time';
import { convertLonLat } from '../../../core/geo/crs';
import { offsetM } from '../../../core/geo/distance';
import {
  SOURCES,
  type CrsId,
  type IncidentReportInput,
  type ReportSource,
} from '../../../core/protocol/feeds';
import { DESCRIPTIONS, GIVEN_NAMES, SOURCE_PROFILES, SURNAMES, VILLAGE_CATEGORIES } from './sim-profiles';
import { randomPointInCell, type Places, type SimCell } from './sim-places';
import type { Random } from '../../../core/random/seeded-random';

export const REPEAT_SHARE = 0.15;
const REF_PREFIX: Record<ReportSource, string> = {
  camera: '',
  drone: 'UAV',
  'grid-worker': 'WG',
  resident: 'QR',
  hotline: '12345',
  police: '110',
};

export interface IncidentGenerator {
  /** Reports that happen in [fromMs, toMs), in time order; `speed` multiplies the rates. */
  generate(fromMs: number, toMs: number, speed: number): IncidentReportInput[];
}

interface Recent {
  source: ReportSource;
  category: CategoryId;
  atMs: number;
  location: LonLat;
}

/** `2025-03-05T10:15:12+08:00`: feeds send local time with its offset. */
export function shanghaiIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000 + SHANGHAI_OFFSET_MS).toISOString().replace('.000Z', '+08:00');
}
const stamp = (ms: number) => shanghaiIso(ms).slice(0, 19).replace(/[-:T]/g, '');

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}
export function phoneNumber(random: Random): string {
  return `1${random.pick(['35', '39', '51', '58', '77', '86', '89'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

export function createIncidentGenerator(places: Places, random: Random): IncidentGenerator {
  const recent: Recent[] = [];
  let counter = 0;
  const basic = places.cells.filter((c) => c.props.kind === 'basic');
  const anyCell = basic.length ? basic : places.cells;

  const inStreet = (p: LonLat) => places.index.lookup(p.lon, p.lat) !== null;

  function placeFor(source: ReportSource, category: CategoryId): { cell: SimCell; location: LonLat } {
    const pool = VILLAGE_CATEGORIES.has(category)
      ? places.village
      : source === 'resident' || source === 'police'
        ? places.residential
        : source === 'hotline' && random.chance(0.6)
          ? places.residential
          : anyCell;
    const cell = random.pick(pool);
    return { cell, location: randomPointInCell(cell, random) };
  }

  function repeatOf(source: ReportSource, atMs: number, hour: number): Recent | null {
    if (source === 'camera' || !random.chance(REPEAT_SHARE)) return null;
    const mine = new Set(SOURCE_PROFILES[source].categories(hour).map(([c]) => c));
    const candidates = recent.filter((r) => {
      const windowMs = Math.min((CATEGORIES[r.category].mergeWindowMin * MINUTE_MS) / 2, 3 * HOUR_MS);
      return r.source !== source && mine.has(r.category) && r.atMs < atMs && r.atMs >= atMs - windowMs;
    });
    return candidates.length ? random.pick(candidates) : null;
  }

  function makeReport(source: ReportSource, atMs: number): IncidentReportInput | null {
    const hour = Math.floor(shanghaiHour(atMs));
    let category: CategoryId;
    let location: LonLat;
    let cell: SimCell | undefined;
    let reporter: IncidentReportInput['reporter'];
    const earlier = repeatOf(source, atMs, hour);
    if (source === 'camera') {
      if (places.cameras.length === 0) return null;
      const camera = random.pick(places.cameras);
      const options = SOURCE_PROFILES.camera
        .categories(hour)
        .filter(([c]) => camera.props.detects.includes(c));
      if (options.length === 0) return null;
      category = random.weighted(options);
      location = offsetM(camera.at, random.between(0, 10), random.between(0, 360));
      reporter = { id: camera.props.id };
    } else {
      if (earlier) {
        category = earlier.category;
        const moved = offsetM(
          earlier.location,
          random.between(0, 0.4) * CATEGORIES[category].mergeRadiusM,
          random.between(0, 360),
        );
        location = inStreet(moved) ? moved : earlier.location;
      } else {
        category = random.weighted(SOURCE_PROFILES[source].categories(hour));
        ({ cell, location } = placeFor(source, category));
      }
      if (source === 'grid-worker') {
        const worker = cell?.props.workers[0];
        reporter = worker
          ? { id: worker.id, name: worker.name, phone: worker.phone }
          : { name: personName(random) };
      } else if (source === 'resident' || source === 'hotline')
        reporter = { name: personName(random), phone: phoneNumber(random) };
      else if (source === 'drone') reporter = { id: `UAV-0${random.int(1, 3)}` };
      else reporter = { id: `PS-${random.int(1, 4)}` };
    }
    if (!inStreet(location)) return null;
    counter += 1;
    recent.push({ source, category, atMs, location });
    if (recent.length > 600) recent.splice(0, recent.length - 500);

    // The hotline's app sends GCJ-02 (sometimes Baidu's BD-09): converted on the way in.
    const crs: CrsId =
      source === 'hotline'
        ? random.weighted([
            ['GCJ02', 0.3],
            ['BD09', 0.05],
            ['WGS84', 0.65],
          ] as const)
        : source === 'drone'
          ? 'CGCS2000'
          : 'WGS84';
    const sent = convertLonLat(location, 'WGS84', crs);
    const prefix = source === 'camera' ? (reporter?.id ?? 'CAM') : REF_PREFIX[source];
    return {
      source,
      sourceRef: `${prefix}-${stamp(atMs)}-${counter}`,
      category,
      at: shanghaiIso(atMs),
      location: { lon: Number(sent.lon.toFixed(7)), lat: Number(sent.lat.toFixed(7)), crs },
      description: random.pick(DESCRIPTIONS[category]),
      ...(cell && (source === 'resident' || source === 'hotline')
        ? { address: `${cell.props.name}附近` }
        : {}),
      ...(reporter ? { reporter } : {}),
    };
  }

  return {
    generate(fromMs, toMs, speed) {
      const events: { atMs: number; order: number; source: ReportSource }[] = [];
      // Hour by hour, so that each slice uses its own rate.
      for (let start = fromMs; start < toMs;) {
        const end = Math.min(toMs, Math.floor(start / HOUR_MS) * HOUR_MS + HOUR_MS);
        const hour = Math.floor(shanghaiHour(start));
        for (const [order, source] of SOURCES.entries()) {
          const profile = SOURCE_PROFILES[source];
          const total = profile.hours.reduce((a, b) => a + b, 0);
          const mean =
            ((profile.perDay * (profile.hours[hour] ?? 0)) / total) * ((end - start) / HOUR_MS) * speed;
          const n = random.poisson(mean);
          for (let i = 0; i < n; i++)
            events.push({ atMs: Math.floor(random.between(start, end)), order, source });
        }
        start = end;
      }
      events.sort((a, b) => a.atMs - b.atMs || a.order - b.order);
      return events.flatMap((e) => makeReport(e.source, e.atMs) ?? []);
    },
  };
}
