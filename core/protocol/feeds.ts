// Schemas of what the feeds send (HTTP ingest, NDJSON replay, the simulator). Every item that
// comes in is parsed with one of these at the edge; the types below are inferred from them.
import { z } from 'zod';
import { CATEGORY_IDS } from '../domain/categories';
import { CAMPAIGNS, CRS_IDS, HAZARD_LEVELS, SOURCES } from './feed-vocabulary';

export * from './feed-vocabulary';

const isoTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);

export const locationSchema = z.strictObject({
  lon: z.number().finite().min(-180).max(180),
  lat: z.number().finite().min(-90).max(90),
  crs: z.enum(CRS_IDS).default('WGS84'),
});

export const reporterSchema = z.strictObject({
  id: text(64).optional(), // worker id, camera id, drone id
  name: text(64).optional(),
  phone: z
    .string()
    .regex(/^[0-9+\-() ]{3,32}$/, 'digits, spaces and + - ( ) only')
    .optional(),
});

export const incidentReportSchema = z.strictObject({
  source: z.enum(SOURCES),
  sourceRef: text(128).min(1),
  category: z.enum(CATEGORY_IDS),
  at: isoTime,
  location: locationSchema,
  description: text(2000).optional(),
  address: text(200).optional(),
  reporter: reporterSchema.optional(),
});
export type IncidentReportInput = z.input<typeof incidentReportSchema>;
export type IncidentReport = z.output<typeof incidentReportSchema>;

export const hazardFoundSchema = z.strictObject({
  ref: text(128).min(1), // the sender's id of this hazard, used by later rectifications
  level: z.enum(HAZARD_LEVELS),
  description: text(500).min(1),
  deadline: isoTime,
});

export const inspectionSchema = z.strictObject({
  type: z.literal('inspection'),
  sourceRef: text(128).min(1),
  enterpriseId: text(32).min(1),
  at: isoTime,
  inspector: text(64).min(1),
  campaign: z.enum(CAMPAIGNS).default('routine'),
  hazards: z.array(hazardFoundSchema).max(100).default([]),
  note: text(1000).optional(),
});

export const rectificationSchema = z.strictObject({
  type: z.literal('rectification'),
  sourceRef: text(128).min(1),
  hazardRef: text(128).min(1),
  at: isoTime,
  note: text(1000).optional(),
});

export const inspectionFeedItemSchema = z.discriminatedUnion('type', [inspectionSchema, rectificationSchema]);
export type InspectionInput = z.output<typeof inspectionSchema>;
export type RectificationInput = z.output<typeof rectificationSchema>;
export type InspectionFeedItem = z.output<typeof inspectionFeedItemSchema>;

/** The per-item answer of a feed request. */
export type FeedItemResult =
  | { index: number; status: 'accepted'; id: string; caseId?: string; merged?: boolean; outside?: true }
  | { index: number; status: 'duplicate'; id: string; caseId?: string }
  | { index: number; status: 'rejected'; field: string; reason: string };

export interface FeedResponse {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: FeedItemResult[];
}
