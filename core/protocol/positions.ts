// The positions feed (POST /api/v1/feeds/positions): one fix of a person, or an array of them.
// Parsed at the edge like the other feeds; the per-item answers are the feeds' (FeedResponse).
import { z } from 'zod';
import { PERSON_KINDS } from '../domain/people';
import { CRS_IDS } from './feed-vocabulary';

export const POSITION_FEED_PATH = '/api/v1/feeds/positions';

export const positionReportSchema = z.strictObject({
  personId: z.string().trim().min(1).max(64),
  /** When the device took the fix. */
  at: z.iso.datetime({ offset: true }),
  lon: z.number().finite().min(-180).max(180),
  lat: z.number().finite().min(-90).max(90),
  crs: z.enum(CRS_IDS).default('WGS84'),
  accuracyM: z.number().finite().min(0).max(100_000).optional(),
  /** The kind the sender believes the person is: checked against the roster when given. */
  kind: z.enum(PERSON_KINDS).optional(),
});
export type PositionReportInput = z.input<typeof positionReportSchema>;
export type PositionReport = z.output<typeof positionReportSchema>;
