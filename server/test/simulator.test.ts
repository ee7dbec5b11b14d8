// The simulator: deterministic given a seed, realistic in volume and place, and feeding the
// live state only through the ingest pipeline.
import { describe, expect, it } from 'vitest';
import { createCellIndex } from '../../core/geo/cell-index';
import { toWgs84 } from '../../core/geo/crs';
import { incidentReportSchema } from '../../core/protocol/feeds';
import { loadArea } from '../src/area/load-area';
import { createIncidentGenerator } from '../src/feeds/sim-incidents';
import { createInspectionGenerator, plannedRectificationMs } from '../src/feeds/sim-inspections';
import { preparePlaces } from '../src/feeds/sim-places';
import { createRandom } from '../../core/random/seeded-random';
import { BOOT_EVENTS, AREA_DIR, getSnapshot, startServer } from './helpers';

const area = loadArea(AREA_DIR);
const index = createCellIndex(area.cells);
const places = preparePlaces(area, index);
const WEDNESDAY_0800 = Date.parse('2025-03-05T00:00:00Z'); // 08:00 in Shanghai
const DAY = 86_400_000;

describe('simulated traffic', () => {
  it('is deterministic given a seed', () => {
    const run = (seed: number) =>
      createIncidentGenerator(places, createRandom(seed)).generate(
        WEDNESDAY_0800,
        WEDNESDAY_0800 + 6 * 3_600_000,
        3,
      );
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const inspections = (seed: number) =>
      createInspectionGenerator(
        places.enterprises.map((e) => e.props),
        createRandom(seed),
      ).baseline(WEDNESDAY_0800);
    expect(inspections(7)).toEqual(inspections(7));
  });

  it('makes 250-400 valid reports a day, in the right places', () => {
    const gen = createIncidentGenerator(places, createRandom(11));
    const days = 3;
    const reports = gen.generate(WEDNESDAY_0800, WEDNESDAY_0800 + days * DAY, 1);
    expect(reports.length / days).toBeGreaterThan(250);
    expect(reports.length / days).toBeLessThan(400);
    const crs = new Set<string>();
    for (const r of reports) {
      const parsed = incidentReportSchema.parse(r);
      crs.add(parsed.location.crs);
      const cell = index.lookup(toWgs84(parsed.location).lon, toWgs84(parsed.location).lat);
      expect(cell, `${r.sourceRef} inside the street`).not.toBeNull();
      if (r.category === 'straw-burning') expect(cell!.communityCode).toBe('320507006004'); // a village
      if (
        r.source === 'resident' &&
        !reports.some((o) => o !== r && o.category === r.category && o.at < r.at)
      ) {
        expect(cell!.communityCode).toBe('320507006001'); // a fresh resident report: a compound
      }
      if (r.source === 'camera') {
        const camera = places.cameras.find((c) => c.props.id === r.reporter?.id);
        expect(camera?.props.detects).toContain(r.category);
      }
      if (r.source === 'resident' || r.source === 'hotline')
        expect(r.reporter).toMatchObject({ name: expect.any(String), phone: expect.any(String) });
    }
    expect(crs).toContain('GCJ02');
    // grid workers only in working hours, drones only in patrol windows
    for (const r of reports) {
      const hour = (new Date(r.at).getUTCHours() + 8) % 24;
      if (r.source === 'grid-worker') expect(hour >= 8 && hour < 18).toBe(true);
      if (r.source === 'drone') expect([9, 10, 11, 14, 15, 16]).toContain(hour);
    }
  });

  it('plans most rectifications before the deadline, some after', () => {
    const found = '2025-03-05T02:00:00.000Z';
    const deadline = '2025-03-15T02:00:00.000Z';
    const planned = Array.from({ length: 400 }, (_, i) =>
      plannedRectificationMs({ id: `YH-${i}`, foundAt: found, deadline }),
    );
    const late = planned.filter((t) => t > Date.parse(deadline)).length / planned.length;
    expect(late).toBeGreaterThan(0.05);
    expect(late).toBeLessThan(0.3);
    expect(planned.every((t) => t > Date.parse(found))).toBe(true);
  });
});

describe('the simulator in a running server', () => {
  it('backfills an empty log and keeps producing traffic through the pipeline', async () => {
    const t0 = Date.now();
    const clock = () => WEDNESDAY_0800 + 2 * 3_600_000 + (Date.now() - t0); // Wednesday 10:00 onwards
    const server = await startServer({
      clock,
      simulatorStepMs: 50,
      env: { SIMULATOR: 'on', SIMULATOR_SPEED: '3000', SIMULATOR_BACKFILL_HOURS: '3', SIMULATOR_SEED: '7' },
    });
    try {
      const sim = server.app.simulator!;
      const afterBackfill = { ...sim.stats };
      expect(afterBackfill.inspections).toBe(4); // the baseline: one per enterprise
      expect(afterBackfill.reports).toBeGreaterThan(100);
      expect(afterBackfill.merged).toBeGreaterThan(0);
      expect(afterBackfill.rejected).toBe(0);

      // Live traffic is random: wait (bounded) until both kinds have come, rather than a fixed time.
      const deadline = Date.now() + 15_000;
      while (
        Date.now() < deadline &&
        (sim.stats.reports <= afterBackfill.reports || sim.stats.inspections <= afterBackfill.inspections)
      ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await sim.stop();
      expect(sim.stats.reports).toBeGreaterThan(afterBackfill.reports);
      expect(sim.stats.inspections).toBeGreaterThan(afterBackfill.inspections);
      expect(sim.stats.rejected).toBe(0);

      const snapshot = await getSnapshot(server.url);
      expect(snapshot.seq).toBe(BOOT_EVENTS + sim.stats.accepted + sim.stats.actions + sim.stats.positions);
      expect(sim.stats.actions).toBeGreaterThan(0);
      // People on shift report where they are (Wednesday morning: grid workers, drones, responders).
      expect(sim.stats.positions).toBeGreaterThan(0);
      const placed = snapshot.people.filter((p) => p.position);
      expect(placed.some((p) => p.kind === 'grid-worker' && p.status !== 'offline')).toBe(true);
      expect(placed.some((p) => p.kind === 'drone')).toBe(true);
      expect(sim.stats.actionsRefused).toBe(0);
      expect(snapshot.cases.some((c) => c.sources.length > 1)).toBe(true);
      const reports = [...server.app.projection.state.cases.values()];
      expect(reports.reduce((n, c) => n + c.reports.length, 0)).toBe(
        sim.stats.accepted - sim.stats.inspections - sim.stats.rectifications,
      );
      expect(snapshot.enterprises.every((e) => e.lastInspectionAt !== null)).toBe(true);
      expect(snapshot.feeds.find((f) => f.source === 'camera')?.quiet).toBe(false);
    } finally {
      await server.close();
    }
  });
});
