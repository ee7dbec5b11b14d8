// Time travel: the snapshot at a past moment (from the nearest checkpoint plus replay, with
// time-derived fields computed for that moment) and the events between two moments, paged.
import { describe, expect, it } from 'vitest';
import { BOOT_EVENTS, adminFetch, comparable, getSnapshot, incident, postFeed, startServer } from './helpers';
import type { Snapshot } from '../../core/protocol/sync';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('time travel', () => {
  it('answers the state at a past moment, and the events between two moments', async () => {
    let now = Date.parse('2026-03-02T02:00:00Z'); // a Monday, 10:00 in Shanghai
    const server = await startServer({ clock: () => now });
    try {
      const t0 = now;
      await postFeed(server.url, 'inspections', {
        type: 'inspection',
        sourceRef: 'JC-H1',
        enterpriseId: 'E0001',
        at: iso(now),
        inspector: '张伟',
        hazards: [{ ref: 'YH-H1', level: 'general', description: '灭火器过期', deadline: iso(now + DAY) }],
      });
      now += 60_000;
      await postFeed(server.url, 'incidents', incident({ category: 'noise', at: iso(now) }));
      const afterReport = comparable(await getSnapshot(server.url));
      await server.app.checkpointer.runNow();
      now += 3 * DAY; // the hazard is now overdue
      await postFeed(server.url, 'incidents', incident({ category: 'dispute', at: iso(now) }));

      const at = async (when: string) => {
        const res = await adminFetch(server.url, `/api/v1/snapshot?at=${encodeURIComponent(when)}`);
        return { res, body: (await res.json()) as Snapshot };
      };
      const past = await at(iso(t0 + 120_000));
      expect(past.res.status).toBe(200);
      expect(past.body.seq).toBe(BOOT_EVENTS + 2);
      expect(past.body.serverTime).toBe(iso(t0 + 120_000));
      expect(comparable(past.body).cases).toEqual(afterReport.cases);
      expect(past.body.enterprises.find((e) => e.id === 'E0001')?.status).toBe('open-hazards');
      expect(past.res.headers.get('x-replayed-events')).toBe('0'); // from the checkpoint at that seq

      // Two days on, no new event, but the deadline has passed: computed for that moment.
      const later = await at(iso(t0 + 2 * DAY));
      expect(later.body.seq).toBe(BOOT_EVENTS + 2);
      expect(later.body.enterprises.find((e) => e.id === 'E0001')?.status).toBe('overdue');
      expect((await at('2026-03-02T09:59:00+08:00')).body.seq).toBe(0); // before anything
      await server.app.hub.refreshClock(); // the live state's time-derived fields, for now
      expect(comparable((await at(iso(now))).body)).toEqual(comparable(await getSnapshot(server.url)));

      const bad = await at('2026-03-02 10:00');
      expect(bad.res.status).toBe(400);
      expect(bad.body).toMatchObject({ error: 'bad-request', field: 'at' });

      const events = async (query: string) => {
        const res = await adminFetch(server.url, `/api/v1/events?${query}`);
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const [first, second, third] = [1, 2, 3].map((n) => BOOT_EVENTS + n); // after the start's own
      const all = await events(`from=${iso(t0 - 1)}&to=${iso(now)}&limit=2&afterSeq=${BOOT_EVENTS}`);
      expect(all.body).toMatchObject({ nextAfterSeq: second });
      expect((all.body.events as { seq: number }[]).map((e) => e.seq)).toEqual([first, second]);
      const rest = await events(`from=${iso(t0 - 1)}&to=${iso(now)}&limit=2&afterSeq=${second}`);
      expect((rest.body.events as { seq: number }[]).map((e) => e.seq)).toEqual([third]);
      expect(rest.body.nextAfterSeq).toBeNull();
      const window = await events(`from=${iso(t0)}&to=${iso(t0 + DAY)}`); // from is exclusive
      expect((window.body.events as { type: string }[]).map((e) => e.type)).toEqual(['report.accepted']);
      expect(await events(`from=${iso(t0)}&to=${iso(now)}&limit=10001`)).toMatchObject({
        status: 400,
        body: { field: 'limit' },
      });
      expect(await events(`to=${iso(now)}`)).toMatchObject({ status: 400, body: { field: 'from' } });

      // Only the types asked for, paged over those alone; a summary drops the free text.
      const span = `from=${iso(t0 - 1)}&to=${iso(now)}`;
      const reports = await events(`${span}&types=report.accepted&limit=1`);
      expect((reports.body.events as { seq: number }[]).map((e) => e.seq)).toEqual([second]);
      expect(reports.body.nextAfterSeq).toBe(second);
      const next = await events(`${span}&types=report.accepted,case.transitioned&afterSeq=${second}`);
      expect((next.body.events as { seq: number }[]).map((e) => e.seq)).toEqual([third]);
      expect(next.body.nextAfterSeq).toBeNull();
      const inspections = await events(`${span}&types=inspection.recorded`);
      expect((inspections.body.events as { type: string }[]).map((e) => e.type)).toEqual([
        'inspection.recorded',
      ]);
      type ReportEvent = { report: { description?: string; category: string } };
      const full = (await events(`${span}&types=report.accepted`)).body.events as ReportEvent[];
      expect(full[0]?.report.description).toBe('路面坑洼');
      const summary = (await events(`${span}&types=report.accepted&detail=summary`)).body
        .events as ReportEvent[];
      expect(summary.map((e) => e.report.category)).toEqual(['noise', 'dispute']);
      expect(summary.every((e) => e.report.description === undefined)).toBe(true);
      expect(await events(`${span}&types=report.accepted,audit.noise`)).toMatchObject({
        status: 400,
        body: { error: 'bad-request', field: 'types' },
      });
      expect(await events(`${span}&types=`)).toMatchObject({ status: 400, body: { field: 'types' } });
      expect(await events(`${span}&detail=short`)).toMatchObject({ status: 400, body: { field: 'detail' } });

      // Gzipped when the reader accepts it and the page is worth it; the same JSON either way.
      const wide = `from=${iso(t0 - 1)}&to=${iso(now)}`;
      const plain = await adminFetch(server.url, `/api/v1/events?${wide}`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(plain.headers.get('content-encoding')).toBeNull();
      const zipped = await adminFetch(server.url, `/api/v1/events?${wide}`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await zipped.json()).toEqual(await plain.json());
    } finally {
      await server.close();
    }
  });
});
