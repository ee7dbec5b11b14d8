// The messages a screen sends about its sync, with their schemas. Kept apart from sync.ts so that the client,
// which only sends it, does not bundle the schema library.
import { z } from 'zod';

/** What a client says when it connects or asks again: the last sequence number it has. */
export const syncRequestSchema = z.strictObject({
  protocol: z.number().int(),
  lastSeq: z.number().int().min(0).nullable(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** What a screen says as it reads: the last sequence number it has applied. */
export const syncAckSchema = z.strictObject({
  seq: z.number().int().min(0),
});
export type SyncAck = z.infer<typeof syncAckSchema>;
