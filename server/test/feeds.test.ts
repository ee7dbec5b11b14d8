// The feed API: authentication, limits, and per-item answers that never sink a neighbour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, getSnapshot, incident, postFeed, startServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const noStack = (body: unknown) =>
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:/);

describe('authentication and limits', () => {
  it('answers 401 JSON without a key or with a wrong one, and changes nothing', async () => {
    const before = comparable(await getSnapshot(server.url));
    for (const key of [null, 'wrong-key-0123456789abcdef', '']) {
      const res = await postFeed(server.url, 'incidents', incident(), key);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: 'unauthorized' });
      noStack(res.body);
    }
    expect(comparable(await getSnapshot(server.url))).toEqual(before);
  });

  it('answers 400 JSON to malformed JSON', async () => {
    const res = await postFeed(server.url, 'incidents', '{"source": "camera",');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'bad-json', reason: expect.any(String) });
    noStack(res.body);
  });

  it('answers 413 JSON to a body over the limit', async () => {
    const big = JSON.stringify([incident({ description: 'x'.repeat(1_100_000) })]);
    const res = await postFeed(server.url, 'incidents', big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: 'payload-too-large' });
    noStack(res.body);
  });

  it('answers 415 to a body that is not JSON, and 400 to an empty batch', async () => {
    const res = await fetch(`${server.url}/api/v1/feeds/incidents`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-key-0123456789abcdef', 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: 'unsupported-media-type' });
    expect((await postFeed(server.url, 'incidents', [])).status).toBe(400);
  });
});

describe('per-item answers', () => {
  it('keeps the good items of a mixed batch and answers each bad one with its field', async () => {
    const before = comparable(await getSnapshot(server.url));
    const good = incident({ category: 'noise' });
    const good2 = incident({ category: 'dispute', location: { lon: 120.585, lat: 31.48 } });
    const polluted = JSON.parse(
      `{"source":"resident","sourceRef":"P1","category":"noise","at":"${new Date().toISOString()}","location":{"lon":120.568,"lat":31.47},"__proto__":{"polluted":true}}`,
    );
    const batch = [
      good,
      { ...incident(), category: undefined }, // missing field
      incident({ location: { lon: '120.568', lat: 31.47 } }), // wrong type
      incident({ location: { lon: 120.568, lat: Number.POSITIVE_INFINITY } }), // sent as the literal 1e999
      incident({ location: { lon: 720, lat: 31.47 } }), // huge
      incident({ category: 'alien-landing' }),
      incident({ location: { lon: 120.4, lat: 31.3 } }), // outside the street
      polluted,
      { ...good }, // same source+sourceRef in the same batch
      incident({ location: { lon: 120.568, lat: 31.47, constructor: { prototype: { x: 1 } } } }),
      good2,
    ];
    // JSON.stringify writes Infinity as null: put the huge literal back into the text.
    const res = await postFeed(
      server.url,
      'incidents',
      JSON.stringify(batch).replace('"lat":null', '"lat":1e999'),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 1, rejected: 8 });
    const r = res.body.results;
    expect(r[0]).toMatchObject({
      index: 0,
      status: 'accepted',
      id: `grid-worker:${good.sourceRef}`,
      merged: false,
    });
    expect(r[1]).toMatchObject({ status: 'rejected', field: 'category' });
    expect(r[2]).toMatchObject({ status: 'rejected', field: 'location.lon' });
    expect(r[3]).toMatchObject({ status: 'rejected', field: 'location.lat' });
    expect(r[4]).toMatchObject({ status: 'rejected', field: 'location.lon' });
    expect(r[5]).toMatchObject({ status: 'rejected', field: 'category' });
    expect(r[6]).toMatchObject({
      status: 'rejected',
      field: 'location',
      reason: expect.stringContaining('outside'),
    });
    expect(r[7]).toMatchObject({ status: 'rejected', field: '__proto__' });
    expect(r[8]).toMatchObject({
      status: 'duplicate',
      id: `grid-worker:${good.sourceRef}`,
      caseId: (r[0] as { caseId: string }).caseId,
    });
    expect(r[9]).toMatchObject({ status: 'rejected', field: 'location.constructor' });
    expect(r[10]).toMatchObject({ status: 'accepted' });
    for (const x of r) if (x.status === 'rejected') expect(x.reason).toEqual(expect.any(String));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const after = comparable(await getSnapshot(server.url));
    expect(after.seq).toBe(before.seq + 2);
    expect(after.cases.length).toBe(before.cases.length + 2);

    // across requests: the same source+sourceRef is a duplicate, nothing changes
    const again = await postFeed(server.url, 'incidents', [good, good2]);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 2, rejected: 0 });
    expect(comparable(await getSnapshot(server.url))).toEqual(after);
  });

  it('answers 422 when every item is rejected, and changes nothing', async () => {
    const before = comparable(await getSnapshot(server.url));
    const res = await postFeed(server.url, 'incidents', [
      incident({ source: 'pigeon' }),
      incident({ at: 'yesterday' }),
    ]);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ accepted: 0, duplicates: 0, rejected: 2 });
    expect(res.body.results.map((x) => x.field)).toEqual(['source', 'at']);
    const single = await postFeed(
      server.url,
      'incidents',
      incident({ at: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(single.status).toBe(422);
    expect(single.body.results[0]).toMatchObject({ field: 'at', reason: expect.stringContaining('future') });
    expect(comparable(await getSnapshot(server.url))).toEqual(before);
  });

  it('rejects inspections of unknown enterprises and rectifications of unknown hazards', async () => {
    const at = new Date().toISOString();
    const res = await postFeed(server.url, 'inspections', [
      { type: 'inspection', sourceRef: 'JC-X1', enterpriseId: 'E9999', at, inspector: '张伟' },
      { type: 'rectification', sourceRef: 'ZG-X1', hazardRef: 'YH-none', at },
      { type: 'audit', sourceRef: 'A1' },
      { type: 'inspection', sourceRef: 'JC-X2', enterpriseId: 'E0004', at, inspector: '张伟' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((x) => (x.status === 'rejected' ? x.field : x.status))).toEqual([
      'enterpriseId',
      'hazardRef',
      'type',
      'accepted',
    ]);
  });
});
