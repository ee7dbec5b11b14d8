import { describe, expect, it } from 'vitest';
import { incidentReportSchema, inspectionFeedItemSchema } from './feeds';

const report = {
  source: 'resident',
  sourceRef: 'QR-1',
  category: 'noise',
  at: '2026-11-23T10:00:00+08:00',
  location: { lon: 120.57, lat: 31.47 },
};

/** The path of the first problem zod reports, e.g. `location.lat`. */
function firstIssuePath(value: unknown): string | null {
  const parsed = incidentReportSchema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.path.join('.') ?? '');
}

describe('incident report schema', () => {
  it('accepts a minimal report and defaults the CRS to WGS84', () => {
    const parsed = incidentReportSchema.parse(report);
    expect(parsed.location.crs).toBe('WGS84');
  });

  it.each([
    ['an unknown source', { ...report, source: 'twitter' }, 'source'],
    ['an empty sourceRef', { ...report, sourceRef: '' }, 'sourceRef'],
    ['an unknown category', { ...report, category: 'ufo' }, 'category'],
    ['a time without an offset', { ...report, at: '2026-11-23T10:00:00' }, 'at'],
    ['a latitude as a string', { ...report, location: { lon: 120.57, lat: '31.47' } }, 'location.lat'],
    ['a latitude out of range', { ...report, location: { lon: 120.57, lat: 91 } }, 'location.lat'],
    ['NaN', { ...report, location: { lon: Number.NaN, lat: 31.47 } }, 'location.lon'],
    [
      'an unknown CRS',
      { ...report, location: { lon: 120.57, lat: 31.47, crs: 'EPSG:3857' } },
      'location.crs',
    ],
    ['a too long description', { ...report, description: 'x'.repeat(2001) }, 'description'],
    ['a phone with letters', { ...report, reporter: { phone: 'call me' } }, 'reporter.phone'],
  ])('rejects %s, naming the field', (_what, value, field) => {
    expect(firstIssuePath(value)).toBe(field);
  });

  it('rejects unknown keys, including prototype-pollution keys', () => {
    expect(incidentReportSchema.safeParse({ ...report, extra: 1 }).success).toBe(false);
    const polluted = JSON.parse(
      `{"__proto__": {"admin": true}, ${JSON.stringify(report).slice(1)}`,
    ) as object;
    expect(incidentReportSchema.safeParse(polluted).success).toBe(false);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('inspection feed schema', () => {
  const inspection = {
    type: 'inspection',
    sourceRef: 'INS-1',
    enterpriseId: 'E0001',
    at: '2026-11-23T10:00:00+08:00',
    inspector: '王工',
    hazards: [
      { ref: 'H-1', level: 'major', description: '消防通道堵塞', deadline: '2026-11-30T17:00:00+08:00' },
    ],
  };

  it('accepts inspections and rectifications, telling them apart by type', () => {
    expect(inspectionFeedItemSchema.parse(inspection)).toMatchObject({
      type: 'inspection',
      campaign: 'routine',
    });
    const rectification = { type: 'rectification', sourceRef: 'R-1', hazardRef: 'H-1', at: inspection.at };
    expect(inspectionFeedItemSchema.parse(rectification).type).toBe('rectification');
  });

  it('rejects an unknown hazard level and an unknown type', () => {
    const badLevel = { ...inspection, hazards: [{ ...inspection.hazards[0], level: 'minor' }] };
    expect(inspectionFeedItemSchema.safeParse(badLevel).error?.issues[0]?.path).toEqual([
      'hazards',
      0,
      'level',
    ]);
    expect(inspectionFeedItemSchema.safeParse({ ...inspection, type: 'audit' }).success).toBe(false);
  });
});
