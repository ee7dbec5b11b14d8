// The one message a screen sends, with its schema. Kept apart from sync.ts so that the client,
// which only sends it, does not bundle the schema library.
import { z } from 'zod';

/** What a client says when it connects or asks again: the last sequence number it has. */
export const syncRequestSchema = z.strictObject({
  protocol: z.number().int(),
  lastSeq: z.number().int().min(0).nullable(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;
