// Feeds to screens: a posted report reaches a connected screen as a delta; merges, coordinate
// conversion, inspections, hazards and rectifications show in the live state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getSnapshot,
  incident,
  postFeed,
  startServer,
  TestScreen,
  waitFor,
  waitInSync,
  type TestServer,
} from './helpers';
import gcoord from 'gcoord';
import { summarize } from '../../core/domain/indicators';

let server: TestServer;
let screen: TestScreen;
beforeAll(async () => {
  server = await startServer();
  screen = new TestScreen(server.url);
  screen.sync();
  await waitFor(() => screen.seq !== null, 'the first snapshot');
});
afterAll(async () => {
  screen.close();
  await server.close();
});

describe('live deltas', () => {
  it('delivers a posted report as a delta carrying its cell and community', async () => {
    const snapshotSeq = screen.seq as number;
    const report = incident({ category: 'fire-smoke', source: 'camera', reporter: { id: 'CAM001' } });
    const res = await postFeed(server.url, 'incidents', report);
    expect(res.status).toBe(200);
    const caseId = res.body.results[0]?.caseId as string;
    await waitFor(() => screen.cases.has(caseId), 'the case on the screen');
    const delta = screen.deltas.find((d) => d.cases.some((c) => c.id === caseId));
    expect(delta).toBeDefined();
    expect(delta!.fromSeq).toBe(snapshotSeq);
    expect(delta!.seq).toBeGreaterThan(snapshotSeq);
    expect(delta!.cases[0]).toMatchObject({
      id: caseId,
      cellCode: '320507006001001',
      communityCode: '320507006001',
      category: 'fire-smoke',
      severity: 1,
    });
    expect(delta!.feeds.map((f) => f.source)).toContain('camera');
    expect(screen.gaps).toBe(0);
    await waitInSync(screen, server.url);
  });

  it('coalesces a burst into few deltas, each chained to the previous one', async () => {
    const before = screen.deltas.length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postFeed(
          server.url,
          'incidents',
          incident({ category: 'noise', location: { lon: 120.566 + i * 0.0003, lat: 31.482 } }),
        ),
      ),
    );
    await waitInSync(screen, server.url);
    const burst = screen.deltas.slice(before);
    expect(burst.length).toBeLessThan(20);
    for (let i = 1; i < burst.length; i++) expect(burst[i]!.fromSeq).toBe(burst[i - 1]!.seq);
    expect(screen.gaps).toBe(0);
  });

  it('merges two reports of one problem from two sources into one case', async () => {
    const first = await postFeed(
      server.url,
      'incidents',
      incident({ category: 'illegal-dumping', source: 'drone', location: { lon: 120.59, lat: 31.48 } }),
    );
    const second = await postFeed(
      server.url,
      'incidents',
      incident({ category: 'illegal-dumping', source: 'hotline', location: { lon: 120.5903, lat: 31.4801 } }),
    );
    const caseId = first.body.results[0]?.caseId as string;
    expect(second.body.results[0]).toMatchObject({ status: 'accepted', caseId, merged: true });
    await waitInSync(screen, server.url);
    const c = screen.cases.get(caseId)!;
    expect(c.reports).toHaveLength(2);
    expect(c.sources).toEqual(['drone', 'hotline']);
    expect(c.communityCode).toBe('320507006004');
  });

  it('converts a GCJ-02 report and puts it in the right cell', async () => {
    const wgs = { lon: 120.5765, lat: 31.466 }; // in 320507006001002, 100 m from its south edge
    // converted by gcoord directly, not by the code under test; about 400 m east, 200 m south
    const [lon, lat] = gcoord.transform([wgs.lon, wgs.lat], gcoord.WGS84, gcoord.GCJ02);
    const res = await postFeed(
      server.url,
      'incidents',
      incident({ source: 'hotline', category: 'garbage-overflow', location: { lon, lat, crs: 'GCJ02' } }),
    );
    expect(res.status).toBe(200);
    const caseId = res.body.results[0]?.caseId as string;
    await waitFor(() => screen.cases.has(caseId), 'the GCJ-02 case');
    const c = screen.cases.get(caseId)!;
    expect(c.cellCode).toBe('320507006001002');
    expect(Math.abs(c.location.lon - wgs.lon)).toBeLessThan(1e-5);
    expect(Math.abs(c.location.lat - wgs.lat)).toBeLessThan(1e-5);
  });

  it('updates the enterprise and the open-hazard count from inspections; a rectification closes the hazard', async () => {
    const now = Date.now();
    const at = new Date(now - 3_600_000).toISOString();
    const day = 86_400_000;
    const res = await postFeed(server.url, 'inspections', [
      {
        type: 'inspection',
        sourceRef: 'JC-L1',
        enterpriseId: 'E0002',
        at,
        inspector: '安监办 王强',
        campaign: '331',
        hazards: [
          {
            ref: 'YH-L1',
            level: 'major',
            description: '违规动火作业',
            deadline: new Date(now + 5 * day).toISOString(),
          },
          {
            ref: 'YH-L2',
            level: 'general',
            description: '灭火器过期',
            deadline: new Date(now - 60_000).toISOString(),
          },
        ],
      },
    ]);
    expect(res.body).toMatchObject({ accepted: 1 });
    await waitFor(() => screen.enterprises.get('E0002')?.openHazards === 2, 'the enterprise update');
    expect(screen.enterprises.get('E0002')).toMatchObject({
      status: 'overdue',
      majorHazards: 1,
      overdueHazards: 1,
      lastInspectionAt: new Date(at).toISOString(),
    });
    const risk = [{ id: 'E0002', risk: 'orange' as const }];
    expect(summarize({ ...screen.state() }, risk, Date.now()).hazards).toEqual({
      open: 2,
      major: 1,
      overdue: 1,
    });

    const fix = await postFeed(server.url, 'inspections', {
      type: 'rectification',
      sourceRef: 'ZG-L2',
      hazardRef: 'YH-L2',
      at: new Date().toISOString(),
    });
    expect(fix.body).toMatchObject({ accepted: 1 });
    await waitFor(() => screen.hazards.get('YH-L2')?.rectifiedAt !== null, 'the rectification');
    expect(screen.enterprises.get('E0002')).toMatchObject({
      status: 'major-hazard',
      openHazards: 1,
      overdueHazards: 0,
    });
    expect(summarize(screen.state(), risk, Date.now()).hazards).toEqual({ open: 1, major: 1, overdue: 0 });
    const again = await postFeed(server.url, 'inspections', {
      type: 'rectification',
      sourceRef: 'ZG-L2b',
      hazardRef: 'YH-L2',
      at: new Date().toISOString(),
    });
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate', id: 'YH-L2' });
    await waitInSync(screen, server.url);
    expect((await getSnapshot(server.url)).hazards.find((h) => h.id === 'YH-L2')?.rectificationRef).toBe(
      'ZG-L2',
    );
  });
});
