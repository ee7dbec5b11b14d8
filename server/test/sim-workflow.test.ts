// The simulator works the cases through the case actions pipeline: a seeded backfill gives the
// same log every time, closes most cases with figures a leader would recognise, and leaves some
// in each open state, a few of them late.
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../core/domain/figures';
import type { Case } from '../../core/domain/model';
import { slaStatus } from '../../core/domain/sla';
import { hashLiveState } from '../src/store/state-hash';
import { BOOT_EVENTS, getSnapshot, startServer } from './helpers';

const NOW = Date.parse('2026-03-04T08:00:00Z'); // Wednesday 16:00 in Shanghai
const HOURS = 36;

async function backfilled(seed: string) {
  const server = await startServer({
    clock: () => NOW,
    env: { SIMULATOR: 'on', SIMULATOR_BACKFILL_HOURS: String(HOURS), SIMULATOR_SEED: seed },
  });
  await server.app.simulator!.stop();
  return server;
}

describe('the simulator works the cases', () => {
  it('through the pipeline, deterministically, to a realistic mix of states and figures', async () => {
    const server = await backfilled('7');
    const again = await backfilled('7');
    try {
      const state = server.app.projection.state;
      expect(hashLiveState(again.app.projection.state)).toBe(hashLiveState(state));
      const stats = server.app.simulator!.stats;
      expect(stats.actionsRefused).toBe(0);
      expect(state.seq).toBe(BOOT_EVENTS + stats.accepted + stats.actions);

      const cases = [...state.cases.values()];
      const count = (s: Case['state']) => cases.filter((c) => c.state === s).length;
      expect(count('closed') / cases.length).toBeGreaterThan(0.4);
      expect(count('rejected') / cases.length).toBeGreaterThan(0.01);
      expect(count('rejected') / cases.length).toBeLessThan(0.12);
      expect(count('in-progress') + count('dispatched')).toBeGreaterThan(0);
      expect(count('reported') + count('verified') + count('registered')).toBeGreaterThan(0);
      const actions = new Set(cases.flatMap((c) => c.history ?? []).map((h) => h.action));
      for (const a of ['verify', 'register', 'reject', 'dispatch', 'accept', 'return', 'handle'] as const)
        expect(actions).toContain(a);
      for (const a of ['check-pass', 'check-fail', 'close', 'postpone'] as const)
        expect(actions).toContain(a);

      // People are people: users with roles, field work by the cell's own grid worker first.
      for (const c of cases) {
        for (const h of c.history ?? []) expect(h.actor.kind).toBe('user');
        if (c.assignee?.role === 'grid-worker') expect(c.assignee.id).toMatch(/^GW\d{15}/);
      }
      const open = cases.filter((c) => c.sla && !['closed', 'rejected'].includes(c.state));
      const overdue = open.filter((c) => slaStatus(c, NOW)?.level === 'overdue');
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.length).toBeLessThan(open.length);

      const { street } = computeFigures(cases, NOW - HOURS * 3_600_000, NOW);
      expect(street.closeRate).toBeGreaterThan(0.3);
      expect(street.closeRate).toBeLessThan(1);
      expect(street.onTimeHandlingRate).toBeGreaterThan(0.8);
      expect(street.onTimeHandlingRate).toBeLessThan(1);
      expect(street.reworkRate).toBeGreaterThan(0);
      expect(street.averageHandlingMs).toBeGreaterThan(10 * 60_000);

      // Finished more than a day ago: not in the live picture any more, still in the state.
      const snapshot = await getSnapshot(server.url);
      const gone = cases.filter((c) => !snapshot.cases.some((s) => s.id === c.id));
      expect(gone.length).toBeGreaterThan(0);
      for (const c of gone) {
        expect(['closed', 'rejected']).toContain(c.state);
        expect(Date.parse(c.updatedAt)).toBeLessThanOrEqual(NOW - 24 * 3_600_000);
      }
    } finally {
      await server.close();
      await again.close();
    }
  });
});
