// The `follow` list of /api/events: which generations a tab waits for. Shared by the route
// (which parses it) and the studio's hook (which builds it).
import { z } from "zod";

/**
 * A stream follows at most this many generations. A tab follows only what it waits for
 * (queued or running work, oldest first), and one person runs 4 at a time, so 50 is plenty;
 * the cap bounds what one stream can make the server read and filter. Ids beyond it are
 * ignored; the tab follows them on its next stream, once the first ones finish.
 */
export const MAX_FOLLOWED = 50;

const generationId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "The follow list must be generation ids separated by commas.");

export const followSchema = z
  .string()
  .max(10_000, "The follow list is too long.")
  .transform((raw) => raw.split(",").filter(Boolean))
  .pipe(z.array(generationId))
  .transform((ids) => [...new Set(ids)].slice(0, MAX_FOLLOWED));

/** The ids in `?follow=`, or a sentence for a person when the list is malformed. */
export function parseFollow(raw: string | null): { ids: string[] } | { error: string } {
  const parsed = followSchema.safeParse(raw ?? "");
  return parsed.success ? { ids: parsed.data } : { error: parsed.error.issues[0]?.message ?? "The follow list is malformed." };
}
