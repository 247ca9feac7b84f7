// What the runner tells a browser tab about a generation while it works, as zod schemas: the
// runner publishes these, /api/events sends them, and the studio's hook parses them (never casts).
// The bus that carries them is lib/jobs/events.ts. No node-only imports: the browser uses this too.
import { z } from "zod";
import { activeStatusSchema, finalStatusSchema } from "./status";

const count = z.number().int().nonnegative();

export const statusEventSchema = z.object({
  type: z.literal("status"),
  status: activeStatusSchema,
  /** Place in the queue, 1 = next; only while queued. */
  position: z.number().int().positive().optional(),
});

export const partialEventSchema = z.object({
  type: z.literal("partial"),
  imageIndex: count,
  partialIndex: count,
  /** The preview as a data URL (data:image/<format>;base64,...). */
  dataUrl: z.string().startsWith("data:image/"),
});

export const finishedEventSchema = z.object({ type: z.literal("finished"), status: finalStatusSchema });

export const jobEventSchema = z.discriminatedUnion("type", [statusEventSchema, partialEventSchema, finishedEventSchema]);
export type JobEvent = z.infer<typeof jobEventSchema>;

/**
 * A job event on its team's channel, which is what one tab's stream follows. `by` names the
 * person the work counts against, so a tab's stream can follow its person's new work from the
 * moment it is queued, without reconnecting.
 */
const withId = { generationId: z.string().min(1), by: z.string().min(1).optional() };
export const teamStatusEventSchema = statusEventSchema.extend(withId);
export const teamPartialEventSchema = partialEventSchema.extend(withId);
export const teamEventSchema = z.discriminatedUnion("type", [
  teamStatusEventSchema,
  teamPartialEventSchema,
  finishedEventSchema.extend(withId),
]);
export type TeamEvent = z.infer<typeof teamEventSchema>;

export interface JobRef {
  generationId: string;
  teamId: string;
  /** The person the work counts against (the job's owner), when known. */
  userId?: string;
}
