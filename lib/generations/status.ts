// Where a generation stands: the one list of statuses the database, the runner, the event
// stream and the browser share. No node-only imports: the browser uses this file too.
import { z } from "zod";

export const ACTIVE_STATUSES = ["queued", "running"] as const;
export const FINAL_STATUSES = ["succeeded", "failed", "canceled", "interrupted"] as const;

export const generationStatusSchema = z.enum([...ACTIVE_STATUSES, ...FINAL_STATUSES]);
export const activeStatusSchema = z.enum(ACTIVE_STATUSES);
export const finalStatusSchema = z.enum(FINAL_STATUSES);

export type GenerationStatus = z.infer<typeof generationStatusSchema>;
export type FinalStatus = z.infer<typeof finalStatusSchema>;
/** How a run that stored no images ended. */
export type UnsuccessfulStatus = Exclude<FinalStatus, "succeeded">;

export function isFinished(status: string): status is FinalStatus {
  return finalStatusSchema.safeParse(status).success;
}
