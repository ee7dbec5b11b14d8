// The words of the feeds, without their schemas: screens use these and must not bundle the schema
// library. core/protocol/feeds.ts builds the schemas on them and re-exports them.

export const SOURCES = ['camera', 'drone', 'grid-worker', 'resident', 'hotline', 'police'] as const;
export type ReportSource = (typeof SOURCES)[number];

/** Coordinate reference systems a feed may send; all are stored as WGS84. */
export const CRS_IDS = ['WGS84', 'CGCS2000', 'GCJ02', 'BD09'] as const;
export type CrsId = (typeof CRS_IDS)[number];

/** Largest body a feed request may carry, and most items in one batch. */
export const FEED_LIMITS = { bodyBytes: 1_000_000, batchItems: 1000 } as const;

export const HAZARD_LEVELS = ['general', 'major'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

/** Campaigns an inspection may belong to. */
export const CAMPAIGNS = ['331', '9+1', 'routine'] as const;
export type Campaign = (typeof CAMPAIGNS)[number];
